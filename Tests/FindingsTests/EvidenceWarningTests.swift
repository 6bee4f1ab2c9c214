import Findings
import SurveyKit
import Testing

/// The lead is warned, in the internal report and on the analyst's screen, when a finding rests on
/// numbers the report does not show, or shows only in part.
@Suite struct EvidenceWarningTests {
    @Test func missingAndPartlyHiddenEvidenceIsNamedAndClearEvidenceIsNot() async throws {
        var input = Fixtures.input([try Fixtures.oneWaySuppressed(), try Fixtures.twoWayClear()])
        input.notes = LeadNotes(findings: [
            .init(id: "F1", heading: "Support", evidence: [.init(survey: "one", question: "support")]),
            .init(id: "F2", heading: "Clear", evidence: [.init(survey: "two", question: "support")]),
            .init(id: "F3", heading: "Gone", evidence: [.init(survey: "two", question: "no_such_question")]),
        ])
        let warnings = input.evidenceWarnings()
        #expect(warnings.count == 2, "\(warnings)")
        #expect(warnings.first?.hasPrefix("Finding F1 rests on “Did you get support?” (one), where 2 of its") == true)
        #expect(warnings.last?.hasPrefix("Finding F3 rests on “no_such_question” (two), which this report does not show") == true)
        let renderer = try await ReportHTML()
        #expect(renderer.render(input, variant: .internal).contains("<p class=\"warning\">Finding F1 rests on"))
        #expect(!renderer.render(input, variant: .public).contains("Finding F1 rests on"))
    }
}
