import Foundation
import Forum
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Sealing
import Storage
import Synchronization
import Testing
@testable import WebApp

/// A clock tests move by hand: rate limits, slow mode and edit windows depend on it.
final class TestClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_700_000_000)) { current = Mutex(start) }

    var now: Date { current.withLock { $0 } }

    func advance(minutes: Double) { current.withLock { $0 = $0.addingTimeInterval(minutes * 60) } }
}

/// A web app with a forum, on a fresh database, with a clock the test moves.
struct ForumFixture {
    let base: Fixture
    let clock = TestClock()
    var forum = ForumConfiguration()

    init(forum: ForumConfiguration = ForumConfiguration()) throws {
        base = try Fixture()
        self.forum = forum
    }

    var database: ChorusDatabase { base.database }
    var members: MemberStore { MemberStore(database: database) }
    var posts: ForumStore { ForumStore(database: database) }
    var invites: InviteStore { InviteStore(database: database) }
    var sessions: KeyValueStore { KeyValueStore(database: database) }

    var configuration: WebAppConfiguration {
        var configuration = base.configuration
        let clock = self.clock
        configuration.clock = { clock.now }
        configuration.forum = forum
        return configuration
    }

    func withApp(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = try await buildApplication(configuration)
        try await app.test(.router, body)
    }

    static let passphrase = "lantern orchard umbrella"

    /// A member made straight in storage (joined on the fixture's day), with `published` posts
    /// already counted so the new-member hold is over when it is 3 or more.
    @discardableResult
    func makeMember(_ pseudonym: String, published: Int = 0, spaces: [String] = [], joinedDay: String = "2023-10-01") async throws -> ForumMember {
        let hash = try PassphraseHash.hash(Array(Self.passphrase.utf8))
        let member = try await members.create(
            pseudonym: pseudonym, passphraseHash: hash, recoveryHash: Data(RecoveryCode.generate().storageHash),
            joinedDay: joinedDay, spaces: spaces)
        for _ in 0..<published { _ = try await members.incrementPublishedPosts(id: member.id) }
        return try await members.member(id: member.id)!
    }

    /// Fresh invite codes, stored as the CLI stores them.
    func makeInvites(_ count: Int = 1, space: String? = nil) async throws -> [InviteCode] {
        let codes = (0..<count).map { _ in InviteCode.generate() }
        try await invites.create(codeHashes: codes.map { Data($0.storageHash) }, space: space, expiresDay: "2023-12-31")
        return codes
    }

    /// Every byte of the database's files (the main file, and the log if there is one).
    func fileBytes() throws -> Data {
        var all = Data()
        for name in try FileManager.default.contentsOfDirectory(atPath: base.directory.path) {
            if let data = FileManager.default.contents(atPath: base.directory.appendingPathComponent(name).path) { all.append(data) }
        }
        return all
    }
}

/// One browser: keeps the cookies the server sets (sending each only under its path, as a
/// browser does) and the CSRF token of the last page it read.
struct Browser {
    let client: any TestClientProtocol
    private(set) var cookies: [String: (value: String, path: String)] = [:]
    private(set) var csrf: String?
    private(set) var setCookieHeaders: [String] = []

    init(_ client: any TestClientProtocol) { self.client = client }

    mutating func get(_ uri: String) async throws -> TestResponse {
        try await send(uri, method: .get, body: nil, headers: [:])
    }

    /// Posts a form; the page's CSRF token is added unless `token` says otherwise.
    mutating func post(_ uri: String, _ fields: [(String, String)] = [], token: String?? = .none, headers extra: HTTPFields = [:]) async throws -> TestResponse {
        var fields = fields
        switch token {
        case .none: if let csrf { fields.append(("_csrf", csrf)) }
        case .some(let chosen?): fields.append(("_csrf", chosen))
        case .some(nil): break
        }
        var headers = formHeaders
        for field in extra { headers[field.name] = field.value }
        return try await send(uri, method: .post, body: formBody(fields), headers: headers)
    }

    private mutating func send(_ uri: String, method: HTTPRequest.Method, body: ByteBuffer?, headers: HTTPFields) async throws -> TestResponse {
        var headers = headers
        let path = String(uri.prefix { $0 != "?" && $0 != "#" })
        let sent = cookies.filter { path == $0.value.path || path.hasPrefix($0.value.path + "/") }
            .map { "\($0.key)=\($0.value.value)" }
        if !sent.isEmpty { headers[.cookie] = sent.joined(separator: "; ") }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        for header in response.headers[values: .setCookie] {
            setCookieHeaders.append(header)
            let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let pair = parts.first?.split(separator: "=", maxSplits: 1), pair.count == 2 else { continue }
            let cookiePath = parts.first { $0.lowercased().hasPrefix("path=") }.map { String($0.dropFirst(5)) } ?? "/"
            let expired = parts.contains { part in
                guard part.lowercased().hasPrefix("expires="), let date = Self.cookieDate(String(part.dropFirst(8))) else { return false }
                return date <= Date().addingTimeInterval(1)
            }
            if expired { cookies[String(pair[0])] = nil } else { cookies[String(pair[0])] = (String(pair[1]), cookiePath) }
        }
        if let token = Self.lastToken(in: response.text) { csrf = token }
        return response
    }

    static func lastToken(in html: String) -> String? {
        guard let range = html.range(of: "name=\"_csrf\" value=\"", options: .backwards) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func cookieDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEE, dd-MMM-yyyy HH:mm:ss zzz"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }

    /// Signs in as a member made by `ForumFixture.makeMember`.
    mutating func signIn(_ pseudonym: String, passphrase: String = ForumFixture.passphrase) async throws {
        let response = try await post("/forum/sign-in", [("pseudonym", pseudonym), ("passphrase", passphrase)])
        #expect(response.status == .seeOther, "signing in as \(pseudonym)")
        _ = try await get("/forum")
    }

    /// Starts a thread; returns its id, read from the redirect.
    mutating func startThread(in space: String = "housing", title: String = "Finding a flat", body: String) async throws -> Int64? {
        _ = try await get("/forum/spaces/\(space)/new")
        let response = try await post("/forum/spaces/\(space)/new", [("title", title), ("body", body)])
        guard response.status == .seeOther, let location = response.headers[.location] else { return nil }
        return Int64(location.split(separator: "/").last ?? "")
    }

    /// Replies in a thread; returns the new post's id, read from the redirect.
    mutating func reply(in thread: Int64, _ body: String) async throws -> (TestResponse, Int64?) {
        _ = try await get("/forum/threads/\(thread)")
        let response = try await post("/forum/threads/\(thread)/reply", [("body", body)])
        let id = response.headers[.location].flatMap { $0.split(separator: "-").last }.flatMap { Int64($0) }
        return (response, id)
    }
}
