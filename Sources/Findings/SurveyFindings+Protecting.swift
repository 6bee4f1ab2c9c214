import Disclosure

extension SurveyFindings {
    /// A survey's counts after disclosure control: every table, the respondents, and how many were
    /// asked each question beside how many answered it.
    public init(protecting tally: Tally, with control: DisclosureControl) {
        let tables = tally.tables.map(control.protect)
        var asked: [String: ProtectedCount] = [:]
        for table in tables where !table.isTwoWay {
            guard let raw = tally.tables.first(where: { $0.question == table.question && !$0.isTwoWay }) else { continue }
            asked[table.question] = control.protect(
                asked: tally.asked[table.question] ?? raw.base, answered: raw.base, answeredShown: !table.base.isSuppressed)
        }
        self.init(
            survey: tally.survey, responses: tally.responses, respondents: control.protect(count: tally.responses),
            tables: tables, asked: asked)
    }
}
