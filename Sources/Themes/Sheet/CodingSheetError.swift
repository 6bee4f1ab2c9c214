/// One thing wrong with a reviewed coding sheet, with the line to fix.
public struct CodingSheetProblem: Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file): line \(line): \(message)" }
}

/// Everything wrong with a coding sheet; nothing is counted from a sheet with a problem.
public struct CodingSheetError: Error, Sendable, CustomStringConvertible {
    public let problems: [CodingSheetProblem]

    public init(_ problems: [CodingSheetProblem]) { self.problems = problems }

    public var description: String {
        let noun = problems.count == 1 ? "problem" : "problems"
        return "The coding sheet has \(problems.count) \(noun):\n"
            + problems.map { "  " + $0.description }.joined(separator: "\n")
            + "\nFix the sheet (see docs/themes.md) and run the command again."
    }
}
