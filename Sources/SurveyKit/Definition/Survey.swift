/// Who a survey is for (ARCHITECTURE.md, "Contracts"; docs/survey-format.md).
public enum Audience: String, Sendable, CaseIterable {
    case survivors
    case professionals
    case thoseWhoHarm = "those-who-harm"
    case youngPeople = "young-people"
    case `public`
}

/// One page of a survey: a survivor sees one page at a time.
public struct Page: Sendable {
    public let title: LocalizedText
    public let questions: [Question]

    public init(title: LocalizedText, questions: [Question]) {
        self.title = title
        self.questions = questions
    }
}

/// A whole survey definition, validated.
public struct Survey: Sendable {
    public let id: String
    public let version: Int
    public let title: LocalizedText
    public let audience: Audience
    public let intro: LocalizedText
    public let consent: LocalizedText?
    /// A few sentences shown in place of `consent` on the first page, with the whole of it one
    /// tap away; when nil, the interface's own short summary is shown.
    public var consentSummary: LocalizedText?
    public let closing: LocalizedText?
    public let runBy: LocalizedText?
    public let pages: [Page]
    /// The file it was read from, for messages.
    public let sourcePath: String

    public init(
        id: String, version: Int, title: LocalizedText, audience: Audience, intro: LocalizedText,
        consent: LocalizedText? = nil, closing: LocalizedText? = nil, runBy: LocalizedText? = nil,
        pages: [Page], sourcePath: String = ""
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.audience = audience
        self.intro = intro
        self.consent = consent
        self.closing = closing
        self.runBy = runBy
        self.pages = pages
        self.sourcePath = sourcePath
    }

    /// Every question in order, across pages.
    public var questions: [Question] { pages.flatMap(\.questions) }

    public func question(_ id: String) -> Question? { questions.first { $0.id == id } }

    /// The questions that ask something (notes excluded).
    public var answerableQuestions: [Question] { questions.filter { $0.type != .note } }

    /// Removes answers to questions that are not shown given the other answers, in order, so a
    /// question that depends on a hidden one is hidden too (as ODK clears non-relevant values).
    public func keepingRelevant(_ answers: Answers) -> Answers {
        var kept = Answers()
        for question in questions where question.type != .note {
            guard let value = answers[question.id], question.isRelevant(given: kept) else { continue }
            kept[question.id] = value
        }
        return kept
    }
}
