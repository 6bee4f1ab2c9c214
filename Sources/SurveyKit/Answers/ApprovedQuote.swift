/// A quote she allowed and the lead approved, already redacted: the words and the question they
/// answer. Nothing else: no group, no day, no response key, nothing that could sit beside
/// demographic detail (ARCHITECTURE.md, "Disclosure rules"). Themes chooses them; the report shows them.
public struct ApprovedQuote: Sendable, Equatable {
    public let survey: String
    public let question: String
    public let text: String

    public init(survey: String, question: String, text: String) {
        self.survey = survey
        self.question = question
        self.text = text
    }
}
