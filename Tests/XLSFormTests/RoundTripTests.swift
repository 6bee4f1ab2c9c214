import Foundation
import SurveyKit
import Testing
@testable import XLSForm

/// A whole form in, Chorus's survey out: read back by SurveyKit and compared field by field.
@Suite struct RoundTripTests {
    static let survey: [[String?]] = [
        ["type", "name", "label::English (en)", "label::Cymraeg (cy)", "hint::English (en)", "relevant", "appearance", "identifying", "quote_permission", "required"],
        ["note", "welcome", "Thank you for taking part.", "Diolch am gymryd rhan.", nil, nil, nil, nil, nil, nil],
        ["select_multiple services", "contact", "Which services have you had contact with?", "Pa wasanaethau?", "Tick all that apply.", nil, nil, nil, nil, "yes"],
        ["begin group", "police_page", "Police", "Heddlu", nil, "selected(${contact}, 'police')", "field-list", nil, nil, nil],
        ["select_one rating", "police_rating", "How was the police?", "Sut oedd yr heddlu?", nil, nil, "likert", nil, nil, nil],
        ["text", "police_comment", "Tell us more: anything at all.", nil, nil, "${police_rating} != ''", nil, nil, "yes", nil],
        ["end group", nil, nil, nil, nil, nil, nil, nil, nil, nil],
        ["begin_group", "about", "About you", "Amdanoch chi", nil, nil, nil, nil, nil, nil],
        ["select_one age", "age_band", "How old are you?", "Faint yw eich oed?", nil, nil, nil, "TRUE", nil, nil],
        ["integer", "children", "How many children live with you?", nil, nil, nil, nil, nil, nil, nil],
        ["decimal", "hours", "Hours of support a week?", nil, nil, nil, nil, nil, nil, nil],
        ["select_one yes_no", "again", "Would you use it again?", nil, nil, nil, nil, nil, nil, nil],
        ["select_one agreement", "listened", "I felt listened to.", nil, nil, nil, nil, nil, nil, nil],
        ["end_group", nil, nil, nil, nil, nil, nil, nil, nil, nil],
    ]
    static let choices: [[String?]] = [
        ["list_name", "name", "label::English (en)", "label::Cymraeg (cy)"],
        ["services", "police", "Police", "Heddlu"],
        ["services", "housing", "Housing: council or other", "Tai"],
        ["rating", "good", "Good", "Da"],
        ["rating", "bad", "Bad", "Drwg"],
        ["age", "18_34", "18 to 34", "18 i 34"],
        ["age", "35_or_over", "35 or over", "35 neu hŷn"],
        ["yes_no", "yes", "Yes", "Ie"],
        ["yes_no", "no", "No", "Na"],
    ]
    static let settings: [[String?]] = [
        ["form_id", "version", "form_title::English (en)", "form_title::Cymraeg (cy)", "default_language", "audience", "intro", "intro::Cymraeg (cy)", "consent", "closing", "run_by"],
        ["Police_Feedback", "2024031401", "Your experience", "Eich profiad", "English (en)", "survivors", "Why we ask.\n\nIt is your choice.", "Pam.", "Read this first.", "Thank you.", "The partnership"],
    ]

