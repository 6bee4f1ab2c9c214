import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Localisation
import SurveyKit
import Testing
@testable import WebApp

/// A survivor chooses her language by a link on every page; it is remembered in the address and in
/// the forms, never in a cookie. Urdu is laid out right to left. A survey text with no words in her
/// language is shown in English, without a word to her.
@Suite struct LanguageTests {
    @Test(arguments: [("cy", "ltr"), ("ur", "rtl")])
    func aLinkChoosesTheLanguageAndEveryLinkAndFormKeepsIt(_ code: String, _ direction: String) async throws {
        let fixture = try Fixture()
        let catalogue = try #require(Catalogue.named(code))
        try await fixture.withApp { client in
            for path in ["/?lang=\(code)", "/s/test-survey?lang=\(code)", "/safety?lang=\(code)", "/withdraw?lang=\(code)", "/findings?lang=\(code)"] {
                let response = try await client.execute(uri: path, method: .get)
                let html = String(buffer: response.body)
                #expect(html.contains("<html lang=\"\(code)\" dir=\"\(direction)\">"), "\(path)")
                #expect(html.contains(catalogue[.quickExit]), "\(path)")
                #expect(html.contains(catalogue[.supportHeading]), "\(path)")
                #expect(html.contains("href=\"/safety?lang=\(code)\""), "\(path)")
                #expect(html.contains("<nav class=\"languages\""), "\(path)")
                #expect(html.contains("href=\"?lang=en\""), "\(path): no way back to English")
                #expect(response.headers[.setCookie] == nil)
            }
            let survey = String(buffer: try await client.execute(uri: "/s/test-survey?lang=\(code)", method: .get).body)
            #expect(survey.contains("<input type=\"hidden\" name=\"_lang\" value=\"\(code)\">"))
            let home = String(buffer: try await client.execute(uri: "/?lang=\(code)", method: .get).body)
            #expect(home.contains("href=\"/s/test-survey?lang=\(code)\""))
        }
    }

    @Test func theLanguageTravelsInTheFormAndTheAnswerPageOffersNoLinkThatWouldStartAgain() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/s/one-page", method: .post, headers: formHeaders,
                body: formBody([("helped", "no"), ("_page", "0"), ("_lang", "ur")]))
            #expect(response.status == .ok)
            let html = String(buffer: response.body)
            #expect(html.contains("<html lang=\"ur\" dir=\"rtl\">"))
            #expect(html.contains(Catalogue.urdu[.thanksHeading]))
            #expect(!html.contains("<nav class=\"languages\""))
            #expect(html.contains("href=\"/withdraw?lang=ur\""))
        }
    }

    @Test(arguments: ["xx", "EN", "", "../cy"])
    func anUnknownLanguageIsEnglish(_ code: String) async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let html = String(buffer: try await client.execute(uri: "/?lang=\(code)", method: .get).body)
            #expect(html.contains("<html lang=\"en\" dir=\"ltr\">"))
            #expect(!html.contains("?lang=\(code)\""))
        }
    }

    @Test func aSurveyTextWithoutWelshIsShownInEnglishAndTheLeadIsTold() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let html = String(buffer: try await client.execute(uri: "/s/one-page?lang=cy", method: .get).body)
            #expect(html.contains("Did it help?"))
            #expect(html.contains(Catalogue.welsh[.quickExit]))
        }
        let survey = try SurveyLibrary.parse(yaml: Fixture.onePageYAML, file: "one-page.yaml")
        // The survey's own texts have no Welsh; its shared yes/no/don't know list has.
        #expect(survey.untranslatedTexts(in: "cy") == survey.textCount - 3)
        #expect(survey.textCount == 8)
        #expect(survey.untranslatedTexts(in: "en") == 0)
    }
}
