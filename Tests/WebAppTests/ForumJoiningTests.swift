import Foundation
import Forum
import Hummingbird
import HummingbirdTesting
import Storage
import Testing
@testable import WebApp

@Suite struct ForumJoiningTests {
    /// The pseudonym shown on the details page.
    static func pseudonym(in html: String) -> String? {
        guard let range = html.range(of: "name=\"pseudonym\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    @Test func aMemberJoinsWithAnInviteAndGetsHerRecoveryCodeOnce() async throws {
        let fixture = try ForumFixture()
        let code = try #require(try await fixture.makeInvites().first)
        try await fixture.withApp { client in
            var browser = Browser(client)
            #expect(try await browser.get("/forum/join").status == .ok)
            let details = try await browser.post("/forum/join", [("_action", "code"), ("invite", code.display.lowercased())])
            #expect(details.status == .ok)
            let drawn = try #require(Self.pseudonym(in: details.text))
            #expect(Pseudonym(validating: drawn) != nil)
            // She may draw another name.
            let redrawn = try await browser.post("/forum/join", [("_action", "redraw"), ("invite", code.display), ("pseudonym", drawn)])
            let name = try #require(Self.pseudonym(in: redrawn.text))
            let joined = try await browser.post("/forum/join", [
                ("_action", "join"), ("invite", code.display), ("pseudonym", name),
                ("passphrase", ForumFixture.passphrase), ("confirm", ForumFixture.passphrase), ("rules", "yes"),
            ])
            #expect(joined.status == .ok)
            #expect(joined.text.contains(name))
            #expect(joined.text.contains("id=\"recovery-code\""))
            // The invite is spent: its row (and its note) are gone.
            #expect(try await fixture.invites.count() == 0)
            let member = try #require(try await fixture.members.find(pseudonym: name))
            #expect(member.joinedDay == "2023-11-14")
            // Signed in at once, with a cookie scoped to the forum.
            let cookie = try #require(browser.setCookieHeaders.last { $0.hasPrefix("chorus_forum=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(cookie.contains("Path=/forum"))
            let home = try await browser.get("/forum")
            #expect(home.status == .ok)
            #expect(home.text.contains("Housing"))
            // The same code does not work twice.
            var other = Browser(client)
            let again = try await other.post("/forum/join", [("_action", "code"), ("invite", code.display)])
            #expect(again.status == .unprocessableContent)
        }
    }

    @Test func aNameSheTypesIsNeverHers() async throws {
        let fixture = try ForumFixture()
        let code = try #require(try await fixture.makeInvites().first)
        try await fixture.withApp { client in
            var browser = Browser(client)
            let response = try await browser.post("/forum/join", [
                ("_action", "join"), ("invite", code.display), ("pseudonym", "JaneSmith1980"),
                ("passphrase", ForumFixture.passphrase), ("confirm", ForumFixture.passphrase), ("rules", "yes"),
            ])
            #expect(response.status == .unprocessableContent)
            #expect(try await fixture.members.count() == 0)
            #expect(!response.text.contains("JaneSmith1980"))
            #expect(try await fixture.invites.count() == 1)
        }
    }

    @Test func aWeakPassphraseOrUnreadRulesAreExplainedAndNothingIsStored() async throws {
        let fixture = try ForumFixture()
        let code = try #require(try await fixture.makeInvites().first)
        try await fixture.withApp { client in
            var browser = Browser(client)
            let details = try await browser.post("/forum/join", [("_action", "code"), ("invite", code.display)])
            let name = try #require(Self.pseudonym(in: details.text))
            let weak = try await browser.post("/forum/join", [
                ("_action", "join"), ("invite", code.display), ("pseudonym", name),
                ("passphrase", "password123"), ("confirm", "password123"), ("rules", "yes"),
            ])
            #expect(weak.status == .unprocessableContent)
            #expect(weak.text.contains("too easy to guess"))
            #expect(!weak.text.contains("password123"), "a passphrase is never written back into a page")
            let noRules = try await browser.post("/forum/join", [
                ("_action", "join"), ("invite", code.display), ("pseudonym", name),
                ("passphrase", ForumFixture.passphrase), ("confirm", ForumFixture.passphrase),
            ])
            #expect(noRules.status == .unprocessableContent)
            #expect(noRules.text.contains("house rules"))
            let mismatch = try await browser.post("/forum/join", [
                ("_action", "join"), ("invite", code.display), ("pseudonym", name),
                ("passphrase", ForumFixture.passphrase), ("confirm", "something else entirely"), ("rules", "yes"),
            ])
            #expect(mismatch.status == .unprocessableContent)
            #expect(try await fixture.members.count() == 0)
            #expect(try await fixture.invites.count() == 1)
        }
    }

    @Test func withoutAnInviteNobodyJoinsUnlessTheDeploymentAllowsIt() async throws {
        let closed = try ForumFixture()
        try await closed.withApp { client in
            var browser = Browser(client)
            let response = try await browser.post("/forum/join", [("_action", "code"), ("invite", "")])
            #expect(response.status == .unprocessableContent)
            let forged = try await browser.post("/forum/join", [
                ("_action", "join"), ("pseudonym", "QuietOtter42"),
                ("passphrase", ForumFixture.passphrase), ("confirm", ForumFixture.passphrase), ("rules", "yes"),
            ])
            #expect(forged.status == .unprocessableContent)
            #expect(try await closed.members.count() == 0)
        }
        let open = try ForumFixture(forum: ForumConfiguration(openSignUp: true))
        try await open.withApp { client in
            var browser = Browser(client)
            let details = try await browser.get("/forum/join")
            let name = try #require(Self.pseudonym(in: details.text))
            let joined = try await browser.post("/forum/join", [
                ("_action", "join"), ("pseudonym", name),
                ("passphrase", ForumFixture.passphrase), ("confirm", ForumFixture.passphrase), ("rules", "yes"),
            ])
            #expect(joined.status == .ok)
            #expect(try await open.members.count() == 1)
        }
    }

    @Test func signingInWorksWithTheRightPassphraseAndSlowsGuessing() async throws {
        let fixture = try ForumFixture()
        try await fixture.makeMember("QuietOtter42")
        try await fixture.withApp { client in
            var browser = Browser(client)
            let wrong = try await browser.post("/forum/sign-in", [("pseudonym", "QuietOtter42"), ("passphrase", "not the passphrase")])
            #expect(wrong.status == .unprocessableContent)
            let unknown = try await browser.post("/forum/sign-in", [("pseudonym", "NobodyHere11"), ("passphrase", "not the passphrase")])
            #expect(unknown.status == .unprocessableContent)
            // The same words whether the name exists or not.
            #expect(wrong.text.contains("do not match") && unknown.text.contains("do not match"))
            #expect(try await browser.get("/forum").status == .seeOther)
            try await browser.signIn("QuietOtter42")
            #expect(try await browser.get("/forum").status == .ok)
            // Four more wrong tries (five in all) pause the name, even for the right passphrase.
            var guesser = Browser(client)
            for _ in 0..<4 {
                _ = try await guesser.post("/forum/sign-in", [("pseudonym", "QuietOtter42"), ("passphrase", "guess guess guess")])
            }
            let paused = try await guesser.post("/forum/sign-in", [("pseudonym", "QuietOtter42"), ("passphrase", ForumFixture.passphrase)])
            #expect(paused.status == .unprocessableContent)
            #expect(paused.text.contains("too many tries"))
            fixture.clock.advance(minutes: 16)
            let later = try await guesser.post("/forum/sign-in", [("pseudonym", "QuietOtter42"), ("passphrase", ForumFixture.passphrase)])
            #expect(later.status == .seeOther)
        }
    }

    @Test func signingOutEndsTheSessionAndItsRow() async throws {
        let fixture = try ForumFixture()
        try await fixture.makeMember("QuietOtter42")
        try await fixture.withApp { client in
            var browser = Browser(client)
            try await browser.signIn("QuietOtter42")
            #expect(try await fixture.sessions.count() == 1)
            let out = try await browser.post("/forum/sign-out")
            #expect(out.status == .seeOther)
            #expect(try await fixture.sessions.count() == 0)
            #expect(try await browser.get("/forum").status == .seeOther)
        }
    }
}
