import SurveyKit
import Testing
@testable import Themes

@Suite("Quote selection")
struct QuoteSelectionTests {
    /// Respondents K0...K(n-1) answered police_comment; `allowed` says whose sealed answers allow quoting.
    static func select(_ rows: [CodingSheetRow], answers: [String: String], allowed: Set<String>, extraAnswerers: Int = 0, k: Int = 3) -> QuoteSelectionResult {
        var selection = QuoteSelection(sheet: CodingSheet(rows: rows), redactor: Redactor(), k: k)
        for (key, answer) in answers.sorted(by: { $0.key < $1.key }) {
            selection.add(key: key, survey: Fixtures.survey,
                          document: Fixtures.document(police: answer, quoteOK: allowed.contains(key) ? ["police_comment"] : []))
        }
        for index in 0..<extraAnswerers {
            selection.add(key: "X\(index)", survey: Fixtures.survey, document: Fixtures.document(police: "something"))
        }
        return selection.result()
    }

    @Test("an approved answer she allowed, on a question k people answered, is quoted redacted")
    func quoted() {
        let result = Self.select([Fixtures.row("A", "police_comment", approve: true)],
                                 answers: ["A": "PC Jones believed me when I was 34."], allowed: ["A"], extraAnswerers: 2)
        #expect(result.quotes == [ApprovedQuote(survey: "round", question: "police_comment", text: "PC [name] believed me when I was [age].")])
        #expect(result.leftOut == [:])
    }

    @Test("not allowed by her: left out even when approved and the sheet says allowed")
    func notAllowed() {
        let result = Self.select([Fixtures.row("A", "police_comment", approve: true, quoteAllowedColumn: true)],
                                 answers: ["A": "words"], allowed: [], extraAnswerers: 5)
        #expect(result.quotes.isEmpty)
        #expect(result.leftOut == [.notAllowedByHer: 1])
    }

    @Test("not approved by the lead: left out")
    func notApproved() {
        let result = Self.select([Fixtures.row("A", "police_comment", approve: false)], answers: ["A": "words"], allowed: ["A"], extraAnswerers: 5)
        #expect(result.quotes.isEmpty)
        #expect(result.leftOut == [.notApproved: 1])
    }

    @Test("fewer than k people answered the question: left out")
    func tooFew() {
        let rows = [Fixtures.row("A", "police_comment", approve: true)]
        let few = Self.select(rows, answers: ["A": "words"], allowed: ["A"], extraAnswerers: 1, k: 3)
        #expect(few.quotes.isEmpty)
        #expect(few.leftOut == [.tooFewAnswered: 1])
        let enough = Self.select(rows, answers: ["A": "words"], allowed: ["A"], extraAnswerers: 2, k: 3)
        #expect(enough.quotes.count == 1)
    }

    @Test("a row whose response is no longer in the bundle: left out")
    func withdrawn() {
        let result = Self.select([Fixtures.row("GONE", "police_comment", approve: true)], answers: [:], allowed: [], extraAnswerers: 5)
        #expect(result.leftOut == [.notInBundle: 1])
    }

    @Test("the sealed answer is quoted, never the sheet's text")
    func sealedText() {
        var row = Fixtures.row("A", "police_comment", approve: true)
        row.text = "words the lead changed by mistake"
        let result = Self.select([row], answers: ["A": "her own words"], allowed: ["A"], extraAnswerers: 3)
        #expect(result.quotes.map(\.text) == ["her own words"])
    }

    @Test("an edited quote may cut and hide, never add; and it is redacted again")
    func edited() {
        let answer = "The officer was kind. Then Darren turned up again and they did nothing for weeks."
        let cases: [(String, String?)] = [
            ("The officer was kind ... they did nothing for weeks.", "The officer was kind ... they did nothing for weeks."),
            ("Then [name] turned up again … they did nothing", "Then [name] turned up again … they did nothing"),
            ("Then Darren turned up again", "Then [name] turned up again"),
            ("the OFFICER was kind.", "the OFFICER was kind."),
            ("The officer was brilliant.", nil),
            ("they did nothing ... The officer was kind.", nil),
        ]
        for (edited, expected) in cases {
            let result = Self.select([Fixtures.row("A", "police_comment", approve: true, edited: edited)],
                                     answers: ["A": answer], allowed: ["A"], extraAnswerers: 3)
            if let expected {
                #expect(result.quotes.map(\.text) == [expected], "\(edited)")
            } else {
                #expect(result.leftOut == [.editNotHerWords: 1], "\(edited)")
            }
        }
    }

    @Test("quotes carry only the question, sorted by question then text, whatever the bundle or key order")
    func order() {
        let rows = ["K3", "K1", "K2"].map { Fixtures.row($0, "police_comment", approve: true) }
        let result = Self.select(rows, answers: ["K1": "zebra words", "K2": "apple words", "K3": "mango words"], allowed: ["K1", "K2", "K3"])
        #expect(result.quotes.map(\.text) == ["apple words", "mango words", "zebra words"])
    }

    @Test("an answer that is nothing but details leaves nothing to quote")
    func emptyAfterRedaction() {
        let result = Self.select([Fixtures.row("A", "police_comment", approve: true)], answers: ["A": "07700 900123"], allowed: ["A"], extraAnswerers: 3)
        #expect(result.leftOut == [.emptyAfterRedaction: 1])
    }
}
