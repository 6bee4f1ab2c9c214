/// One thing wrong with a theme file, with where it is and what to do.
public struct ThemeFileProblem: Sendable, Equatable, CustomStringConvertible {
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

/// Everything wrong with a theme file; nothing is coded or counted with a half-valid taxonomy.
public struct ThemeTaxonomyError: Error, Sendable, CustomStringConvertible {
    public let problems: [ThemeFileProblem]

    public init(_ problems: [ThemeFileProblem]) { self.problems = problems }

    public var description: String {
        let noun = problems.count == 1 ? "problem" : "problems"
        return "The theme file has \(problems.count) \(noun):\n"
            + problems.map { "  " + $0.description }.joined(separator: "\n")
            + "\nFix the file (see docs/themes.md) and try again."
    }
}
