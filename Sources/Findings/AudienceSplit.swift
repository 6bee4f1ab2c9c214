import SurveyKit

/// One report per audience: survivors' answers and professionals' answers are never counted,
/// tabled or summarised together, because a board reading "120 people took part" or two "How
/// old are you?" tables cannot tell whose voice a number is.
extension ReportInput {
    /// The audiences with a survey in this report, survivors first (the order of `Audience`).
    public var audiences: [Audience] {
        let present = Set(surveys.map(\.survey.audience))
        return Audience.allCases.filter(present.contains)
    }

    /// The audience a finding belongs to: that of the surveys its evidence comes from (the notes
    /// reader refuses a finding that mixes two), or the report's first audience when it names none.
    func audience(of finding: LeadNotes.Finding) -> Audience? {
        finding.evidence.lazy.compactMap { reference in
            surveys.first { $0.survey.id == reference.survey }?.survey.audience
        }.first ?? audiences.first
    }

    /// This report cut to one audience: its surveys, the findings (with their recommendations)
    /// that rest on them, and the quotes from them. The lead's title, summary and limitations
    /// belong to every report; the internal details stay whole in each lead's copy.
    public func only(_ audience: Audience) -> ReportInput {
        var cut = ReportInput(
            k: k, rounding: rounding, generatedDay: generatedDay,
            surveys: surveys.filter { $0.survey.audience == audience },
            problems: problems, withdrawnLeftOut: withdrawnLeftOut, notes: notes, period: period,
            heldSinceEarlierRelease: heldSinceEarlierRelease)
        cut.notes.findings = notes.findings.filter { self.audience(of: $0) == audience }
        cut.hiddenByJointAudit = hiddenByJointAudit
        let surveyIDs = Set(cut.surveys.map(\.survey.id))
        cut.quotes = quotes.filter { surveyIDs.contains($0.survey) }
        cut.quotesLeftOut = quotesLeftOut
        cut.themesCoded = themesCoded
        cut.audience = audience
        return cut
    }
}
