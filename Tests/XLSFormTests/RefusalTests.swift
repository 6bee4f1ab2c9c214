import Foundation
import Testing
@testable import XLSForm

/// Types that would collect identifying data, and other rows Chorus cannot import: each refused at
/// its own row and column with the reason, never dropped in silence.
@Suite struct RefusalTests {
    static let heading: [String?] = ["type", "name", "label"]

    static func form(_ rows: [[String?]]) -> TestWorkbook {
        Form.workbook(survey: [heading] + rows, settings: Form.settings)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let type: String
        let says: String
        var testDescription: String { type }
    }

    static let cases: [Case] = [
        Case(type: "geopoint", says: "geopoint would record where she is, or where she lives; Chorus never collects a location"),
        Case(type: "geotrace", says: "Chorus never collects a location"),
        Case(type: "geoshape", says: "Chorus never collects a location"),
        Case(type: "image", says: "can show her face, her voice, her home"),
        Case(type: "audio", says: "Chorus accepts no uploads"),
        Case(type: "video", says: "Chorus accepts no uploads"),
        Case(type: "file", says: "Chorus accepts no uploads"),
        Case(type: "background-audio", says: "Chorus never records sound"),
        Case(type: "barcode", says: "could be traced to her"),
        Case(type: "date", says: "Chorus never collects one"),
        Case(type: "datetime", says: "exact date or time"),
        Case(type: "time", says: "exact date or time"),
        Case(type: "calculate", says: "what is stored is only what she chose to answer"),
        Case(type: "hidden", says: "a value she never sees"),
        Case(type: "range", says: "appearance 'likert'"),
        Case(type: "rank", says: "rank is not a Chorus type"),
        Case(type: "acknowledge", says: "taking part is already her choice"),
        Case(type: "start", says: "Chorus never records it"),
        Case(type: "end", says: "Delete this row"),
        Case(type: "today", says: "records when, on what device or by whom"),
        Case(type: "deviceid", says: "Chorus never records it"),
        Case(type: "phonenumber", says: "Chorus never records it"),
        Case(type: "username", says: "Chorus never records it"),
        Case(type: "email", says: "Chorus never records it"),
        Case(type: "audit", says: "Chorus never records it"),
        Case(type: "select_one_from_file places.csv", says: "Copy the options into the choices sheet"),
        Case(type: "begin repeat", says: "a repeat asks the same questions again"),
    ]

    @Test(arguments: cases) func eachRefusedTypeSaysWhyAtItsCell(_ refused: Case) throws {
        let problems = try Form.problems(Self.form([
            ["text", "first", "A question before"],
            [refused.type, "refused", "The refused row"],
            ["text", "last", "A question after"],
        ]))
        try #require(problems.count == 1, "\(problems)")
        let problem = problems[0]
        #expect(problem.location == CellLocation(sheet: "survey", row: 3, column: 0, heading: "type"))
        #expect(problem.message.contains(refused.says), "\(problem.message)")
        #expect(problem.description.hasPrefix("form.xlsx: sheet 'survey', row 3, column A (type): "))
    }

    @Test func severalMistakesAreAllReportedWithoutCascade() throws {
        let problems = try Form.problems(Self.form([
            ["geopoint", "where", "Where are you?"],                           // row 2: refused
            ["text", "about_where", "Tell us more"] + [nil],                   // row 3: fine
            ["select_one nowhere", "pick", "Choose"],                         // row 4: unknown list
            ["text", nil, "No name"],                                          // row 5: no name
            ["begin repeat", "people", "Each person"],                        // row 6: refused with its rows
            ["text", "person_name", "Their name"],                            // row 7: inside the repeat, not reported
            ["end repeat", nil, nil],                                          // row 8
            ["flower", "odd", "Odd"],                                          // row 9: unknown type
        ]))
        #expect(problems.map(\.location.row) == [2, 4, 5, 6, 9], "\(problems.map(\.description))")
        #expect(problems[1].message.contains("there is no list 'nowhere' in the choices sheet"))
        #expect(problems[2].location.heading == "name")
        #expect(problems[4].message.contains("'flower' is not a type Chorus can import"))
    }

