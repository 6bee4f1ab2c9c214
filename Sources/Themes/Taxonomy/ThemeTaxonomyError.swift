import SurveyKit

/// One thing wrong with a theme file, with where it is and what to do: the same shape as a survey
/// file's problems.
public typealias ThemeFileProblem = SurveyDefinitionProblem

/// Everything wrong with a theme file; nothing is coded or counted with a half-valid taxonomy.
public struct ThemeTaxonomyError: Error, Sendable, CustomStringConvertible {
    public let problems: [ThemeFileProblem]

    public init(_ problems: [ThemeFileProblem]) { self.problems = problems }

    public var description: String {
        SurveyDefinitionProblem.summary(problems, of: "The theme file has", guide: "docs/themes.md")
    }
}
