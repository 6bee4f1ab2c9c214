import Foundation
import SurveyKit
import Testing
@testable import XLSForm

/// The settings sheet, what is filled in when it says nothing, and the warnings that say so.
@Suite struct SettingsTests {
    static let survey: [[String?]] = [["type", "name", "label"], ["text", "a", "Anything to add?"]]

    @Test func withoutASettingsSheetTheFileNameAndAPlaceholderIntroAreUsedAndSaidSo() throws {
        let imported = try Form.importing(Form.workbook(survey: Self.survey), file: "Agency Feedback.xlsx").get()
        #expect(imported.survey.id == "agency-feedback")
        #expect(imported.survey.version == 1)
        #expect(imported.survey.title.english == "Agency Feedback")
        #expect(imported.survey.audience == .survivors)
        #expect(imported.survey.intro.english == SettingsSheetReader.placeholderIntro)
        #expect(imported.yaml.contains("# PLACEHOLDER written by the importer"))
        let warned = imported.warnings.map(\.message)
        for words in ["no form_id", "no version", "no form_title", "no 'audience'", "no 'intro'"] {
            #expect(warned.contains { $0.contains(words) }, "\(words)")
        }
    }

    @Test func aVersionThatIsNotAWholeNumberIsAProblemAtItsCell() throws {
        let problems = try Form.problems(Form.workbook(survey: Self.survey, settings: [
            ["form_title", "version", "intro"], ["T", "v2.1", "About."],
        ]))
        #expect(problems.count == 1)
        #expect(problems.first?.location == CellLocation(sheet: "settings", row: 2, column: 1, heading: "version"))
        #expect(problems.first?.message.contains("not a whole number") == true)
    }

    @Test func anUnknownAudienceIsReportedAtItsCellByTheSurveyReader() throws {
        let problems = try Form.problems(Form.workbook(survey: Self.survey, settings: [
            ["form_id", "audience", "intro"], ["f", "everyone", "About."],
        ]))
        #expect(problems.count == 1)
        #expect(problems.first?.location.heading == "audience")
        #expect(problems.first?.message.contains("unknown audience 'everyone'") == true)
    }

    @Test func theDefaultLanguageGivesThePlainColumnsTheirLanguage() throws {
        let imported = try Form.importing(Form.workbook(
            survey: [["type", "name", "label", "label::English (en)"], ["text", "a", "Oes rhywbeth arall?", "Anything else?"]],
            settings: [["form_id", "default_language", "form_title::English (en)", "form_title", "intro::English (en)"],
                       ["f", "Cymraeg (cy)", "Feedback", "Adborth", "About."]])).get()
        #expect(imported.survey.questions[0].label.byLanguage == ["en": "Anything else?", "cy": "Oes rhywbeth arall?"])
        #expect(imported.survey.title.byLanguage == ["en": "Feedback", "cy": "Adborth"])
    }

    @Test func textThatYAMLWouldMisreadReadsBackExactly() throws {
        let awkward = [
            "yes", "no", "null", "~", "123", "1.5", "- a dash", "# hash", "key: value", "ends with:", "'quoted'",
            "\"double\"", "@at", "%percent", "*star", "&amp", "!bang", "|pipe", ">fold", "[list]", "{map}", "a # b",
            "tab\there", "line one\nline two", "  \u{00A0}spaces\u{00A0}inside  ", "emoji 🙂", "back\\slash", "bell\u{07}",
            "trailing \nspace", "\u{2028}separator", "true", "0x1F", "1e3", ".inf", "<<",
        ]
        var rows: [[String?]] = [["type", "name", "label"]]
        var choices: [[String?]] = [["list_name", "name", "label"]]
        for (index, text) in awkward.enumerated() {
            rows.append(["note", "n\(index)", text])
            // Ids YAML would read as something else ("yes", "null", "123", "1e3") are kept as written.
            let isID = text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic && $0.isASCII || ("0"..."9").contains($0) || $0 == "_" }
            choices.append(["awkward", isID ? text : "c\(index)", text])
        }
        rows.append(["select_one awkward", "pick", "Pick one"])
        let result = try Form.importing(Form.workbook(survey: rows, choices: choices, settings: Form.settings))
        let imported = try result.get()
        let read = try SurveyLibrary.parse(yaml: imported.yaml, file: "f.yaml")
        for (index, text) in awkward.enumerated() {
            #expect(read.question("n\(index)")?.label.english == text.trimmedAsText, "\(text.debugDescription)")
        }
        #expect(read.question("pick")?.options.map(\.label.english) == awkward.map(\.trimmedAsText))
        #expect(read.question("pick")?.options.prefix(5).map(\.id) == ["yes", "no", "null", "c3", "123"])
    }
}
