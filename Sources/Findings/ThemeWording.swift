/// How the theme tables the lead coded (one per text question, and one across all of a survey's
/// written answers) are titled and their rows labelled. The analyst fills it from the theme
/// taxonomy; a report without a coding sheet has none.
public struct ThemeWording: Sendable, Equatable {
    /// Table question id (`question#themes`) → its title.
    public let titles: [String: String]
    /// Theme id → its label.
    public let labels: [String: String]
    /// Table question id → the text question it counts, for "asked" (nil for the all-answers table).
    public let sources: [String: String]

    public init(titles: [String: String], labels: [String: String], sources: [String: String]) {
        self.titles = titles
        self.labels = labels
        self.sources = sources
    }

    public static let none = ThemeWording(titles: [:], labels: [:], sources: [:])
    /// The `type` of a theme table in findings.json.
    static let type = "themes"
}
