import Foundation

/// The targets of Package.swift and the other targets each names as a dependency, read from the
/// manifest's text: every `.target(`, `.executableTarget(`, `.systemLibrary(` and `.testTarget(`,
/// its `name:`, and the plain strings in its `dependencies:` list (a `.product(...)` names another
/// package's product, not one of ours, and is skipped). Brackets are matched, so a list that spans
/// lines or holds `.product(...)` calls reads whole.
struct PackageGraph {
    struct Target {
        let name: String
        let kind: String
        let dependencies: [String]
    }

    let targets: [Target]

    init(manifest: String) {
        let text = Array(manifest.unicodeScalars)
        var targets: [Target] = []
        var index = 0
        let kinds = [".target(", ".executableTarget(", ".systemLibrary(", ".testTarget("]
        while index < text.count {
            guard let kind = kinds.first(where: { Self.matches($0, text, at: index) }) else { index += 1; continue }
            let open = index + kind.unicodeScalars.count - 1
            let close = Self.matching(text, open: open)
            let body = String(String.UnicodeScalarView(text[(open + 1)..<close]))
            if let name = Self.firstString(after: "name:", in: body) {
                targets.append(Target(name: name, kind: String(kind.dropFirst().dropLast()), dependencies: Self.dependencies(in: body)))
            }
            index = close + 1
        }
        self.targets = targets
    }

    subscript(_ name: String) -> Target? { targets.first { $0.name == name } }

    /// Every target `name` reaches through its dependencies, itself excluded.
    func closure(of name: String) -> Set<String> {
        var seen: Set<String> = []
        var queue = self[name]?.dependencies ?? []
        while let next = queue.popLast() {
            guard seen.insert(next).inserted else { continue }
            queue += self[next]?.dependencies ?? []
        }
        return seen
    }

    private static func matches(_ word: String, _ text: [Unicode.Scalar], at index: Int) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard index + scalars.count <= text.count else { return false }
        return Array(text[index..<(index + scalars.count)]) == scalars
    }

    /// The index of the bracket closing the one at `open`, skipping brackets inside string literals.
    private static func matching(_ text: [Unicode.Scalar], open: Int) -> Int {
        var depth = 0
        var inString = false
        var index = open
        while index < text.count {
            let scalar = text[index]
            if inString {
                if scalar == "\\" { index += 1 } else if scalar == "\"" { inString = false }
            } else if scalar == "\"" {
                inString = true
            } else if "([".unicodeScalars.contains(scalar) {
                depth += 1
            } else if ")]".unicodeScalars.contains(scalar) {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return text.count - 1
    }

    private static func firstString(after key: String, in body: String) -> String? {
        guard let keyRange = body.range(of: key) else { return nil }
        let rest = body[keyRange.upperBound...]
        guard let start = rest.firstIndex(of: "\""), let end = rest[rest.index(after: start)...].firstIndex(of: "\"") else { return nil }
        return String(rest[rest.index(after: start)..<end])
    }

    /// The plain strings of the `dependencies:` list, at its own level only.
    private static func dependencies(in body: String) -> [String] {
        guard let key = body.range(of: "dependencies:") else { return [] }
        let text = Array(body[key.upperBound...].unicodeScalars)
        guard let open = text.firstIndex(of: "[") else { return [] }
        let close = matching(text, open: open)
        var names: [String] = []
        var depth = 0
        var index = open + 1
        while index < close {
            let scalar = text[index]
            if "([".unicodeScalars.contains(scalar) {
                depth += 1
            } else if ")]".unicodeScalars.contains(scalar) {
                depth -= 1
            } else if scalar == "\"" {
                var end = index + 1
                while end < close, text[end] != "\"" { end += 1 }
                if depth == 0 { names.append(String(String.UnicodeScalarView(text[(index + 1)..<end]))) }
                index = end
            }
            index += 1
        }
        return names
    }
}
