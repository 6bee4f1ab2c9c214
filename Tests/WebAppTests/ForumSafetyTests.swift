import Foundation
import Forum
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Storage
import Testing
@testable import WebApp

/// The standing safety rules, on the forum's pages, and the CSRF rule on every form that changes something.
@Suite struct ForumSafetyTests {
    /// A member signed in, a thread of hers with one post, and the ids the routes need.
    struct Scene {
        var browser: Browser
        let thread: Int64
        let post: Int64
        let otherPost: Int64
    }

    static func scene(_ fixture: ForumFixture, _ client: any TestClientProtocol) async throws -> Scene {
        try await fixture.makeMember("BraveHeron17", published: 3)
        try await fixture.makeMember("QuietOtter42", published: 3)
        var other = Browser(client)
        try await other.signIn("QuietOtter42")
        let otherThread = try #require(try await other.startThread(body: "Another member's words"))
        var browser = Browser(client)
        try await browser.signIn("BraveHeron17")
        let thread = try #require(try await browser.startThread(body: "My first words"))
        let post = try #require(try await fixture.posts.posts(inThread: thread).first).id
        let otherPost = try #require(try await fixture.posts.posts(inThread: otherThread).first).id
        return Scene(browser: browser, thread: thread, post: post, otherPost: otherPost)
    }

    /// Every form post a member can make, with fields that would succeed given the right token.
    static func memberPosts(_ scene: Scene) -> [(String, [(String, String)])] {
        [
            ("/forum/spaces/housing/new", [("title", "T"), ("body", "B")]),
            ("/forum/threads/\(scene.thread)/reply", [("body", "A reply")]),
            ("/forum/posts/\(scene.post)/edit", [("body", "Changed")]),
            ("/forum/posts/\(scene.otherPost)/report", []),
            ("/forum/posts/\(scene.post)/delete", []),
            ("/forum/account/passphrase", [("current", ForumFixture.passphrase), ("passphrase", "copper kettle meadow rain"), ("confirm", "copper kettle meadow rain")]),
            ("/forum/account/sign-out-everywhere", []),
            ("/forum/account/delete", [("passphrase", ForumFixture.passphrase), ("confirm", "yes")]),
            ("/forum/sign-out", []),
        ]
    }

    @Test func everyMemberFormIsRefusedWithoutTheRightTokenAndChangesNothing() async throws {
        let fixture = try ForumFixture()
        try await fixture.withApp { client in
            var scene = try await Self.scene(fixture, client)
            let postsBefore = try await fixture.posts.posts(inThread: scene.thread)
            for (path, fields) in Self.memberPosts(scene) {
                let missing = try await scene.browser.post(path, fields, token: .some(nil))
                #expect(missing.status == .forbidden, "\(path) without a token")
                #expect(missing.text.contains("This form has expired"))
                let wrong = try await scene.browser.post(path, fields, token: .some(String(repeating: "0", count: 64)))
                #expect(wrong.status == .forbidden, "\(path) with a wrong token")
                let crossSite = try await scene.browser.post(path, fields, headers: [HTTPField.Name("Sec-Fetch-Site")!: "cross-site"])
                #expect(crossSite.status == .forbidden, "\(path) from another site")
            }
            #expect(try await fixture.posts.posts(inThread: scene.thread) == postsBefore)
            #expect(try await fixture.members.find(pseudonym: "BraveHeron17") != nil)
            #expect(try await fixture.sessions.count() == 2)
            #expect(try await fixture.posts.reportCount(postID: scene.otherPost) == 0)
            // And with the token, the same forms work (so the refusals above were about the token).
            let (reply, _) = try await scene.browser.reply(in: scene.thread, "A reply")
            #expect(reply.status == .seeOther)
        }
    }

