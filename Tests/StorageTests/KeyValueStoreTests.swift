import Foundation
@testable import Storage
import Testing

@Suite struct KeyValueStoreTests {
    @Test func valuesExpireAtTheirTime() async throws {
        let store = try ForumFixture().keyValues
        try await store.create(key: "a", value: Data("one".utf8), expires: 1_000, now: 900)
        #expect(try await store.get(key: "a", now: 999) == Data("one".utf8))
        // At its expiry time it is gone, and the row with it.
        #expect(try await store.get(key: "a", now: 1_000) == nil)
        #expect(try await store.count() == 0)
    }

    @Test func createRefusesALiveKeyButTakesAnExpiredOne() async throws {
        let store = try ForumFixture().keyValues
        try await store.create(key: "a", value: Data("one".utf8), expires: 1_000, now: 900)
        await #expect(throws: ForumStorageError.keyExists) {
            try await store.create(key: "a", value: Data("two".utf8), expires: 2_000, now: 950)
        }
        #expect(try await store.get(key: "a", now: 960) == Data("one".utf8))
        try await store.create(key: "a", value: Data("three".utf8), expires: 3_000, now: 1_500)
        #expect(try await store.get(key: "a", now: 1_600) == Data("three".utf8))
    }

    @Test func setReplacesAndRemoveDeletes() async throws {
        let store = try ForumFixture().keyValues
        try await store.set(key: "a", value: Data("one".utf8), expires: nil)
        try await store.set(key: "a", value: Data("two".utf8), expires: nil)
        #expect(try await store.get(key: "a", now: Int64.max) == Data("two".utf8))  // no expiry: never expires
        try await store.remove(key: "a")
        #expect(try await store.get(key: "a") == nil)
        try await store.remove(key: "a")  // removing nothing is fine
    }

    @Test func purgeDeletesOnlyExpiredValues() async throws {
        let store = try ForumFixture().keyValues
        try await store.set(key: "old", value: Data([1]), expires: 100)
        try await store.set(key: "due", value: Data([2]), expires: 200)
        try await store.set(key: "new", value: Data([3]), expires: 300)
        try await store.set(key: "forever", value: Data([4]), expires: nil)
        #expect(try await store.purgeExpired(now: 200) == 2)
        #expect(try await store.count() == 2)
        #expect(try await store.get(key: "new", now: 250) == Data([3]))
    }

    @Test func loggingOutEverywhereDeletesOnlyHerSessions() async throws {
        let fixture = try ForumFixture()
        let her = try await fixture.member("QuietOtter42")
        let other = try await fixture.member("BrightHeron17")
        let staff = try await fixture.staff.add(name: "Sam", role: .moderator, passphraseHash: "h", totpSecret: "s")
        let store = fixture.keyValues
        try await store.set(key: "phone", value: Data([1]), expires: nil, owner: .member(her.id))
        try await store.set(key: "laptop", value: Data([2]), expires: nil, owner: .member(her.id))
        try await store.set(key: "theirs", value: Data([3]), expires: nil, owner: .member(other.id))
        try await store.set(key: "staff", value: Data([4]), expires: nil, owner: .staff(staff.id))
        try await store.set(key: "anonymous", value: Data([5]), expires: nil)

        #expect(try await fixture.members.bumpSessionEpoch(id: her.id) == 1)
        #expect(try await fixture.members.member(id: her.id)?.sessionEpoch == 1)
        #expect(try await store.get(key: "phone") == nil)
        #expect(try await store.get(key: "laptop") == nil)
        #expect(try await store.count() == 3)

        #expect(try await fixture.staff.bumpSessionEpoch(id: staff.id) == 1)
        #expect(try await store.get(key: "staff") == nil)
        #expect(try await store.get(key: "theirs") == Data([3]))
        #expect(try await store.get(key: "anonymous") == Data([5]))
    }

    /// A session's row comes with the account it names, as that account is now, in one read;
    /// a row that names nobody comes alone, and an expired one not at all.
    @Test func aSessionEntryComesWithItsAccountAsItIsNow() async throws {
        let fixture = try ForumFixture()
        let her = try await fixture.member("QuietOtter42")
        let staff = try await fixture.staff.add(name: "Sam", role: .moderator, passphraseHash: "h", totpSecret: "s")
        let store = fixture.keyValues
        try await store.set(key: "hers", value: Data([1]), expires: 1_000, owner: .member(her.id))
        try await store.set(key: "staff", value: Data([2]), expires: nil, owner: .staff(staff.id))
        try await store.set(key: "nobody", value: Data([3]), expires: nil)

        let entry = try #require(try await store.sessionEntry(key: "hers", now: 900))
        #expect(entry.value == Data([1]) && entry.expires == 1_000)
        #expect(entry.owner == .member(her))
        _ = try await fixture.members.recordWarning(id: her.id)
        let warned = try #require(try await fixture.members.member(id: her.id))
        #expect(try await store.sessionEntry(key: "hers", now: 900)?.owner == .member(warned))
        #expect(try await store.sessionEntry(key: "staff")?.owner == .staff(try #require(try await fixture.staff.account(id: staff.id))))
        let nobody = try #require(try await store.sessionEntry(key: "nobody"))
        #expect(nobody.owner == nil && nobody.value == Data([3]))
        #expect(try await store.sessionEntry(key: "missing") == nil)
        #expect(try await store.sessionEntry(key: "hers", now: 1_000) == nil)
        #expect(try await store.count() == 2, "the expired row went")
    }
}
