import Disclosure
import SurveyKit
import Testing
@testable import Themes

@Suite("Theme tally")
struct ThemeTallyTests {
    /// Five respondents, hand-counted:
    /// - A (young): police_comment [police, believed]; other [housed]
    /// - B (young): police_comment [police]
    /// - C (older): police_comment [] (coded with no theme)
    /// - D (older): other [police] — and a police_comment answer the sheet does not hold
    /// - E: no text answers
    /// plus a sheet row for W, who withdrew.
    static func tally() -> ThemeTally {
        let sheet = CodingSheet(rows: [
            Fixtures.row("A", "police_comment", themes: ["police", "believed"]),
            Fixtures.row("A", "other", themes: ["housed"]),
            Fixtures.row("B", "police_comment", themes: ["police"]),
            Fixtures.row("C", "police_comment", themes: []),
            Fixtures.row("D", "other", themes: ["police"]),
            Fixtures.row("W", "police_comment", themes: ["believed"]),
        ])
        var tally = ThemeTally(taxonomy: Fixtures.taxonomy, sheet: sheet)
        tally.add(key: "A", survey: Fixtures.survey, document: Fixtures.document(age: "young", police: "a", other: "b"))
        tally.add(key: "B", survey: Fixtures.survey, document: Fixtures.document(age: "young", police: "c"))
        tally.add(key: "C", survey: Fixtures.survey, document: Fixtures.document(age: "older", police: "d"))
        tally.add(key: "D", survey: Fixtures.survey, document: Fixtures.document(age: "older", police: "new since coding", other: "e"))
        tally.add(key: "E", survey: Fixtures.survey, document: Fixtures.document(age: "older"))
        return tally
    }

    static func table(_ question: String, by: String? = nil) -> CrossTable? {
        tally().tables(for: Fixtures.survey).first { $0.question == question && $0.byQuestion == by }
    }

    @Test("per question: rows are the themes coded on it, the base those whose answer is in the sheet")
    func perQuestion() throws {
        let table = try #require(Self.table("police_comment#themes"))
        #expect(table.rowOptions == ["police", "believed", ThemeTables.noTheme])
        #expect(table.cells == [[2], [1], [1]])
        #expect(table.base == 3)
        #expect(!table.rowsAreAdditive)
        let other = try #require(Self.table("other#themes"))
        #expect(other.rowOptions == ["police", "housed"])
        #expect(other.cells == [[1], [1]])
        #expect(other.base == 2)
    }

    @Test("crossed by the identifying question, like any choice question")
    func byGroup() throws {
        let table = try #require(Self.table("police_comment#themes", by: "age"))
        #expect(table.columnOptions == ["young", "older"])
        #expect(table.cells == [[2, 0], [1, 0], [0, 1]])
        #expect(table.columnBases == [2, 1])
        #expect(table.rowTotals == [2, 1, 1])
    }

    @Test("across all questions each respondent counts once")
    func allQuestions() throws {
        let table = try #require(Self.table(ThemeTables.allQuestions))
        #expect(table.rowOptions == ["police", "believed", "housed", ThemeTables.noTheme])
        // A: police, believed, housed; B: police; C: none; D: police.
        #expect(table.cells == [[3], [1], [1], [1]])
        #expect(table.base == 4)
        let byAge = try #require(Self.table(ThemeTables.allQuestions, by: "age"))
        #expect(byAge.cells == [[2, 1], [1, 0], [1, 0], [0, 1]])
    }

    @Test("rows for responses no longer in the bundle, and answers the sheet lacks, are counted apart")
    func leftOut() {
        let tally = Self.tally()
        #expect(tally.rowsNotInBundle == 1)
        #expect(tally.answersNotInSheet == 1)
    }

    @Test("theme tables say what they count")
    func identity() {
        #expect(ThemeTables.sourceQuestion(of: "police_comment#themes") == "police_comment")
        #expect(ThemeTables.sourceQuestion(of: ThemeTables.allQuestions) == nil)
        #expect(ThemeTables.isThemeTable(ThemeTables.allQuestions))
        #expect(!ThemeTables.isThemeTable("police_comment"))
    }

    @Test("the tables are protected like any other: counts under k are suppressed")
    func protected() throws {
        let table = try #require(Self.table("police_comment#themes"))
        let protected = DisclosureControl.protect(try DisclosureControl(k: 3))(table)
        #expect(protected.base.count == 3)
        #expect(protected.cells[0][0].isSuppressed, "2 of 3 is under k = 3")
        #expect(protected.cells[1][0].isSuppressed)
        #expect(protected.question == "police_comment#themes")
    }
}
