import Foundation
import Forum
import Hummingbird
import HummingbirdTesting
import Storage
import Testing
@testable import WebApp

@Suite struct ForumAccountTests {
    @Test func deletingHerAccountLeavesNoTraceOfHerTextInTheDatabaseFiles() async throws {
        let fixture = try ForumFixture()
        let author = try await fixture.makeMember("BraveHeron17", published: 3)
        try await fixture.makeMember("QuietOtter42", published: 3)
        let secret = "MarkerTextZebraQuince my sister lives near the old mill"
        try await fixture.withApp { client in
            var her = Browser(client)
            try await her.signIn("BraveHeron17")
            let thread = try #require(try await her.startThread(title: "TitleMarkerXylophone", body: secret))
            let (_, heldReply) = try await her.reply(in: thread, "HeldMarkerKumquat call 07700 900123")
            #expect(heldReply != nil)
            var other = Browser(client)
            try await other.signIn("QuietOtter42")
            _ = try await other.reply(in: thread, "A reply that stays")
            #expect(try fixture.fileBytes().range(of: Data(secret.utf8)) != nil, "the scan can see text that is there")

            // Deleting needs her passphrase and the box ticked.
            _ = try await her.get("/forum/account")
            let unconfirmed = try await her.post("/forum/account/delete", [("passphrase", ForumFixture.passphrase)])
            #expect(unconfirmed.status == .unprocessableContent)
            let wrong = try await her.post("/forum/account/delete", [("passphrase", "not my passphrase"), ("confirm", "yes")])
            #expect(wrong.status == .unprocessableContent)
            #expect(try await fixture.members.member(id: author.id) != nil)

            let deleted = try await her.post("/forum/account/delete", [("passphrase", ForumFixture.passphrase), ("confirm", "yes")])
            #expect(deleted.status == .ok)
            #expect(deleted.text.contains("Your account is deleted"))
            #expect(try await fixture.members.member(id: author.id) == nil)
            #expect(try await her.get("/forum").status == .seeOther)
            // Only the other member's session is left.
            #expect(try await fixture.sessions.count() == 1)

            let bytes = try fixture.fileBytes()
            for marker in ["MarkerTextZebraQuince", "TitleMarkerXylophone", "HeldMarkerKumquat", "BraveHeron17"] {
                #expect(bytes.range(of: Data(marker.utf8)) == nil, "\(marker) is still in a database file")
            }
            let page = try await other.get("/forum/threads/\(thread)").text
            #expect(page.contains("A reply that stays"))
            #expect(page.contains("removed by its author"))
        }
    }

    @Test func signingOutEverywhereEndsEverySessionOfHers() async throws {
        let fixture = try ForumFixture()
        try await fixture.makeMember("BraveHeron17")
        try await fixture.withApp { client in
            var phone = Browser(client)
            var laptop = Browser(client)
            try await phone.signIn("BraveHeron17")
            try await laptop.signIn("BraveHeron17")
            #expect(try await fixture.sessions.count() == 2)
            _ = try await phone.get("/forum/account")
            #expect(try await phone.post("/forum/account/sign-out-everywhere").status == .seeOther)
            #expect(try await laptop.get("/forum").status == .seeOther)
            #expect(try await phone.get("/forum").status == .seeOther)
            #expect(try await fixture.sessions.count() == 0)
        }
    }

