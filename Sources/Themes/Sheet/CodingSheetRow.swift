/// One text answer in the coding sheet: the lead's row to review.
public struct CodingSheetRow: Sendable, Equatable {
    /// The opaque response key (`Unsealing.ResponseKeyer`), never the bundle's id.
    public var response: String
    public var survey: String
    public var question: String
    public var questionLabel: String
    /// Her words, unredacted: the sheet stays on the offline machine.
    public var text: String
    /// What the phrase rules suggested, in taxonomy order.
    public var suggestedThemes: [String]
    /// What the lead codes (pre-filled with the suggestions).
    public var themes: [String]
    /// Whether she allowed quoting, as the sheet says. Only for the lead's eyes: quotes are chosen
    /// by what her sealed answer says (`QuoteSelection`), never by this column.
    public var quoteAllowed: Bool
    /// What would be published if the lead approves it.
    public var redactedQuote: String
    /// The lead writes yes.
    public var approveQuote: Bool
    /// Optional: the lead's shortened quote, which must still be her words (see `EditedQuote`).
    public var editedQuote: String
    /// The line of the sheet it was read from (0 for a row not read from a file).
    public var line: Int

    public init(response: String, survey: String, question: String, questionLabel: String, text: String,
                suggestedThemes: [String], themes: [String], quoteAllowed: Bool, redactedQuote: String,
                approveQuote: Bool = false, editedQuote: String = "", line: Int = 0) {
        self.response = response
        self.survey = survey
        self.question = question
        self.questionLabel = questionLabel
        self.text = text
        self.suggestedThemes = suggestedThemes
        self.themes = themes
        self.quoteAllowed = quoteAllowed
        self.redactedQuote = redactedQuote
        self.approveQuote = approveQuote
        self.editedQuote = editedQuote
        self.line = line
    }

    /// One answer is one response's answer to one question.
    public var answerID: AnswerID { AnswerID(response: response, survey: survey, question: question) }
}

/// Which answer a row codes.
public struct AnswerID: Sendable, Hashable {
    public let response: String
    public let survey: String
    public let question: String

    public init(response: String, survey: String, question: String) {
        self.response = response
        self.survey = survey
        self.question = question
    }
}
