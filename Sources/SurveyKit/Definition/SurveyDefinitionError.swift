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
}

/// Everything wrong with one or more survey files; the server will not start with any of them.
public struct SurveyDefinitionError: Error, Sendable, CustomStringConvertible {
    public let problems: [SurveyDefinitionProblem]

    public init(_ problems: [SurveyDefinitionProblem]) { self.problems = problems }

    public var description: String {
        let noun = problems.count == 1 ? "problem" : "problems"
        return "The survey definitions have \(problems.count) \(noun):\n"
            + problems.map { "  " + $0.description }.joined(separator: "\n")
            + "\nFix the file (see docs/survey-format.md) and try again."
    }
}
