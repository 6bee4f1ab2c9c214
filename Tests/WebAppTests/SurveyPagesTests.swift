import Foundation
import Hummingbird
import HummingbirdTesting
import Localisation
import Sealing
import Storage
import SurveyKit
import Testing
@testable import WebApp

@Suite struct SurveyPagesTests {
    @Test func theSurveyListLinksEverySurvey() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .ok)
            #expect(response.text.contains("href=\"/s/test-survey\""))
            #expect(response.text.contains("href=\"/s/one-page\""))
        }
    }

    @Test func theFirstPageShowsTheIntroAndOnlyItsOwnQuestions() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/s/test-survey", method: .get)
            #expect(response.status == .ok)
            let html = response.text
            #expect(html.contains("<p>This is the intro.</p>"))
            #expect(html.contains("<p>A second paragraph.</p>"))
            #expect(html.contains("<legend>Which services did you contact?"))
            #expect(html.contains("type=\"checkbox\" id=\"contact-police\" name=\"contact\" value=\"police\""))
            #expect(!html.contains("How were the police?"))
            #expect(html.contains("Page 1 of 2"))
            // Before she starts: how many pages at most, and about how long (5 short questions and one text).
            #expect(html.contains("<p class=\"survey-length\">It has up to 2 pages and takes about 3 minutes.</p>"))
            // The police page may follow, depending on this page's answers: the button says Continue.
            #expect(html.contains("value=\"next\" class=\"primary\">Continue</button>"))
            #expect(html.contains("<script src=\"/skip-logic.js\" defer></script>"))
            #expect(html.contains("autocomplete=\"off\""))
        }
    }

    /// The first page is rendered once at start; each visit gets its own token, and the page is
    /// otherwise exactly what rendering it for that visit gives, in every language.
    @Test func theStoredFirstPageIsTheLivePageWithAFreshToken() async throws {
        let fixture = try Fixture()
        let configuration = fixture.configuration
        let renderer = try await PageRenderer(siteName: configuration.siteName, exitURL: configuration.exitURL)
        try await fixture.withApp { client in
            for survey in fixture.library.surveys {
                for catalogue in Catalogue.all {
                    let query = catalogue.language == Catalogue.english.language ? "" : "?lang=\(catalogue.language)"
                    let first = try await client.execute(uri: "/s/\(survey.id)\(query)", method: .get).text
                    let second = try await client.execute(uri: "/s/\(survey.id)\(query)", method: .get).text
                    let token = try #require(first.firstMatch(of: /name="_token" value="([^"]+)"/)?.output.1)
                    #expect(!second.contains(String(token)), "two visits were given the same token")
                    var values = SurveyPageView.blankFirstPage(of: survey, catalogue: catalogue).values
                    values["token"] = String(token)
                    #expect(first == renderer.speaking(catalogue, offersChoice: true).html("survey", values))
                }
            }
        }
    }

    @Test func anUnknownSurveyIsAFriendlyNotFoundPage() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/s/no-such-survey", method: .get)
            #expect(response.status == .notFound)
            #expect(response.text.contains("We could not find that page."))
            #expect(response.text.contains("id=\"quick-exit\""))
            #expect(response.headers[.cacheControl] == "no-store, max-age=0")
        }
    }

    @Test func aOnePageSurveySubmitsWithOnePostAndSealsTheAnswers() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = try await client.execute(
                uri: "/s/one-page", method: .post, headers: formHeaders,
                body: formBody([("helped", "yes"), ("comment", "It was fine"), ("_page", "0"), ("_action", "next")]))
            #expect(response.status == .ok)
            #expect(response.text.contains("Thank you"))
            #expect(response.text.contains("id=\"withdrawal-code\""))
        }
        let opened = try fixture.openedResponses()
        try #require(opened.count == 1)
        let (row, document) = opened[0]
        #expect(row.survey == "one-page")
        #expect(row.version == 1)
        #expect(row.day == "2023-11-14")
        #expect(row.id.count == 32)
        #expect(document.answers == ["helped": .option("yes"), "comment": .text("It was fine")])
    }

    @Test func aPostWithOnlyQuestionFieldsAnswersTheWholeSurvey() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/s/test-survey", method: .post, headers: formHeaders,
                body: formBody([("contact", "police"), ("police_rating", "positive"), ("visits", "3")]))
            #expect(response.status == .ok)
            #expect(response.text.contains("Thank you"))
        }
        let documents = try fixture.openedResponses().map(\.1)
        #expect(documents.map(\.answers) == [["contact": .options(["police"]), "police_rating": .option("positive"), "visits": .number(3)]])
    }

    @Test func aMultiPageSurveyGoesPageByPageAndSkipsIrrelevantPages() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            // No police contact: the police page is skipped. She pressed "Continue", so she is asked
            // before anything is sent, with her answers carried; then she sends them.
            let first = try await client.execute(uri: "/s/test-survey", method: .post, headers: formHeaders,
                body: formBody([("contact", "housing"), ("overall", "positive"), ("_page", "0"), ("_action", "next")]))
            #expect(first.status == .ok)
            #expect(first.text.contains("You have reached the end"))
            #expect(first.text.contains("<input type=\"hidden\" name=\"overall\" value=\"positive\">"))
            #expect(try await fixture.store.count() == 0)
            let sent = try await client.execute(uri: "/s/test-survey", method: .post, headers: formHeaders,
                body: formBody([("contact", "housing"), ("overall", "positive"), ("_page", "0"), ("_action", "submit")]))
            #expect(sent.text.contains("Thank you"))
            let review = try await client.execute(uri: "/s/test-survey", method: .post, headers: formHeaders,
                body: formBody([("contact", "housing"), ("_page", "0"), ("_action", "review")]))
            #expect(review.text.contains("id=\"contact-housing\" name=\"contact\" value=\"housing\" checked"))

            // Police contact: the police page follows, carrying page 1's answers as hidden fields.
            let second = try await client.execute(uri: "/s/test-survey", method: .post, headers: formHeaders,
                body: formBody([("contact", "police"), ("contact", "housing"), ("age", "under_35"), ("_page", "0"), ("_action", "next")]))
            #expect(second.status == .ok)
            let html = second.text
            #expect(html.contains("How were the police?"))
            #expect(html.contains("<input type=\"hidden\" name=\"contact\" value=\"police\">"))
            #expect(html.contains("<input type=\"hidden\" name=\"contact\" value=\"housing\">"))
            #expect(html.contains("<input type=\"hidden\" name=\"age\" value=\"under_35\">"))
            #expect(html.contains("name=\"_page\" value=\"1\""))
            #expect(html.contains("value=\"submit\" class=\"primary\">Send my answers</button>"))

            let done = try await client.execute(uri: "/s/test-survey", method: .post, headers: formHeaders,
                body: formBody([("contact", "police"), ("contact", "housing"), ("age", "under_35"),
                                ("police_rating", "negative"), ("police_comment", "Slow"), ("police_comment__quote", "yes"),
                                ("visits", "2"), ("_page", "1"), ("_action", "next")]))
            #expect(done.status == .ok)
            #expect(done.text.contains("Thank you"))
        }
        let documents = try fixture.openedResponses().map(\.1).sorted { $0.answers.count < $1.answers.count }
        try #require(documents.count == 2)
        #expect(documents[0].answers == ["contact": .options(["housing"]), "overall": .option("positive")])
        #expect(documents[1].answers == [
            "contact": .options(["police", "housing"]), "age": .option("under_35"),
            "police_rating": .option("negative"), "police_comment": .text("Slow"), "visits": .number(2),
        ])
        #expect(documents[1].quoteAllowed == ["police_comment"])
    }

    @Test func answersToHiddenQuestionsAreDroppedNotStored() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            // A crafted form answers the police page without police contact.
            let response = try await client.execute(uri: "/s/test-survey", method: .post, headers: formHeaders,
                body: formBody([("contact", "housing"), ("police_rating", "negative"), ("_page", "1"), ("_action", "next")]))
            #expect(response.status == .ok)
        }
        let documents = try fixture.openedResponses().map(\.1)
        #expect(documents.map(\.answers) == [["contact": .options(["housing"])]])
    }

    @Test func backKeepsEveryAnswer() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/s/test-survey", method: .post, headers: formHeaders,
                body: formBody([("contact", "police"), ("overall", "neutral"), ("police_comment", "half written"), ("_page", "1"), ("_action", "back")]))
            #expect(response.status == .ok)
            let html = response.text
            #expect(html.contains("id=\"contact-police\" name=\"contact\" value=\"police\" checked"))
            #expect(html.contains("id=\"overall-neutral\" name=\"overall\" value=\"neutral\" checked"))
            #expect(html.contains("<input type=\"hidden\" name=\"police_comment\" value=\"half written\">"))
        }
        #expect(try await fixture.store.count() == 0)
    }
}

