/// One thing wrong with a public findings file: where (a JSON path such as
/// `sections[1].tables[0].rows[3].cells[0].count`, or `(the file)`) and what, with what to do.
public struct PublicFindingsProblem: Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// Why a public findings file was refused: every problem found, up to
/// `PublicFindingsLimits.reportedProblems`, so the lead can see them all at once.
public struct PublicFindingsRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    public let problems: [PublicFindingsProblem]
    /// Problems found beyond those listed.
    public let unlisted: Int

    public init(problems: [PublicFindingsProblem], unlisted: Int = 0) {
        self.problems = problems
        self.unlisted = unlisted
    }

    /// Every listed problem on its own line, then how many more there were.
    public var description: String {
        var lines = problems.map(\.description)
        if unlisted > 0 { lines.append("... and \(unlisted) more \(unlisted == 1 ? "problem" : "problems").") }
        return lines.joined(separator: "\n")
    }
}

/// Collects problems while a file is read and checked. A reference, so each reader and rule can
/// add to the one list without threading it through every call.
final class ProblemList {
    private(set) var problems: [PublicFindingsProblem] = []
    private(set) var unlisted = 0

    var isEmpty: Bool { problems.isEmpty }

    func add(_ path: FindingsPath, _ message: String) {
        if problems.count < PublicFindingsLimits.reportedProblems {
            problems.append(PublicFindingsProblem(path: path.description, message: message))
        } else {
            unlisted += 1
        }
    }

    var refusal: PublicFindingsRefusal { PublicFindingsRefusal(problems: problems, unlisted: unlisted) }
}

/// Where a value is in the file, written as the problems name it: `sections[1].tables[0].title`.
struct FindingsPath: Sendable, Hashable, CustomStringConvertible {
    let text: String

    static let root = FindingsPath(text: "")

    /// A key of the object at this path. Keys are shown as written when they are plain names, and
    /// quoted (shortened, with control characters escaped) when they are not.
    func key(_ name: String) -> FindingsPath {
        let plain = !name.isEmpty && name.utf8.count <= 40
            && name.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "_" }
        let segment = plain ? name : "[" + TextRules.shown(name) + "]"
        if text.isEmpty { return FindingsPath(text: segment) }
        return FindingsPath(text: plain ? text + "." + segment : text + segment)
    }

    subscript(index: Int) -> FindingsPath { FindingsPath(text: text + "[\(index)]") }

    var description: String { text.isEmpty ? "(the file)" : text }
}
