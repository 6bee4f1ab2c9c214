import Foundation
import SurveyKit
@testable import Themes

enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let themesFile = packageRoot.appendingPathComponent("Surveys/themes.yaml")

    /// A small taxonomy for counting and sheet tests.
    static let taxonomy = try! ThemeTaxonomy.parse(yaml: """
        themes:
          - {id: police, label: Police, facet: agency, priorities: [response], phrases: [police]}
          - {id: believed, label: Believed, facet: experience, priorities: [response], unless_negated: true, phrases: [believed me]}
          - {id: not_believed, label: Not believed, facet: experience, priorities: [response], phrases: ["didn't believe"]}
          - {id: housed, label: Housed, facet: outcome, priorities: [access], phrases: [rehoused]}
        """, file: "themes.yaml")

    /// A survey with two text questions (one quotable) and an identifying age band.
    static let survey = try! SurveyLibrary.parse(yaml: """
        id: round
        version: 1
        title: Round
        audience: survivors
        intro: Hello
        pages:
          - title: One
            questions:
              - id: age
                type: single_choice
                label: Age
                identifying: true
                options:
                  - {id: young, label: Under 30}
                  - {id: older, label: 30 and over}
              - id: police_comment
                type: text
                label: About the police?
                quote_permission: true
              - id: other
                type: text
                label: Anything else?
        """, file: "round.yaml")

    static func document(age: String? = nil, police: String? = nil, other: String? = nil, quoteOK: Set<String> = []) -> ResponseDocument {
        var answers = Answers()
        if let age { answers["age"] = .option(age) }
        if let police { answers["police_comment"] = .text(police) }
        if let other { answers["other"] = .text(other) }
        return ResponseDocument(survey: "round", version: 1, answers: answers, quoteAllowed: quoteOK)
    }

    static func row(_ key: String, _ question: String, themes: [String] = [], approve: Bool = false,
                    edited: String = "", quoteAllowedColumn: Bool = true) -> CodingSheetRow {
        CodingSheetRow(response: key, survey: "round", question: question, questionLabel: "", text: "",
                       suggestedThemes: [], themes: themes, quoteAllowed: quoteAllowedColumn, redactedQuote: "",
                       approveQuote: approve, editedQuote: edited)
    }
}
