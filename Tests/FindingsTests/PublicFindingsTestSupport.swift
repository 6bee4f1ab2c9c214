import PublicFindingsFormat
import Foundation
import Testing

/// The example public findings file from docs/, and ways to change one value in it, so each
/// validator test starts from a file that passes and breaks exactly one thing.
enum ExampleFindings {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/findings.example.json")

    static func data() throws -> Data { try Data(contentsOf: url) }

    static func tree() throws -> Any { try JSONSerialization.jsonObject(with: data(), options: [.fragmentsAllowed]) }

    /// One step of a path into the tree: a key or an index.
    enum Step: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case key(String)
        case index(Int)
        init(stringLiteral value: String) { self = .key(value) }
        init(integerLiteral value: Int) { self = .index(value) }
    }

    /// What to do at the end of the path.
    enum Change {
        case set(Any)
        case remove
    }

    /// The example with the value at `path` set (or the key removed), as JSON bytes.
    static func changing(_ path: [Step], _ change: Change) throws -> Data {
        try serialise(changed(try tree(), path[...], change))
    }

    static func serialise(_ tree: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: tree, options: [.fragmentsAllowed, .sortedKeys])
    }

    static func changed(_ node: Any, _ path: ArraySlice<Step>, _ change: Change) throws -> Any {
        guard let step = path.first else {
            guard case .set(let value) = change else { throw TestProblem("cannot remove the whole file") }
            return value
        }
        let rest = path.dropFirst()
        switch step {
        case .key(let key):
            var object = try #require(node as? [String: Any], "not an object at \(key)")
            if rest.isEmpty, case .remove = change {
                object[key] = nil
            } else if rest.isEmpty {
                object[key] = try changed(NSNull(), rest, change)
            } else {
                object[key] = try changed(try #require(object[key], "no key \(key)"), rest, change)
            }
            return object
        case .index(let index):
            var array = try #require(node as? [Any], "not a list at [\(index)]")
            if rest.isEmpty, case .remove = change {
                array.remove(at: index)
            } else {
                array[index] = try changed(array[index], rest, change)
            }
            return array
        }
    }

    /// The example's model, read through the validator.
    static func findings() throws -> PublicFindings { try PublicFindingsValidator.read(data()) }

    /// The refusal for `data`; fails the test when it is accepted.
    static func refusal(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) -> PublicFindingsRefusal? {
        do {
            _ = try PublicFindingsValidator.read(data)
            Issue.record("the file was accepted", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    /// The problems for the example with one change; fails the test when it is accepted.
    static func problems(_ path: [Step], _ change: Change, sourceLocation: SourceLocation = #_sourceLocation) throws -> [PublicFindingsProblem] {
        refusal(try changing(path, change), sourceLocation: sourceLocation)?.problems ?? []
    }
}

struct TestProblem: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension Array where Element == PublicFindingsProblem {
    /// Whether one problem is at `path` and says `words` (among other things).
    func has(_ path: String, _ words: String) -> Bool {
        contains { $0.path == path && $0.message.contains(words) }
    }
}
