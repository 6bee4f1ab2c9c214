/// How theme tables are told apart from the survey's own tables in a report: their `question` is
/// the text question's id followed by `#themes` (a '#' no question id may contain), or just
/// `#themes` for the table of themes across all of a survey's text questions.
public enum ThemeTables {
    public static let suffix = "#themes"
    /// The `question` of the all-questions table of a survey.
    public static let allQuestions = suffix
    /// The row for answers the lead coded with no theme, so they still count in the base.
    public static let noTheme = "_no_theme"

    public static func tableQuestion(for questionID: String) -> String { questionID + suffix }

    /// Whether a table's `question` names a theme table.
    public static func isThemeTable(_ tableQuestion: String) -> Bool { tableQuestion.hasSuffix(suffix) }

    /// The text question a theme table counts, or nil for the all-questions table (and for tables
    /// that are not theme tables).
    public static func sourceQuestion(of tableQuestion: String) -> String? {
        guard isThemeTable(tableQuestion), tableQuestion != allQuestions else { return nil }
        return String(tableQuestion.dropLast(suffix.count))
    }
}
