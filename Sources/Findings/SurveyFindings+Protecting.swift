import Disclosure

extension SurveyFindings {
    /// A survey protected by `SurveyProtection`, with the words of its theme tables.
    public init(_ protected: ProtectedSurvey, themes: ThemeWording = .none) {
        self.init(
            survey: protected.survey, responses: protected.responses, respondents: protected.respondents, tables: protected.tables,
            asked: protected.asked, themes: themes, leftOutBreakdowns: protected.leftOutBreakdowns,
            mergedQuestions: protected.mergedQuestions, mergedBreakdowns: protected.mergedBreakdowns)
    }

    /// A survey's counts after disclosure control, with nothing released before.
    public init(protecting tally: Tally, with control: DisclosureControl) throws(ReleaseRefusal) {
        self.init(try SurveyProtection.protect(tally, with: control, ledger: ReleaseLedger()))
    }

    /// Every number this survey publishes, by `ReleasedNumberKey`, for the ledger.
    var publishedNumbers: [String: Int] {
        ReleasedNumberKey.published(survey: survey.id, tables: tables, asked: asked, respondents: respondents)
    }
}

extension ReportInput {
    /// Every number the report publishes, by `ReleasedNumberKey`, for the release ledger.
    public var publishedNumbers: [String: Int] {
        surveys.reduce(into: [:]) { numbers, survey in numbers.merge(survey.publishedNumbers) { first, _ in first } }
    }
}
