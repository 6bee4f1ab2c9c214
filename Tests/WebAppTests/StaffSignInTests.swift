import Services
import Foundation
import Forum
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Storage
import Testing
@testable import WebApp

@Suite struct StaffSignInTests {
    @Test func theRightPassphraseAndCodeSignIn() async throws {
        let fixture = try Fixture()
        try await StaffTest.addStaff(fixture, name: "Sam", role: .moderator)
        try await fixture.withApp { client in
            let browser = try await StaffTest.signIn(client, name: "Sam")
            let home = try await browser.get("/staff")
            #expect(home.text.contains("Signed in as <strong>Sam</strong> (moderator)"))
            #expect(home.text.contains("href=\"/staff/queue\""))
            #expect(!home.text.contains("href=\"/staff/audit\""))
            #expect(!home.text.contains("href=\"/staff/invites\""))
            // The session cookie is the staff one, kept to the staff paths.
            let signedOut = try await browser.post("/staff/sign-out")
            #expect(signedOut.status == .seeOther)
            #expect(try await browser.get("/staff/queue").headers[.location] == "/staff/sign-in")
        }
    }

    @Test func aCodeFromTheNextStepWorksForAClockThatDrifted() async throws {
        let fixture = try Fixture()
        try await StaffTest.addStaff(fixture, name: "Sam", role: .moderator)
        try await fixture.withApp { client in
            _ = try await StaffTest.signIn(client, name: "Sam", code: StaffTest.code(steps: 1))
        }
    }

    static let wrongAttempts: [(String, String, String)] = [
        ("Sam", StaffTest.passphrase, "wrong code"),
        ("Sam", "not the passphrase at all", "right code"),
        ("Nobody", StaffTest.passphrase, "right code"),
        ("Sam", StaffTest.passphrase, "two steps ahead"),
        ("Sam", StaffTest.passphrase, "empty"),
    ]

    @Test(arguments: 0..<5)
    func wrongDetailsAreRefusedWithOneMessage(_ index: Int) async throws {
        let (name, passphrase, which) = Self.wrongAttempts[index]
        let right = StaffTest.code()
        let code: String
        switch which {
        case "wrong code": code = right == "000000" ? "111111" : "000000"
        case "two steps ahead": code = StaffTest.code(steps: 2)
        case "empty": code = ""
        default: code = right
        }
        let fixture = try Fixture()
        try await StaffTest.addStaff(fixture, name: "Sam", role: .admin)
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/staff/sign-in", method: .post, headers: formHeaders,
                                                    body: StaffTest.signInForm(name: name, passphrase: passphrase, code: code))
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains(StaffSignInController.failure))
            #expect(response.headers[.setCookie] == nil)
        }
    }

    @Test func aCodeWorksOnlyOnce() async throws {
        let fixture = try Fixture()
        try await StaffTest.addStaff(fixture, name: "Sam", role: .moderator)
        try await fixture.withApp { client in
            _ = try await StaffTest.signIn(client, name: "Sam")
            let replayed = try await client.execute(uri: "/staff/sign-in", method: .post, headers: formHeaders,
                                                    body: StaffTest.signInForm(name: "Sam"))
            #expect(replayed.status == .unprocessableContent)
            #expect(replayed.text.contains(StaffSignInController.failure))
            // An earlier step is refused too, once a later one was used.
            let earlier = try await client.execute(uri: "/staff/sign-in", method: .post, headers: formHeaders,
                                                   body: StaffTest.signInForm(name: "Sam", code: StaffTest.code(steps: -1)))
            #expect(earlier.status == .unprocessableContent)
        }
    }

    @Test func repeatedFailuresPauseTheName() async throws {
        let fixture = try Fixture()
        try await StaffTest.addStaff(fixture, name: "Sam", role: .moderator)
        try await fixture.withApp { client in
            for _ in 0..<ForumActivity.failureLimit {
                _ = try await client.execute(uri: "/staff/sign-in", method: .post, headers: formHeaders,
                                             body: StaffTest.signInForm(name: "sam", passphrase: "guess guess guess guess"))
            }
            // Now even the right details are refused for a while.
            let right = try await client.execute(uri: "/staff/sign-in", method: .post, headers: formHeaders, body: StaffTest.signInForm(name: "Sam"))
            #expect(right.status == .unprocessableContent)
            #expect(right.text.contains(StaffSignInController.paused))
        }
    }

    @Test func aMemberSessionIsNotAStaffSession() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/staff/queue", method: .get, headers: [.cookie: "chorus_forum=anything"], body: nil)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/staff/sign-in")
        }
    }
}
