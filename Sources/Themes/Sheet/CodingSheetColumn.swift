/// The coding sheet's columns, in the order written (docs/themes.md describes each).
public enum CodingSheetColumn: String, Sendable, CaseIterable {
    case response, survey, question
    case questionLabel = "question_label"
    case text
    case suggestedThemes = "suggested_themes"
    case themes
    case quoteAllowed = "quote_allowed"
    case redactedQuote = "redacted_quote"
    case approveQuote = "approve_quote"
    case editedQuote = "edited_quote"

    /// Columns a reviewed sheet must still have; the others are for the lead's eyes or optional.
    static let required: [CodingSheetColumn] = [.response, .survey, .question, .themes, .approveQuote]

    /// Separates theme ids in a cell. Commas and line breaks are read as separators too.
    static let themeSeparator = ";"
}