    @Test func changingHerPassphraseSignsOutEverybodyElse() async throws {
        let fixture = try ForumFixture()
        try await fixture.makeMember("BraveHeron17")
        let newPassphrase = "copper kettle meadow rain"
        try await fixture.withApp { client in
            var her = Browser(client)
            var someoneElse = Browser(client)
            try await her.signIn("BraveHeron17")
            try await someoneElse.signIn("BraveHeron17")
            _ = try await her.get("/forum/account")
            let wrong = try await her.post("/forum/account/passphrase", [("current", "wrong one"), ("passphrase", newPassphrase), ("confirm", newPassphrase)])
            #expect(wrong.status == .unprocessableContent)
            let changed = try await her.post("/forum/account/passphrase", [("current", ForumFixture.passphrase), ("passphrase", newPassphrase), ("confirm", newPassphrase)])
            #expect(changed.status == .ok)
            #expect(changed.text.contains("Your passphrase is changed"))
            #expect(try await her.get("/forum").status == .ok)
            #expect(try await someoneElse.get("/forum").status == .seeOther)
            var fresh = Browser(client)
            let old = try await fresh.post("/forum/sign-in", [("pseudonym", "BraveHeron17"), ("passphrase", ForumFixture.passphrase)])
            #expect(old.status == .unprocessableContent)
            try await fresh.signIn("BraveHeron17", passphrase: newPassphrase)
        }
    }

    @Test func aSuspendedMemberReadsAndReportsButDoesNotPostAndABannedOneOnlyDeletes() async throws {
        let fixture = try ForumFixture()
        let member = try await fixture.makeMember("BraveHeron17", published: 3)
        try await fixture.makeMember("QuietOtter42", published: 3)
        try await fixture.withApp { client in
            var other = Browser(client)
            try await other.signIn("QuietOtter42")
            let thread = try #require(try await other.startThread(body: "Open to all"))
            let post = try #require(try await fixture.posts.posts(inThread: thread).first)

            try await fixture.members.setRestriction(id: member.id, .suspended(until: "2023-11-20T00:00:00Z", reason: "Cooling off."))
            var her = Browser(client)
            try await her.signIn("BraveHeron17")
            #expect(try await her.get("/forum/threads/\(thread)").status == .ok)
            let (reply, _) = try await her.reply(in: thread, "Trying to reply")
            #expect(reply.status == .forbidden)
            #expect(reply.text.contains("suspended") && reply.text.contains("Cooling off."))
            #expect(try await her.get("/forum/spaces/housing/new").status == .forbidden)
            _ = try await her.get("/forum/threads/\(thread)")
            #expect(try await her.post("/forum/posts/\(post.id)/report").status == .ok)

            try await fixture.members.setRestriction(id: member.id, .banned(reason: "Threats."))
            #expect(try await her.get("/forum/threads/\(thread)").status == .forbidden)
            #expect(try await her.get("/forum").status == .forbidden)
            let account = try await her.get("/forum/account")
            #expect(account.status == .ok)
            let deleted = try await her.post("/forum/account/delete", [("passphrase", ForumFixture.passphrase), ("confirm", "yes")])
            #expect(deleted.status == .ok)
            #expect(try await fixture.members.member(id: member.id) == nil)
        }
    }

    @Test func aRestrictedSpaceIsOpenOnlyToMembersWhoseInviteOpenedIt() async throws {
        var spaces = ForumSpace.defaults
        spaces.append(ForumSpace(id: "urdu-group", name: "Urdu speakers", description: "In Urdu.", restricted: true))
        let fixture = try ForumFixture(forum: ForumConfiguration(spaces: spaces))
        try await fixture.makeMember("BraveHeron17", published: 3, spaces: ["urdu-group"])
        try await fixture.makeMember("QuietOtter42", published: 3)
        try await fixture.withApp { client in
            var inside = Browser(client)
            try await inside.signIn("BraveHeron17")
            #expect(try await inside.get("/forum").text.contains("Urdu speakers"))
            let thread = try #require(try await inside.startThread(in: "urdu-group", title: "Salaam", body: "Hello all"))
            var outside = Browser(client)
            try await outside.signIn("QuietOtter42")
            #expect(!(try await outside.get("/forum").text.contains("Urdu speakers")))
            #expect(try await outside.get("/forum/spaces/urdu-group").status == .notFound)
            #expect(try await outside.get("/forum/threads/\(thread)").status == .notFound)
            let (reply, _) = try await outside.reply(in: thread, "Let me in")
            #expect(reply.status == .notFound)
        }
    }
}