/// Every page of every default survey renders: labelled fields, no leaked "nil", the quick exit.
@Suite struct DefaultSurveyPagesTests {
    @Test func everyPageOfEveryDefaultSurveyRenders() async throws {
        let library = try SurveyLibrary.load(directory: Fixture.packageRoot.appendingPathComponent("Surveys"))
        let renderer = try await PageRenderer(siteName: "Feedback", exitURL: "https://www.bbc.co.uk/weather")
        #expect(library.surveys.count == 3)
        for survey in library.surveys {
            for page in survey.pages.indices {
                let view = SurveyPageView(survey: survey, pageIndex: page, raw: [:], answers: [:], problems: [:], generalError: nil, catalogue: .english)
                let html = renderer.html("survey", view.values)
                #expect(!html.contains("nil"), "\(survey.id) page \(page + 1) prints nil")
                #expect(html.contains("id=\"quick-exit\""))
                #expect(html.contains("0808 2000 247"))
                let shown = survey.pages[page].questions.filter { survey.isShown($0, onPage: page, given: [:]) }
                for question in shown where question.type.isChoice {
                    #expect(html.contains("<legend>\(escaped(question.label.english))"), "\(survey.id): \(question.id) has no legend")
                }
                for question in shown where question.type == .text || question.type == .number {
                    #expect(html.contains("for=\"\(question.id)\""), "\(survey.id): \(question.id) has no label")
                }
                if page == 0, survey.consent != nil { #expect(html.contains("Before you start")) }
            }
        }
    }
}

/// HTML-escapes text as Mustache does, to find a label in a page.
func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
}
