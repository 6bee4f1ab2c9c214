import Findings
import Foundation
import SurveyKit
import Testing

@Suite("the lead's notes file")
struct LeadNotesReaderTests {
    static let library = SurveyLibrary(surveys: [Fixtures.survey("two", [Fixtures.support, Fixtures.area])])

    private func read(_ yaml: String) -> (LeadNotes?, [SurveyDefinitionProblem]) {
        var reader = LeadNotesReader(file: "notes.yaml", library: Self.library)
        let notes = reader.read(yaml: yaml)
        return (notes, reader.problems)
    }

    @Test("a whole file: title, summary paragraphs, findings with evidence, key points and recommendations")
    func wholeFile() throws {
        let (notes, problems) = read("""
            title: What you told us, autumn 2026
            partnership: Westshire Domestic Abuse Partnership
            summary: |
              First paragraph.

              Second paragraph.
            findings:
              - id: "1.1"
                heading: Survivors want one worker
                text: Most people said so.
                evidence: [two/support]
                key_points:
                  - Having one person helped.
                recommendations:
                  - id: R1
                    text: Keep one worker per case.
                    audience: specialist_services
                    owner: Head of services
                    status: Amber
                    due: 2027-03-31
                    update: Funding agreed for one more year.
            limitations:
              - Only 27 people answered.
            """)
        #expect(problems.isEmpty)
        let parsed = try #require(notes)
        #expect(parsed.title == "What you told us, autumn 2026")
        #expect(parsed.summary == ["First paragraph.", "Second paragraph."])
        #expect(parsed.findings.first?.evidence == [.init(survey: "two", question: "support")])
        let recommendation = try #require(parsed.recommendations.first)
        #expect(recommendation.audience == .specialistServices)
        #expect(recommendation.status == .amber)
        #expect(recommendation.due == "2027-03-31")
        #expect(recommendation.update == "Funding agreed for one more year.")
        #expect(parsed.limitations == ["Only 27 people answered."])
    }

    @Test("every problem is named with its line, and nothing is returned")
    func problemsWithLines() {
        let (notes, problems) = read("""
            titel: Oops
            findings:
              - id: "1"
                heading: A
                evidence: [two/nope, nosurvey/support]
                recommendations:
                  - id: R1
                    text: T
                    audience: councillors
                    owner: O
                    status: purple
                    due: 31/03/2027
              - id: "1"
                heading: B
            """)
        #expect(notes == nil)
        let byLine = Dictionary(grouping: problems, by: \.line).mapValues { $0.map(\.message) }
        #expect(byLine[1]?.first?.contains("unknown key 'titel'") == true)
        #expect(byLine[5]?.contains { $0.contains("no question 'nope'") } == true)
        #expect(byLine[5]?.contains { $0.contains("'nosurvey/support' does not name a survey") } == true)
        #expect(byLine[9]?.first?.contains("'councillors' is not an audience") == true)
        #expect(byLine[11]?.first?.contains("'purple' is not a status") == true)
        #expect(byLine[12]?.first?.contains("Write it as YYYY-MM-DD") == true)
        #expect(problems.contains { $0.message.contains("two findings have the id '1'") })
        #expect(problems.allSatisfy { $0.file == "notes.yaml" })
    }

    @Test("a missing file says so")
    func missingFile() {
        #expect(throws: LeadNotesError.self) {
            try LeadNotesReader.read(URL(fileURLWithPath: "/nonexistent/notes.yaml"), library: Self.library)
        }
    }

    @Test("a finding may rest on one audience only; `you_said` is read")
    func oneAudiencePerFinding() throws {
        let staff = Survey(
            id: "staff", version: 1, title: LocalizedText("Staff"), audience: .professionals, intro: LocalizedText("Intro"),
            pages: [Page(title: LocalizedText("Page"), questions: [Fixtures.support])])
        var reader = LeadNotesReader(file: "notes.yaml", library: SurveyLibrary(surveys: [Fixtures.survey("two", [Fixtures.support]), staff]))
        let notes = reader.read(yaml: """
            findings:
              - id: "1"
                heading: Mixed
                evidence: [two/support, staff/support]
              - id: "2"
                heading: Fine
                evidence: [staff/support]
                recommendations:
                  - {id: R1, text: Do it., audience: police, owner: Me, status: red, due: 2027-01-01, you_said: Nobody listened.}
            """)
        #expect(notes == nil)
        #expect(reader.problems.map(\.line) == [4])
        #expect(reader.problems.first?.message.contains("survivors and professionals") == true)
        #expect(reader.problems.first?.message.contains("split it into one finding per audience") == true)

        var fine = LeadNotesReader(file: "notes.yaml", library: SurveyLibrary(surveys: [staff]))
        let read = fine.read(yaml: """
            findings:
              - id: "2"
                heading: Fine
                evidence: [staff/support]
                recommendations:
                  - {id: R1, text: Do it., audience: police, owner: Me, status: red, due: 2027-01-01, you_said: Nobody listened.}
            """)
        let parsed = try #require(read)
        #expect(parsed.recommendations.first?.youSaid == "Nobody listened.")
        #expect(parsed.youSaidWeDid.first?.youSaid == ["Nobody listened."])
    }
}
