/// A quote the respondent allowed and the lead approved, already redacted. It carries its question
/// and nothing else: never a group, a day or anything that could sit beside demographic detail.
public struct ReportQuote: Sendable, Equatable {
    public let survey: String
    public let question: String
    public let text: String

    public init(survey: String, question: String, text: String) {
        self.survey = survey
        self.question = question
        self.text = text
    }
}
