import Forum
import IdentifyingDetails
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Localisation
import SurveyKit
import Testing
@testable import WebApp

/// The forum speaks the language she chose, as the survey pages do: chosen by a link, kept in the
/// address of every forum link, form and redirect (`?lang=`), never in a cookie. Staff pages stay
/// in English.
@Suite struct ForumLanguageTests {
    /// Every forum address a page links to or posts to.
    static func forumAddresses(in html: String) -> [String] {
        let pattern = /(?:href|action)="(\/forum[^"]*)"/
        return html.matches(of: pattern).map { String($0.output.1) }
    }

    /// Whether every forum address in the page keeps the language (before any `#fragment`).
    static func expectEveryForumAddressKeeps(_ code: String, in response: TestResponse, _ page: String) {
        let addresses = forumAddresses(in: response.text)
        #expect(!addresses.isEmpty, "\(page): no forum links to check")
        for address in addresses {
            let path = address.split(separator: "#", maxSplits: 1).first.map(String.init) ?? address
            #expect(path.hasSuffix("?lang=\(code)"), "\(page): \(address) loses the language")
        }
    }

    @Test(arguments: [("cy", "ltr"), ("ur", "rtl")])
    func signedOutPagesSpeakTheLanguageAndKeepItInEveryLinkAndForm(_ code: String, _ direction: String) async throws {
        let fixture = try ForumFixture()
        let catalogue = try #require(Catalogue.named(code))
        try await fixture.withApp { client in
            var browser = Browser(client)
            for page in ["/forum/sign-in", "/forum/join", "/forum/recover"] {
                let response = try await browser.get(page + "?lang=\(code)")
                #expect(response.status == .ok, "\(page)")
                #expect(response.text.contains("<html lang=\"\(code)\" dir=\"\(direction)\">"), "\(page)")
                #expect(response.text.contains(escaped(catalogue[.quickExit])), "\(page)")
                #expect(response.text.contains("<nav class=\"languages\""), "\(page): no language links")
                #expect(response.text.contains("href=\"?lang=en\""), "\(page): no way back to English")
                Self.expectEveryForumAddressKeeps(code, in: response, page)
            }
            // The language is no cookie: nothing was set by choosing it.
            #expect(browser.setCookieHeaders.isEmpty)
        }
    }

    @Test func aSignedInMemberStaysInHerLanguageThroughRedirectsAndEveryPage() async throws {
        let fixture = try ForumFixture()
        try await fixture.makeMember("QuietOtter42", published: 5)
        try await fixture.withApp { client in
            var browser = Browser(client)
            _ = try await browser.get("/forum/sign-in?lang=ur")
            let signedIn = try await browser.post("/forum/sign-in?lang=ur", [("pseudonym", "QuietOtter42"), ("passphrase", ForumFixture.passphrase)])
            #expect(signedIn.headers[.location] == "/forum?lang=ur")
            let home = try await browser.get("/forum?lang=ur")
            #expect(home.text.contains("<html lang=\"ur\" dir=\"rtl\">"))
            // The spaces' names are the deployment's words, given per language.
            let housing = try #require(ForumSpace.defaults.first { $0.id == "housing" })
            #expect(home.text.contains(">\(housing.names.text(in: "ur"))</a>"))
            #expect(!home.text.contains(">\(housing.name)</a>"))
            Self.expectEveryForumAddressKeeps("ur", in: home, "home")

            _ = try await browser.get("/forum/spaces/housing/new?lang=ur")
            let started = try await browser.post("/forum/spaces/housing/new?lang=ur", [("title", "Finding a flat"), ("body", "Has anybody moved with the council's help?")])
            let location = try #require(started.headers[.location])
            #expect(location.hasPrefix("/forum/threads/") && location.hasSuffix("?lang=ur"), "\(location)")
            let thread = try await browser.get(location)
            #expect(thread.status == .ok)
            #expect(thread.text.contains("<html lang=\"ur\" dir=\"rtl\">"))
            Self.expectEveryForumAddressKeeps("ur", in: thread, "thread")

            let threadID = try #require(location.dropFirst("/forum/threads/".count).split(separator: "?").first)
            let replied = try await browser.post("/forum/threads/\(threadID)/reply?lang=ur", [("body", "Yes, it took a while but it worked.")])
            let replyLocation = try #require(replied.headers[.location])
            #expect(replyLocation.contains("?lang=ur#post-"), "\(replyLocation)")

            for page in ["/forum/spaces/housing", "/forum/account"] {
                let response = try await browser.get(page + "?lang=ur")
                #expect(response.text.contains("<html lang=\"ur\" dir=\"rtl\">"), "\(page)")
                Self.expectEveryForumAddressKeeps("ur", in: response, page)
            }
            let signedOut = try await browser.post("/forum/sign-out?lang=ur")
            #expect(signedOut.headers[.location] == "/forum/sign-in?lang=ur")
        }
    }

    @Test func refusalsAndFormErrorsSpeakHerLanguageWithoutLinksThatWouldLoseHerText() async throws {
        let fixture = try ForumFixture()
        try await fixture.makeMember("QuietOtter42")
        try await fixture.withApp { client in
            var browser = Browser(client)
            // Signed out: sent to sign in, in her language.
            let away = try await browser.get("/forum/account?lang=cy")
            #expect(away.headers[.location] == "/forum/sign-in?lang=cy")
            _ = try await browser.get("/forum/sign-in?lang=cy")
            let wrong = try await browser.post("/forum/sign-in?lang=cy", [("pseudonym", "QuietOtter42"), ("passphrase", "not the passphrase at all")])
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.text.contains("<html lang=\"cy\" dir=\"ltr\">"))
            #expect(wrong.text.contains(escaped(Catalogue.welsh[.forumSignInWrong])))
            #expect(!wrong.text.contains("<nav class=\"languages\""))

            try await browser.signIn("QuietOtter42")
            let missing = try await browser.get("/forum/threads/999?lang=cy")
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("<html lang=\"cy\" dir=\"ltr\">"))
            // A form from elsewhere (no token) is refused in her language too.
            let forged = try await browser.post("/forum/account/sign-out-everywhere?lang=cy", token: .some(nil))
            #expect(forged.status == .forbidden)
            #expect(forged.text.contains(escaped(Catalogue.welsh[.forumFormExpiredHeading])))
        }
    }

    @Test func englishAddressesStayAsTheyWere() async throws {
        let fixture = try ForumFixture()
        try await fixture.makeMember("QuietOtter42", published: 5)
        try await fixture.withApp { client in
            var browser = Browser(client)
            try await browser.signIn("QuietOtter42")
            let thread = try #require(try await browser.startThread(body: "Has anybody moved with the council's help?"))
            let page = try await browser.get("/forum/threads/\(thread)")
            #expect(page.text.contains("<html lang=\"en\" dir=\"ltr\">"))
            #expect(Self.forumAddresses(in: page.text).allSatisfy { !$0.contains("lang=") })
            #expect(page.text.contains("<nav class=\"languages\""))
        }
    }

    @Test func staffPagesStayInEnglishAndOfferNoLanguages() async throws {
        let fixture = try ForumFixture()
        try await fixture.withApp { client in
            let page = try await client.execute(uri: "/staff/sign-in?lang=ur", method: .get)
            #expect(page.text.contains("<html lang=\"en\" dir=\"ltr\">"))
            #expect(!page.text.contains("<nav class=\"languages\""))
        }
    }

    @Test func aBlockedPostSaysWhatToTakeOutInHerLanguage() async throws {
        let fixture = try ForumFixture(forum: ForumConfiguration(watchList: WatchList(words: [("kill you", .block)])))
        try await fixture.makeMember("BraveHeron17", published: 3)
        try await fixture.withApp { client in
            var author = Browser(client)
            try await author.signIn("BraveHeron17")
            _ = try await author.get("/forum/spaces/housing/new?lang=cy")
            let blocked = try await author.post("/forum/spaces/housing/new?lang=cy", [("title", "Angry"), ("body", "He said he would kill you all")])
            #expect(blocked.status == .unprocessableContent)
            let reason = Catalogue.welsh[.forumDetailWatchedWord]
            #expect(reason != Catalogue.english[.forumDetailWatchedWord])
            #expect(blocked.text.contains(escaped(Catalogue.welsh.text(.forumBlockedBecause, ["kinds": reason]))))
        }
    }
}