@Suite struct ForumRecoveryTests {
    static func recoveryCode(in html: String) -> String? {
        guard let range = html.range(of: "id=\"recovery-code\">") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "<" })
    }

    @Test func herRecoveryCodeSetsANewPassphraseOnceAndEndsOtherSessions() async throws {
        let fixture = try ForumFixture()
        let code = try #require(try await fixture.makeInvites().first)
        let newPassphrase = "copper kettle meadow rain"
        try await fixture.withApp { client in
            var browser = Browser(client)
            let details = try await browser.post("/forum/join", [("_action", "code"), ("invite", code.display)])
            let name = try #require(ForumJoiningTests.pseudonym(in: details.text))
            let joined = try await browser.post("/forum/join", [
                ("_action", "join"), ("invite", code.display), ("pseudonym", name),
                ("passphrase", ForumFixture.passphrase), ("confirm", ForumFixture.passphrase), ("rules", "yes"),
            ])
            let recovery = try #require(Self.recoveryCode(in: joined.text))
            // Somebody else has her name but not her code.
            var stranger = Browser(client)
            let guessed = try await stranger.post("/forum/recover", [("pseudonym", name), ("code", "AAAA-BBBB-CCCC-DDDD-EEEE"),
                                                                      ("passphrase", newPassphrase), ("confirm", newPassphrase)])
            #expect(guessed.status == .unprocessableContent)
            var phone = Browser(client)
            let recovered = try await phone.post("/forum/recover", [("pseudonym", name.lowercased()), ("code", recovery.lowercased()),
                                                                     ("passphrase", newPassphrase), ("confirm", newPassphrase)])
            #expect(recovered.status == .ok)
            let next = try #require(Self.recoveryCode(in: recovered.text))
            #expect(next != recovery)
            #expect(try await browser.get("/forum").status == .seeOther, "her other sessions end")
            #expect(try await phone.get("/forum").status == .ok)
            var fresh = Browser(client)
            try await fresh.signIn(name, passphrase: newPassphrase)
            // The old code is spent.
            var again = Browser(client)
            let reused = try await again.post("/forum/recover", [("pseudonym", name), ("code", recovery),
                                                                  ("passphrase", "another new passphrase here"), ("confirm", "another new passphrase here")])
            #expect(reused.status == .unprocessableContent)
        }
    }
}

@Suite struct ForumPseudonymTests {
    static func candidate(in html: String) -> String? {
        guard let form = html.range(of: "action=\"/forum/account/pseudonym\""),
              let field = html.range(of: "name=\"pseudonym\" value=\"", range: form.upperBound..<html.endIndex) else { return nil }
        return String(html[field.upperBound...].prefix { $0 != "\"" })
    }

    @Test func sheMayTakeAnotherDrawnNameUntilSheFirstPostsButNeverTypeOne() async throws {
        let fixture = try ForumFixture()
        let member = try await fixture.makeMember("QuietOtter42")
        try await fixture.withApp { client in
            var browser = Browser(client)
            try await browser.signIn("QuietOtter42")
            let typed = try await browser.post("/forum/account/pseudonym", [("pseudonym", "JaneSmith1980")])
            #expect(typed.status == .unprocessableContent)
            let page = try await browser.get("/forum/account")
            let drawn = try #require(Self.candidate(in: page.text))
            #expect(Pseudonym(validating: drawn) != nil)
            let changed = try await browser.post("/forum/account/pseudonym", [("pseudonym", drawn)])
            #expect(changed.status == .ok)
            #expect(try await fixture.members.member(id: member.id)?.pseudonym == drawn)
            // Once she has written (even a post still held), her name stays.
            _ = try await browser.startThread(body: "Hello")
            let after = try await browser.get("/forum/account")
            #expect(Self.candidate(in: after.text) == nil)
            let refused = try await browser.post("/forum/account/pseudonym", [("pseudonym", Pseudonym.draw().text)])
            #expect(refused.status == .conflict)
            #expect(try await fixture.members.member(id: member.id)?.pseudonym == drawn)
        }
    }
}
