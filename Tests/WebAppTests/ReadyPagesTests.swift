import Foundation
import Localisation
import SurveyKit
import Testing
import TestSupport
@testable import WebApp

/// The first pages and thank-you pages made when the server starts are exactly what rendering
/// them on each visit gave, for every shipped survey in every language, with the visit's own
/// value escaped as the template escapes it.
@Suite struct ReadyPagesTests {
    @Test func readyPagesAreThePagesRenderedOnEachVisit() async throws {
        let library = try SurveyLibrary.load(directory: ShippedSurveys.folder)
        let renderer = try await PageRenderer(siteName: "Site", exitURL: "https://example.org")
        let ready = ReadyPages(library: library, renderer: renderer)
        #expect(library.surveys.count >= 2)
        for survey in library.surveys {
            for catalogue in Catalogue.all {
                let language = catalogue.language
                let code = "7Q4K-93MX<&\"'>"
                let thanks = try #require(ready.thanksPage(survey: survey.id, language: language))
                let renderedThanks = renderer.speaking(catalogue, offersChoice: false)
                    .wholeHTML("thanks", ReadyPages.thanksValues(survey, language: language, code: code))
                #expect(thanks.html(filling: code) == renderedThanks,
                        "\(survey.id) thank-you page in \(language): \(LayoutFramesTests.firstDifference(thanks.html(filling: code), renderedThanks))")
                #expect(renderedThanks.contains("7Q4K-93MX&lt;&amp;&quot;&#39;&gt;"))

                var values = SurveyPageView.blankFirstPage(of: survey, catalogue: catalogue).values
                values["token"] = "token-1"
                let first = try #require(ready.firstPage(survey: survey.id, language: language))
                let renderedFirst = renderer.speaking(catalogue, offersChoice: true).wholeHTML("survey", values)
                #expect(first.html(filling: "token-1") == renderedFirst,
                        "\(survey.id) first page in \(language): \(LayoutFramesTests.firstDifference(first.html(filling: "token-1"), renderedFirst))")
            }
        }
        #expect(ready.thanksPage(survey: "no-such-survey", language: "en") == nil)
    }
}
