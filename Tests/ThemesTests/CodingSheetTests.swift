import Foundation
import TabularText
import SurveyKit
import Testing
@testable import Themes

@Suite("Coding sheet")
struct CodingSheetTests {
    static let nasty = [
        "plain", "", "with, comma", "with \"quotes\" inside", "two\nlines", "crlf\r\nline", "=HYPERLINK(\"http://x\")",
        "+44 7700 900123", "- he hit me", "@home", "\tstarts with a tab", "'=already guarded", "'quoted", "Zoë, Łukasz and Siân",
        "trailing space ", ",", "\"", "'",
    ]

    @Test("every nasty cell survives writing and reading", arguments: nasty)
    func csvRoundTrip(_ value: String) throws {
        let text = CSV.document([["a", "b", "c"], [value, "x" + value, value]])
        let records = try CSV.records(text)
        #expect(records.count == 2)
        #expect(records[1].fields == [value, "x" + value, value])
    }

    @Test("a cell that would run as a formula is written as text")
    func formulaGuard() {
        for start in ["=", "+", "-", "@", "\t"] {
            #expect(CSV.cell(start + "1+1").hasPrefix("'") || CSV.cell(start + "1+1").hasPrefix("\"'"))
        }
        #expect(CSV.cell("her words") == "her words")
    }

    @Test("a written sheet starts with a byte-order mark and ends lines in CRLF")
    func encoding() {
        let sheet = CodingSheet(rows: [Fixtures.row("K1", "other", themes: ["police"])])
        let csv = sheet.csv()
        #expect(csv.hasPrefix("\u{FEFF}response,survey,question,question_label,text,suggested_themes,themes,quote_allowed,redacted_quote,approve_quote,edited_quote\r\n"))
        #expect(csv.hasSuffix("\r\n"))
    }

    @Test("a sheet reads back as written, through every nasty cell")
    func sheetRoundTrip() throws {
        let rows = Self.nasty.enumerated().map { index, value in
            CodingSheetRow(response: "K\(index)", survey: "round", question: "other", questionLabel: "Anything else?",
                           text: value, suggestedThemes: ["police"], themes: index % 2 == 0 ? ["police", "believed"] : [],
                           quoteAllowed: index % 3 == 0, redactedQuote: value, approveQuote: index % 4 == 0, editedQuote: "")
        }
        let read = try CodingSheet.parse(CodingSheet(rows: rows).csv(), file: "sheet.csv", taxonomy: Fixtures.taxonomy)
        #expect(read.rows.count == rows.count)
        for (written, got) in zip(rows, read.rows) {
            var expected = written
            expected.line = got.line
            #expect(got == expected)
        }
    }

    @Test("what spreadsheets do on save is forgiven: no BOM, reordered columns, extra columns, Yes/TRUE/y, LF, blank rows")
    func spreadsheetSave() throws {
        let csv = """
            Approve_Quote,notes,Themes,question,survey,response
            TRUE,my note,"police; Believed",other,round,k1
            y,,police,police_comment,round,K2
            Yes,"a note
            over two lines",,other,round,K3
            ,,,,,
            no,,housed,police_comment,round,K4

            """
        let sheet = try CodingSheet.parse(csv, file: "saved.csv", taxonomy: Fixtures.taxonomy)
        #expect(sheet.rows.map(\.response) == ["K1", "K2", "K3", "K4"])
        #expect(sheet.rows.map(\.approveQuote) == [true, true, true, false])
        #expect(sheet.rows[0].themes == ["police", "believed"])
        #expect(sheet.rows[2].themes == [])
        #expect(sheet.rows.map(\.line) == [2, 3, 4, 7])
    }

    @Test("an unknown theme is named with its line and a likely correction")
    func unknownTheme() {
        let csv = "response,survey,question,themes,approve_quote\r\nK1,round,other,police,\r\nK2,round,other,\"police;belived\",\r\n"
        do {
            _ = try CodingSheet.parse(csv, file: "sheet.csv", taxonomy: Fixtures.taxonomy)
            Issue.record("accepted an unknown theme")
        } catch {
            #expect(error.description.contains("sheet.csv: line 3: 'belived' is not a theme in themes.yaml; did you mean 'believed'?"), "\(error)")
        }
    }

    /// (csv after the header, line, words)
    static let broken: [(String, Int, String)] = [
        ("K1,round,other,police,maybe\r\n", 2, "approve_quote is 'maybe'; write yes or no"),
        ("K1,round,other,police,yes\r\nK1,round,other,housed,\r\n", 3, "repeats the answer on line 2"),
        (",round,other,police,yes\r\n", 2, "the row has no response key"),
        ("K1,round,other,\"police,yes\r\n", 2, "never closed"),
    ]

    @Test("every problem in a sheet names its line", arguments: broken)
    func readerErrors(_ example: (String, Int, String)) {
        let csv = "response,survey,question,themes,approve_quote\r\n" + example.0
        do {
            _ = try CodingSheet.parse(csv, file: "sheet.csv", taxonomy: Fixtures.taxonomy)
            Issue.record("accepted a broken sheet")
        } catch {
            #expect(error.problems.first?.line == example.1, "\(error)")
            #expect(error.description.contains(example.2), "\(error)")
        }
    }

    @Test("a sheet without a required column says which")
    func missingColumn() {
        do {
            _ = try CodingSheet.parse("response,survey,question,approve_quote\r\nK1,round,other,yes\r\n", file: "s.csv", taxonomy: Fixtures.taxonomy)
            Issue.record("accepted a sheet with no themes column")
        } catch {
            #expect(error.description.contains("line 1: the sheet has no 'themes' column"), "\(error)")
        }
    }

    @Test("the builder writes one row per non-empty text answer, sorted by survey, question and key, with suggestions and redaction")
    func builder() {
        var builder = CodingSheetBuilder(taxonomy: Fixtures.taxonomy, redactor: Redactor())
        builder.add(key: "ZZZ", survey: Fixtures.survey, document: Fixtures.document(age: "young", police: "The police believed me. Darren left.", other: "   ", quoteOK: ["police_comment"]))
        builder.add(key: "AAA", survey: Fixtures.survey, document: Fixtures.document(police: "They didn't believe me", other: "I was rehoused"))
        builder.add(key: "MMM", survey: Fixtures.survey, document: Fixtures.document(age: "older"))
        let rows = builder.sheet().rows
        #expect(rows.map(\.response) == ["AAA", "ZZZ", "AAA"])
        #expect(rows.map(\.question) == ["police_comment", "police_comment", "other"])
        #expect(rows[1].suggestedThemes == ["police", "believed"])
        #expect(rows[1].themes == rows[1].suggestedThemes)
        #expect(rows[1].quoteAllowed)
        #expect(rows[1].redactedQuote == "The police believed me. [name] left.")
        #expect(rows[1].text == "The police believed me. Darren left.", "the sheet keeps her words")
        #expect(rows[0].quoteAllowed == false && rows[0].redactedQuote == "", "nothing to publish when she did not allow it")
        #expect(rows[0].suggestedThemes == ["not_believed"])
        #expect(rows[1].questionLabel == "About the police?")
    }
}
