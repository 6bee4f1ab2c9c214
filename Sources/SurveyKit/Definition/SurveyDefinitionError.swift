/// One thing wrong with a survey file, with where it is and what to do.
public struct SurveyDefinitionProblem: Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }

    /// "The theme file has 2 problems:", each on its own line, then where to read how to fix them.
    /// Every file Chorus reads with line numbers (surveys, themes, the lead's notes) says it this way.
    public static func summary(_ problems: [SurveyDefinitionProblem], of what: String, guide: String) -> String {
        "\(what) \(problems.count) \(problems.count == 1 ? "problem" : "problems"):\n"
            + problems.map { "  " + $0.description }.joined(separator: "\n")
            + "\nFix the file (see \(guide)) and try again."
    }
}

/// Everything wrong with one or more survey files; the server will not start with any of them.
public struct SurveyDefinitionError: Error, Sendable, CustomStringConvertible {
    public let problems: [SurveyDefinitionProblem]

    public init(_ problems: [SurveyDefinitionProblem]) { self.problems = problems }

    public var description: String {
        SurveyDefinitionProblem.summary(problems, of: "The survey definitions have", guide: "docs/survey-format.md")
    }
}
