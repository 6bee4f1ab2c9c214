import Foundation
import Localisation
import SurveyKit
import Testing
@testable import WebApp

/// The survivor journey's first page and the pages after it: consent short, with the whole of it
/// one tap away (a native disclosure, so it opens with JavaScript off), and a warning, before she
/// needs it, that the browser's Back button clears her answers while the page's own keeps them.
@Suite struct SurveyJourneyTests {
    static func html(_ survey: Survey, page: Int, catalogue: Catalogue = .english, answers: Answers = [:]) async throws -> String {
        let renderer = try await PageRenderer(siteName: "Feedback", exitURL: "https://www.bbc.co.uk/weather")
        let view = SurveyPageView(survey: survey, pageIndex: page, raw: [:], answers: answers, problems: [:], generalError: nil, catalogue: catalogue)
        return renderer.speaking(catalogue, offersChoice: true).html("survey", view.values)
    }

    static func defaultSurveys() throws -> SurveyLibrary {
        try SurveyLibrary.load(directory: Fixture.packageRoot.appendingPathComponent("Surveys"))
    }

    @Test(arguments: Catalogue.all.map(\.language))
    func consentIsShortWithTheWholeOfItOneTapAway(_ language: String) async throws {
        let catalogue = try #require(Catalogue.named(language))
        for survey in try Self.defaultSurveys().surveys {
            guard let consent = survey.consent else { continue }
            let html = try await Self.html(survey, page: 0, catalogue: catalogue)
            let details = try #require(html.firstRange(of: "<details class=\"consent-details\"><summary>\(Self.escaped(catalogue[.consentDetails]))</summary>"),
                                       "\(survey.id): no disclosure for the whole consent")
            let closing = try #require(html.range(of: "</details>", range: details.upperBound..<html.endIndex))
            let inside = String(html[details.upperBound..<closing.lowerBound])
            let outside = String(html[..<details.lowerBound]) + String(html[closing.upperBound...])
            // Her summary is on the page; every paragraph of the whole consent is inside the disclosure only.
            let summary = survey.consentSummary?.text(in: language) ?? catalogue[.consentSummaryDefault]
            #expect(outside.contains(Self.escaped(summary.split(separator: "\n").first.map(String.init) ?? summary)), "\(survey.id): the summary is not shown")
            let firstParagraph = String(consent.text(in: language).split(separator: "\n").first ?? "")
            #expect(inside.contains(Self.escaped(firstParagraph)), "\(survey.id): the whole consent is not in the disclosure")
            #expect(!outside.contains(Self.escaped(firstParagraph)), "\(survey.id): the whole consent is still on the page")
        }
    }

    @Test func aSurveysOwnSummaryReplacesTheDefault() async throws {
        let survey = try SurveyLibrary.parse(yaml: """
            id: short
            version: 1
            title: Short
            audience: survivors
            intro: Hello.
            consent: |
              The long version, every promise.
            consent_summary: Your choice, no names.
            pages:
              - title: One
                questions:
                  - {id: q, type: text, label: Anything?}
            """, file: "short.yaml")
        let html = try await Self.html(survey, page: 0)
        #expect(html.contains("<p>Your choice, no names.</p>\n\n<details class=\"consent-details\">"))
        #expect(!html.contains(Self.escaped(Catalogue.english[.consentSummaryDefault])))
        #expect(html.contains("The long version, every promise."))
    }

    @Test func aSummaryWithoutConsentIsAMistakeWithItsLine() {
        #expect {
            try SurveyLibrary.parse(yaml: """
                id: short
                version: 1
                title: Short
                audience: survivors
                intro: Hello.
                consent_summary: Your choice.
                pages:
                  - title: One
                    questions:
                      - {id: q, type: text, label: Anything?}
                """, file: "short.yaml")
        } throws: { error in
            "\(error)".contains("short.yaml:6") && "\(error)".contains("has no consent")
        }
    }

    @Test(arguments: Catalogue.all.map(\.language))
    func everyPageWithABackButtonSaysBeforehandWhatTheBrowsersBackDoes(_ language: String) async throws {
        let catalogue = try #require(Catalogue.named(language))
        let hint = "<p class=\"hint back-hint\">\(Self.escaped(catalogue[.backHint]))</p>"
        for survey in try Self.defaultSurveys().surveys where survey.pages.count > 1 {
            #expect(!(try await Self.html(survey, page: 0, catalogue: catalogue)).contains(hint), "\(survey.id): page 1 has no page to go back to")
            let second = try await Self.html(survey, page: 1, catalogue: catalogue)
            #expect(second.contains(hint), "\(survey.id): page 2 does not warn before she presses Back")
            // Shown near the top, before any question she might answer.
            let hintAt = try #require(second.range(of: hint)).lowerBound
            let firstQuestion = second.range(of: "class=\"question")?.lowerBound ?? second.endIndex
            #expect(hintAt < firstQuestion)
            #expect(second.contains("name=\"_action\" value=\"back\""), "\(survey.id): no Back button on the page")
        }
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
