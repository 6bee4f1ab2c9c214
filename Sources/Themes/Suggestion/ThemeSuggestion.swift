/// A theme suggested for an answer, and why: the phrase rule that matched and the words it matched.
public struct ThemeSuggestion: Sendable, Equatable, CustomStringConvertible {
    public let themeID: String
    /// The rule as written in the theme file.
    public let phrase: String
    /// Her words that matched it.
    public let matched: String

    public var description: String { "\(themeID): '\(matched)' matched \"\(phrase)\"" }
}
