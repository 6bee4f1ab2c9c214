import Foundation
import Hummingbird
import Storage
import Testing
@testable import WebApp

/// A session row is one line of text; rows in the earlier keyed JSON are still read, and anything
/// else is refused (so the session is dropped, never half-read).
@Suite struct ChorusSessionTests {
    static let now = Date(timeIntervalSince1970: 1_796_580_000)

    @Test func aSessionComesBackAsItWasStored() throws {
        for account in [ChorusSession.Account.member(5_672_747_363_984_866_073), .staff(3), .member(-1)] {
            let session = ChorusSession(account: account, epoch: 4, lifetime: 12 * 3600, now: Self.now)
            let stored = try JSONEncoder().encode(session)
            #expect(String(decoding: stored, as: UTF8.self) == "\"\(session.line)\"")
            #expect(try JSONDecoder().decode(ChorusSession.self, from: stored) == session)
        }
    }

    @Test func aRowInTheKeyedFormIsStillRead() throws {
        let keyed = #"{"epoch":2,"endsAt":1796626800,"account":{"member":{"_0":5672747363984866073}},"csrfToken":"fafc33eb"}"#
        let session = try JSONDecoder().decode(ChorusSession.self, from: Data(keyed.utf8))
        #expect(session.account == .member(5_672_747_363_984_866_073))
        #expect(session.epoch == 2 && session.endsAt == 1_796_626_800 && session.csrfToken == "fafc33eb")
        let staff = #"{"epoch":0,"endsAt":1,"account":{"staff":{"_0":9}},"csrfToken":"t"}"#
        #expect(try JSONDecoder().decode(ChorusSession.self, from: Data(staff.utf8)).account == .staff(9))
    }

    /// The driver reads a plain stored line without JSONDecoder; whatever a row holds, that
    /// gives JSONDecoder's answer.
    @Test func theQuickReadingAgreesWithJSONDecoder() throws {
        let session = ChorusSession(account: .member(42), epoch: 3, lifetime: 3600, now: Self.now)
        var rows = [try JSONEncoder().encode(session), try JSONEncoder().encode(ChorusSession(account: .staff(7), epoch: 0, lifetime: 60, now: Self.now))]
        let line = session.line
        rows += [
            "\"\(line)\"", "\"\\u0076\(line.dropFirst())\"", "\"\(line.dropLast())\\u0041\"", "\"\(line)\\\"\"",
            "\"\(line)\\n\"", "\"\(line)\u{7F}\"", "\"\(line)\t\"", "\"\(line)é\"", "\"\(line)", "\(line)\"", "\"", "\"\"", "",
            " \"\(line)\"", "\"\(line)\" ", "[\"\(line)\"]",
            #"{"epoch":2,"endsAt":1796626800,"account":{"member":{"_0":56}},"csrfToken":"fafc33eb"}"#,
        ].map { Data($0.utf8) }
        rows.append(Data([0x22] + Array(line.utf8) + [0xFF, 0x22]))
        for row in rows {
            let expected = try? JSONDecoder().decode(ChorusSession.self, from: row)
            #expect(ChorusSession.decoding(storedJSON: row) == expected, "\(String(decoding: row, as: UTF8.self))")
        }
        #expect(ChorusSession.decoding(storedJSON: rows[0]) == session)
    }

    @Test func anythingElseIsRefused() {
        for line in ["", "v1 member 1 0 2", "v2 member 1 0 2 tok", "v1 member 1 0 2 tok extra", "v1 admin 1 0 2 tok",
                     "v1 member x 0 2 tok", "v1 member 1 0.5 2 tok", "v1 member 1 0 2 ", "v1  member 1 0 2 tok",
                     "v1 member 99999999999999999999 0 2 tok", "v1 member 1 0 2 \u{301}tok", "v1 member 1 0 2 tok\u{301}",
                     "v1 member 1 0 2 t\tk", "v1 member 1 0 2 tök"] {
            #expect(ChorusSession(line: line) == nil, "\(line)")
            #expect(throws: (any Error).self) { try JSONDecoder().decode(ChorusSession.self, from: JSONEncoder().encode(line)) }
        }
        #expect(throws: (any Error).self) { try JSONDecoder().decode(ChorusSession.self, from: Data(#"{"epoch":1}"#.utf8)) }
        #expect(ChorusSession(line: "v1 staff 7 3 4 abc")?.account == .staff(7))
    }

    /// Through the driver and the database: what is stored is the line, under the hashed key.
    @Test func theDriverStoresTheLine() async throws {
        let fixture = try ForumFixture()
        let driver = DatabaseSessionDriver(store: fixture.sessions, clock: { Self.now })
        let member = try await fixture.makeMember("QuietOtter11")
        let session = ChorusSession(account: .member(member.id), epoch: 0, lifetime: 3600, now: Self.now)
        try await driver.create(key: "cookie-id", value: session, expires: .seconds(600))
        let row = try #require(try await fixture.sessions.entry(key: DatabaseSessionDriver.storageKey("cookie-id"), now: Int64(Self.now.timeIntervalSince1970)))
        #expect(String(decoding: row.value, as: UTF8.self) == "\"\(session.line)\"")
        #expect(try await driver.get(key: "cookie-id", as: ChorusSession.self) == session)
        // The account comes with it, as it is now, for `SignedInMiddleware`; it is never stored.
        let read = try #require(try await driver.get(key: "cookie-id", as: ChorusSession.self))
        #expect(read.owner == .member(try #require(try await fixture.members.member(id: member.id))))
        _ = try await fixture.members.recordWarning(id: member.id)
        let later = try #require(try await driver.get(key: "cookie-id", as: ChorusSession.self))
        #expect(later.owner == .member(try #require(try await fixture.members.member(id: member.id))))
        #expect(later == read, "the account is not part of the session's equality")
        #expect(!String(decoding: try JSONEncoder().encode(read), as: UTF8.self).contains(member.pseudonym))
    }
}