    @Test func aFullFormReadsBackAsTheSheetsSay() throws {
        let result = try Form.importing(Form.workbook(survey: Self.survey, choices: Self.choices, settings: Self.settings))
        let imported = try result.get()
        // The YAML itself goes through SurveyKit's public reader, as the server will read the file.
        let survey = try SurveyLibrary.parse(yaml: imported.yaml, file: imported.suggestedFileName)

        #expect(survey.id == "police-feedback")
        #expect(survey.version == 2024031401)
        #expect(survey.title.byLanguage == ["en": "Your experience", "cy": "Eich profiad"])
        #expect(survey.audience == .survivors)
        #expect(survey.intro.byLanguage == ["en": "Why we ask.\n\nIt is your choice.", "cy": "Pam."])
        #expect(survey.consent?.english == "Read this first.")
        #expect(survey.closing?.english == "Thank you.")
        #expect(survey.runBy?.english == "The partnership")

        // Questions outside a group are gathered on one page titled with the survey's title; each group is a page.
        #expect(survey.pages.count == 3)
        #expect(survey.pages.map { $0.title.english } == ["Your experience", "Police", "About you"])
        #expect(survey.pages[1].title.byLanguage["cy"] == "Heddlu")
        #expect(survey.pages.map { $0.questions.map(\.id) } == [
            ["welcome", "contact"], ["police_rating", "police_comment"], ["age_band", "children", "hours", "again", "listened"],
        ])

        let welcome = try #require(survey.question("welcome"))
        #expect(welcome.type == .note)
        #expect(welcome.label.byLanguage == ["en": "Thank you for taking part.", "cy": "Diolch am gymryd rhan."])

        let contact = try #require(survey.question("contact"))
        #expect(contact.type == .multipleChoice)
        #expect(contact.options.map(\.id) == ["police", "housing"])
        #expect(contact.options[1].label.byLanguage == ["en": "Housing: council or other", "cy": "Tai"])
        #expect(contact.hint?.english == "Tick all that apply.")
        #expect(contact.required == false, "required is never imported: every question can be skipped")

        // The group's condition applies to each of its questions, added to their own.
        let rating = try #require(survey.question("police_rating"))
        #expect(rating.type == .scale)
        #expect(rating.options.map(\.id) == ["good", "bad"])
        #expect(rating.relevantSource == "selected(${contact}, 'police')")
        let comment = try #require(survey.question("police_comment"))
        #expect(comment.type == .text)
        #expect(comment.quotePermission)
        #expect(comment.label.english == "Tell us more: anything at all.")
        #expect(comment.relevantSource == "(selected(${contact}, 'police')) and (${police_rating} != '')")

        let age = try #require(survey.question("age_band"))
        #expect(age.identifying)
        #expect(age.type == .singleChoice)
        #expect(age.options[1].label.byLanguage == ["en": "35 or over", "cy": "35 neu hŷn"])
        let children = try #require(survey.question("children"))
        #expect(children.type == .number && children.integerOnly)
        let hours = try #require(survey.question("hours"))
        #expect(hours.type == .number && !hours.integerOnly)
        // A choices list named like a shared list is renamed; a shared list not in the choices sheet is used as it is.
        let again = try #require(survey.question("again"))
        #expect(again.options.map(\.id) == ["yes", "no"])
        #expect(again.options[0].label.byLanguage == ["en": "Yes", "cy": "Ie"])
        #expect(imported.yaml.contains("type: select_one form_yes_no"))
        let listened = try #require(survey.question("listened"))
        #expect(listened.options.map(\.id) == SharedOptionLists.all["agreement"]!.map(\.id))

        #expect(imported.warnings.contains { $0.message.contains("marked required (rows 3)") })
        #expect(imported.warnings.contains { $0.location.sheet == "choices" && $0.message.contains("'yes_no'") })
    }

    @Test func theYAMLIsReadableWithARowCommentPerQuestion() throws {
        let imported = try Form.importing(Form.workbook(survey: Self.survey, choices: Self.choices, settings: Self.settings)).get()
        #expect(imported.yaml.contains("      # row 5\n      - id: police_rating\n        type: scale\n        options: rating\n"))
        #expect(imported.yaml.contains("intro:\n  en: |\n    Why we ask.\n\n    It is your choice.\n  cy: Pam.\n"))
        #expect(imported.yaml.contains("    - {id: \"yes\", label: \"Yes\"}") || imported.yaml.contains("      label:\n        en: \"Yes\""))
        #expect(imported.yaml.contains("        identifying: true\n"))
    }

    @Test func sharedAndInlineStringsReadTheSame() throws {
        let shared = try Form.importing(Form.workbook(survey: Self.survey, choices: Self.choices, settings: Self.settings, strings: .shared)).get()
        let inline = try Form.importing(Form.workbook(survey: Self.survey, choices: Self.choices, settings: Self.settings, strings: .inline)).get()
        #expect(shared.yaml == inline.yaml)
        #expect(shared.survey.questions.count == 9)
    }
}