    @Test func aConditionOnARefusedQuestionIsNotReportedAgain() throws {
        let problems = try Form.problems(Form.workbook(survey: [
            ["type", "name", "label", "relevant"],
            ["date", "when", "When did it happen?", nil],
            ["text", "more", "Tell us more", "${when} != ''"],
        ], settings: Form.settings))
        #expect(problems.count == 1, "\(problems.map(\.description))")
        #expect(problems.first?.location.row == 2)
    }

    @Test func orOtherIsRefusedWithWhatToDoInstead() throws {
        let problems = try Form.problems(Form.workbook(
            survey: [Self.heading, ["select_one places or_other", "place", "Where?"]],
            choices: [["list_name", "name", "label"], ["places", "home", "Home"]], settings: Form.settings))
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("selected(${place}, 'other')") == true)
    }

    @Test func anUnreadableConditionIsReportedAtItsCell() throws {
        let problems = try Form.problems(Form.workbook(survey: [
            ["type", "name", "label", "relevant"],
            ["text", "a", "A", nil],
            ["text", "b", "B", "string-length(${a}) > 3"],
        ], settings: Form.settings))
        #expect(problems.count == 1)
        #expect(problems.first?.location == CellLocation(sheet: "survey", row: 3, column: 3, heading: "relevant"))
        #expect(problems.first?.message.contains("this condition cannot be read") == true)
    }

    @Test func whatTheSurveyReaderFindsIsReportedAtTheCellItCameFrom() throws {
        // A condition naming a later question, a bad question id and identifying on a multiple
        // choice are found by SurveyKit's reader on the YAML, and reported at their cells.
        let problems = try Form.problems(Form.workbook(survey: [
            ["type", "name", "label", "relevant", "identifying", "quote_permission"],
            ["text", "early", "Early", "${later} = 'x'", nil, nil],
            ["text", "later", "Later", nil, nil, nil],
            ["text", "bad-id", "Bad id", nil, nil, nil],
            ["select_multiple places", "where", "Where?", nil, "yes", nil],
            ["integer", "count", "How many?", nil, nil, "yes"],
        ], choices: [["list_name", "name", "label"], ["places", "home", "Home"]], settings: Form.settings))
        let cells = problems.map { "\($0.location.row ?? 0) \($0.location.heading ?? "")" }
        #expect(cells == ["2 relevant", "4 name", "5 identifying", "6 quote_permission"], "\(problems.map(\.description))")
        #expect(problems[0].message.contains("${later}, which is not a question before it"))
    }

    @Test func aYesOrNoColumnWithAnotherValueIsAProblem() throws {
        let problems = try Form.problems(Form.workbook(survey: [
            ["type", "name", "label", "identifying"],
            ["select_one ages", "age", "Age?", "maybe"],
        ], choices: [["list_name", "name", "label"], ["ages", "young", "Young"]], settings: Form.settings))
        #expect(problems.count == 1)
        #expect(problems.first?.location.heading == "identifying")
        #expect(problems.first?.message.contains("'maybe' is not yes or no") == true)
    }

    @Test func groupsMustBeEnded() throws {
        let problems = try Form.problems(Self.form([
            ["begin group", "g", "Page"],
            ["text", "a", "A"],
            ["end group", nil, nil],
            ["end group", nil, nil],
            ["begin group", "h", "Other"],
            ["text", "b", "B"],
        ]))
        #expect(problems.map(\.location.row) == [5, 6])
        #expect(problems[0].message.contains("has no 'begin group' before it"))
        #expect(problems[1].message.contains("this group is never ended"))
    }

    @Test func aLabelWithoutEnglishIsAProblem() throws {
        let problems = try Form.problems(Form.workbook(survey: [
            ["type", "name", "label::Cymraeg (cy)"],
            ["text", "a", "Sut?"],
        ], settings: Form.settings))
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("has no English text") == true)
        #expect(problems.first?.location.heading == "label::Cymraeg (cy)")
    }

    @Test func aLanguageWithoutACodeIsAProblemAtItsHeading() throws {
        let problems = try Form.problems(Form.workbook(survey: [
            ["type", "name", "label", "label::Welsh"],
            ["text", "a", "How?", "Sut?"],
        ], settings: Form.settings))
        #expect(problems.count == 1)
        #expect(problems.first?.location == CellLocation(sheet: "survey", row: 1, column: 3, heading: "label::Welsh"))
        #expect(problems.first?.message.contains("'Cymraeg (cy)'") == true)
    }
}