    @Test func signingInFromAnotherSiteIsRefused() async throws {
        let fixture = try ForumFixture()
        try await fixture.makeMember("BraveHeron17")
        try await fixture.withApp { client in
            var browser = Browser(client)
            let response = try await browser.post("/forum/sign-in", [("pseudonym", "BraveHeron17"), ("passphrase", ForumFixture.passphrase)],
                                                   headers: [HTTPField.Name("Sec-Fetch-Site")!: "cross-site"])
            #expect(response.status == .forbidden)
            #expect(try await fixture.sessions.count() == 0)
        }
    }

    @Test func everyForumPageHasTheSafetyFeaturesAndNoExactTime() async throws {
        let fixture = try ForumFixture()
        try await fixture.withApp { client in
            var scene = try await Self.scene(fixture, client)
            var signedOut = Browser(client)
            var pages: [(String, TestResponse)] = []
            for path in ["/forum/sign-in", "/forum/join", "/forum/recover"] { pages.append((path, try await signedOut.get(path))) }
            for path in ["/forum", "/forum/spaces/housing", "/forum/spaces/housing/new", "/forum/threads/\(scene.thread)",
                         "/forum/posts/\(scene.post)/edit", "/forum/account", "/forum/threads/999"] {
                pages.append((path, try await scene.browser.get(path)))
            }
            for (path, response) in pages {
                let html = response.text
                #expect(html.contains("<title>Feedback</title>"), "\(path)")
                #expect(html.contains("class=\"quick-exit-button\""), "\(path)")
                #expect(html.contains("0808 2000 247"), "\(path)")
                #expect(response.headers[.cacheControl] == "no-store, max-age=0", "\(path)")
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true, "\(path)")
                #expect(!html.contains("2023-11-14") && !html.contains("22:13"), "\(path) shows an exact time")
                #expect(!html.contains("<script>") && !html.contains("onclick"), "\(path)")
                // Every form that changes something carries the token.
                for form in html.components(separatedBy: "<form method=\"post\"").dropFirst() where !["/forum/sign-in", "/forum/join", "/forum/recover"].contains(path) {
                    #expect(form.contains("name=\"_csrf\""), "a form on \(path) has no token")
                }
            }
        }
    }

    @Test func surveyPagesNeverSeeTheForumCookieAndNothingAboutTheBrowserIsStored() async throws {
        let fixture = try ForumFixture()
        try await fixture.withApp { client in
            var scene = try await Self.scene(fixture, client)
            let cookie = try #require(scene.browser.cookies["chorus_forum"])
            #expect(cookie.path == "/forum")
            let survey = try await scene.browser.get("/s/test-survey")
            #expect(survey.headers[.setCookie] == nil)
            // A browser sends the forum cookie only under /forum (what `Browser` does, as the Path says).
            let marker = "MarkerAgent/9.9 (Zebra)"
            let page = try await client.execute(uri: "/forum/threads/\(scene.thread)", method: .get, headers: [
                .cookie: "chorus_forum=\(cookie.value)", .userAgent: marker,
                HTTPField.Name("X-Forwarded-For")!: "203.0.113.77", .referer: "https://marker-referrer.example/",
            ])
            #expect(page.status == .ok)
            let bytes = try fixture.fileBytes()
            for trace in [marker, "203.0.113.77", "marker-referrer", cookie.value] {
                #expect(bytes.range(of: Data(trace.utf8)) == nil, "\(trace) is in a database file")
            }
        }
    }

    @Test func anOldSessionRowCannotOutliveItsAbsoluteEnd() async throws {
        let fixture = try ForumFixture()
        try await fixture.makeMember("BraveHeron17")
        try await fixture.withApp { client in
            var browser = Browser(client)
            try await browser.signIn("BraveHeron17")
            // Busy all day: each page within the idle time, but the session still ends after 12 hours.
            for _ in 0..<32 {
                fixture.clock.advance(minutes: 29)
                let response = try await browser.get("/forum")
                if response.status == .seeOther { break }
            }
            #expect(try await browser.get("/forum").status == .seeOther)
            #expect(fixture.clock.now.timeIntervalSince(Date(timeIntervalSince1970: 1_700_000_000)) <= 13.5 * 3600)
        }
    }
}
