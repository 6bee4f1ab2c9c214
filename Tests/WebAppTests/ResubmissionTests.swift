import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing
@testable import WebApp

/// After she leaves, whoever holds her phone can press Back and let the browser resend a page.
/// A resent page must show nothing of hers and store nothing twice.
@Suite struct ResubmissionTests {
    static func token(in html: String) throws -> String {
        let start = try #require(html.range(of: "name=\"_token\" value=\""))
        return String(html[start.upperBound...].prefix { $0 != "\"" })
    }

    @Test func aResentPageShowsNothingOfHersAndStoresNothingTwice() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let first = try await client.execute(uri: "/s/test-survey", method: .get).text
            let pageOne = formBody([("contact", "police"), ("age", "over_35"), ("_page", "0"), ("_action", "next"), ("_token", try Self.token(in: first))])
            let second = try await client.execute(uri: "/s/test-survey", method: .post, headers: formHeaders, body: pageOne)
            #expect(second.status == .ok)
            #expect(second.text.contains("<input type=\"hidden\" name=\"age\" value=\"over_35\">"))

            // The browser resends page one: expired, and her earlier answers are not in the page.
            let replay = try await client.execute(uri: "/s/test-survey", method: .post, headers: formHeaders, body: pageOne)
            #expect(replay.status == .gone)
            #expect(replay.text.contains("This page has expired"))
            #expect(!replay.text.contains("over_35"))
            #expect(replay.text.contains("id=\"quick-exit\""))

            let final = formBody([("contact", "police"), ("age", "over_35"), ("police_comment", "only mine"), ("_page", "1"),
                                  ("_action", "next"), ("_token", try Self.token(in: second.text))])
            let thanks = try await client.execute(uri: "/s/test-survey", method: .post, headers: formHeaders, body: final)
            #expect(thanks.text.contains("id=\"withdrawal-code\""))
            let resent = try await client.execute(uri: "/s/test-survey", method: .post, headers: formHeaders, body: final)
            #expect(resent.status == .gone)
            #expect(!resent.text.contains("withdrawal-code"))
            #expect(!resent.text.contains("only mine"))
        }
        #expect(try await fixture.store.count() == 1)
    }

    @Test func anUnknownTokenIsRefused() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/s/one-page", method: .post, headers: formHeaders,
                body: formBody([("helped", "yes"), ("_page", "0"), ("_token", String(repeating: "0", count: 32))]))
            #expect(response.status == .gone)
        }
        #expect(try await fixture.store.count() == 0)
    }

    static let key = [UInt8](repeating: 7, count: 32)

    @Test func tokensWorkOnceAndExpire() async {
        let now = LockedDate(Date(timeIntervalSince1970: 0))
        let tokens = PageTokens(key: Self.key, clock: { now.value })
        let first = await tokens.issue()
        let second = await tokens.issue()
        #expect(first != second)
        #expect(await tokens.redeem(first))
        #expect(await !tokens.redeem(first))
        now.value = Date(timeIntervalSince1970: PageTokens.lifetime + PageTokens.window + 1)
        #expect(await !tokens.redeem(second))
    }

    @Test func aTokenIsOnlyGoodFromThisServerAndUnchanged() async {
        let tokens = PageTokens(key: Self.key)
        let other = PageTokens(key: [UInt8](repeating: 8, count: 32))
        let token = await tokens.issue()
        #expect(await !other.redeem(token), "another key's server must refuse it")
        // A later expiry written into the token breaks its MAC.
        let parts = token.split(separator: ".")
        let stretched = String(parts[0].prefix(32)) + "ffffff" + "." + parts[1]
        #expect(await !tokens.redeem(stretched))
        for junk in ["", ".", "zz.zz", String(repeating: "a", count: 100), token + "0"] {
            #expect(await !tokens.redeem(junk))
        }
        #expect(await tokens.redeem(token))
    }

    /// A deploy restarts the server: a page issued before it still posts after it, because the key
    /// is kept in the database.
    @Test func aPageOpenAcrossARestartStillPosts() async throws {
        let fixture = try Fixture()
        let key = try PageTokens.key(in: fixture.database)
        #expect(try PageTokens.key(in: fixture.database) == key)
        let before = PageTokens(key: key)
        let token = await before.issue()
        let after = PageTokens(key: try PageTokens.key(in: fixture.database))
        #expect(await after.redeem(token))
    }

    @Test func usedTokensAreForgottenWhenFull() async {
        let now = LockedDate(Date(timeIntervalSince1970: 0))
        let tokens = PageTokens(key: Self.key, clock: { now.value })
        var issued: [String] = []
        for _ in 0..<(PageTokens.capacity + 10) { issued.append(await tokens.issue()) }
        for token in issued { _ = await tokens.redeem(token) }
        #expect(await tokens.spentCount <= PageTokens.capacity)
        // After they expire, a burst never keeps what has expired.
        now.value = Date(timeIntervalSince1970: PageTokens.lifetime + PageTokens.window + 1)
        for _ in 0..<(PageTokens.capacity / 10) { _ = await tokens.redeem(await tokens.issue()) }
        #expect(await tokens.spentCount <= PageTokens.capacity)
    }
}

final class LockedDate: @unchecked Sendable {
    private let lock = NSLock()
    private var date: Date
    init(_ date: Date) { self.date = date }
    var value: Date {
        get { lock.lock(); defer { lock.unlock() }; return date }
        set { lock.lock(); date = newValue; lock.unlock() }
    }
}
