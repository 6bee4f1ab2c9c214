import Foundation
import Forum
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Sealing
import Storage
import Testing
@testable import WebApp

/// Staff accounts, forum content and a signed-in browser for the staff tests.
enum StaffTest {
    /// The fixture's clock.
    static let now = Date(timeIntervalSince1970: 1_700_000_000)
    static let passphrase = "copper kettle marsh lantern"
    static let secret = "ABCDEFGHJKMNPQRSTVWXYZ0123456789"

    /// The authenticator code for the fixture's clock, `steps` time steps away.
    static func code(steps: Int64 = 0) -> String {
        StaffTOTP.code(secret: secret, step: StaffTOTP.step(at: now) + steps)
    }

    @discardableResult
    static func addStaff(_ fixture: Fixture, name: String, role: StaffRole) async throws -> StaffAccount {
        let hash = try PassphraseHash.hash(Array(passphrase.utf8), strength: .interactive)
        return try await StaffStore(database: fixture.database).add(name: name, role: role, passphraseHash: hash, totpSecret: secret)
    }

    static func signInForm(name: String, passphrase: String = passphrase, code: String = code()) -> ByteBuffer {
        formBody([("name", name), ("passphrase", passphrase), ("code", code)])
    }

    /// Signs `name` in with the current code; returns the browser.
    static func signIn(_ client: any TestClientProtocol, name: String, code: String = code()) async throws -> StaffBrowser {
        let response = try await client.execute(uri: "/staff/sign-in", method: .post, headers: formHeaders, body: signInForm(name: name, code: code))
        try #require(response.status == .seeOther)
        #expect(response.headers[.location] == "/staff")
        let setCookie = try #require(response.headers[.setCookie])
        let cookie = String(setCookie.prefix { $0 != ";" })
        var browser = StaffBrowser(client: client, cookie: cookie, csrf: "")
        let home = try await browser.get("/staff")
        try #require(home.status == .ok)
        browser.csrf = try #require(csrfToken(in: home.text))
        return browser
    }

    static func csrfToken(in html: String) -> String? {
        guard let start = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
        return String(html[start.upperBound...].prefix { $0 != "\"" })
    }

    // MARK: - Forum content

    struct Content {
        let member: ForumMember
        let thread: ForumThread
        let post: ForumPost
    }

    static func addMember(_ fixture: Fixture, _ pseudonym: String, joinedDay: String = "2023-06-01") async throws -> ForumMember {
        try await MemberStore(database: fixture.database).create(
            pseudonym: pseudonym, passphraseHash: "unused", recoveryHash: Data(SecureRandom.bytes(32)), joinedDay: joinedDay)
    }

    /// A thread whose first post is held with `reasons`.
    static func heldPost(_ fixture: Fixture, body: String, author: String = "QuietRiver42",
                         reasons: NonEmptySet<HoldReason> = NonEmptySet(.newMember)) async throws -> Content {
        let member = try await addMember(fixture, author)
        let stored = PostState.held(reasons).stored
        let (thread, post) = try await ForumStore(database: fixture.database).createThread(
            space: "housing", title: "Moving house", authorID: member.id, day: "2023-11-13",
            body: body, state: stored.state, stateDetail: stored.detail)
        return Content(member: member, thread: thread, post: post)
    }

    /// A thread whose first post is published and reported by `reports` other members, then
    /// visible-reported or hidden as the standard policy says.
    static func reportedPost(_ fixture: Fixture, body: String, reports: Int) async throws -> Content {
        let member = try await addMember(fixture, "BrightHarbour7")
        let posts = ForumStore(database: fixture.database)
        let (thread, post) = try await posts.createThread(
            space: "housing", title: "Landlords", authorID: member.id, day: "2023-11-13", body: body, state: .visible)
        var state = PostState.visible
        for index in 0..<reports {
            let reporter = try await addMember(fixture, "Reporter\(index)")
            let count = try await posts.addReport(postID: post.id, reporterID: reporter.id)
            state = try ModerationPolicy.standard.afterReport(state, reportCount: ReportCount(count)!)
        }
        try await posts.setState(postID: post.id, to: state.stored.state, stateDetail: state.stored.detail)
        return Content(member: member, thread: thread, post: post)
    }

    static func audit(_ fixture: Fixture) async throws -> [StoredAuditEntry] {
        try await AuditLog(database: fixture.database).entries(limit: 1000)
    }
}

/// A browser with the staff session cookie and the session's CSRF token.
struct StaffBrowser {
    let client: any TestClientProtocol
    let cookie: String
    var csrf: String

    func get(_ uri: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: [.cookie: cookie], body: nil)
    }

    enum Token {
        case session
        case missing
        case other(String)
    }

    /// Posts the form with this session's CSRF token, none, or another.
    func post(_ uri: String, _ fields: [(String, String)] = [], token: Token = .session) async throws -> TestResponse {
        var all = fields
        switch token {
        case .session: all.append(("_csrf", csrf))
        case .missing: break
        case .other(let other): all.append(("_csrf", other))
        }
        var headers = formHeaders
        headers[.cookie] = cookie
        return try await client.execute(uri: uri, method: .post, headers: headers, body: formBody(all))
    }
}
