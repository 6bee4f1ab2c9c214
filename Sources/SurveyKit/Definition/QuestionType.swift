/// The kinds of question a survey may ask (XLSForm names where they exist).
public enum QuestionType: String, Sendable, CaseIterable {
    case singleChoice = "single_choice"
    case multipleChoice = "multiple_choice"
    /// An ordered single choice, such as an agreement or rating scale.
    case scale
    case text
    case number
    /// Text to read; asks nothing and stores nothing.
    case note

    /// Questions whose answers are option ids and can be counted in tables.
    public var isChoice: Bool { self == .singleChoice || self == .multipleChoice || self == .scale }
    /// Questions whose answer is exactly one option.
    public var isSingleOption: Bool { self == .singleChoice || self == .scale }
}
