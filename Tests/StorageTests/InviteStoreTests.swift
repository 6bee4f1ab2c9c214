import Foundation
@testable import Storage
import Testing

@Suite struct InviteStoreTests {
    static func hash(_ byte: UInt8) -> Data { Data(repeating: byte, count: 32) }

    @Test func redeemingDeletesTheRowSoTheNoteIsInNoFile() async throws {
        let fixture = try ForumFixture()
        let invites = fixture.invites
        let note = "Batch for the Riverside refuge \(UUID().uuidString)"
        try await invites.create(codeHashes: [Self.hash(1)], space: "riverside", expiresDay: "2026-12-31", note: note)
        try await invites.create(codeHashes: [Self.hash(2), Self.hash(3)], space: nil, expiresDay: "2026-12-31", note: "Another batch")
        #expect(try fixture.anyFileHolds(note))

        let redeemed = try await invites.redeem(codeHash: Self.hash(1), today: "2026-11-22")
        #expect(redeemed == RedeemedInvite(space: "riverside"))
        #expect(try await invites.count() == 2)
        #expect(try fixture.filesHolding(note) == [])
        #expect(try fixture.filesHolding("riverside") == [])

        // Used once, then never again.
        #expect(try await invites.redeem(codeHash: Self.hash(1), today: "2026-11-22") == nil)
        #expect(try await invites.redeem(codeHash: Self.hash(2), today: "2026-11-22") == RedeemedInvite(space: nil))
        #expect(try await invites.count() == 1)
    }

    @Test func anExpiredInviteIsRefusedAndDeleted() async throws {
        let fixture = try ForumFixture()
        let invites = fixture.invites
        try await invites.create(codeHashes: [Self.hash(1), Self.hash(2)], space: nil, expiresDay: "2026-11-22", note: "soon")
        // Usable on its last day...
        #expect(try await invites.isRedeemable(codeHash: Self.hash(1), today: "2026-11-22"))
        #expect(try await invites.redeem(codeHash: Self.hash(1), today: "2026-11-22") == RedeemedInvite(space: nil))
        // ...not the day after, and the attempt deletes it.
        #expect(try await !invites.isRedeemable(codeHash: Self.hash(2), today: "2026-11-23"))
        #expect(try await invites.redeem(codeHash: Self.hash(2), today: "2026-11-23") == nil)
        #expect(try await invites.count() == 0)
        #expect(try fixture.filesHolding("soon") == [])
    }

    @Test func purgingDeletesOnlyExpiredInvites() async throws {
        let fixture = try ForumFixture()
        try await fixture.invites.create(codeHashes: [Self.hash(1)], space: nil, expiresDay: "2026-01-31")
        try await fixture.invites.create(codeHashes: [Self.hash(2)], space: nil, expiresDay: "2026-02-28")
        #expect(try await fixture.invites.purgeExpired(today: "2026-02-01") == 1)
        #expect(try await fixture.invites.count() == 1)
    }

    @Test func aDayWithATimeIsRefused() async throws {
        let fixture = try ForumFixture()
        await #expect(throws: ForumStorageError.invalidDay) {
            try await fixture.invites.create(codeHashes: [Self.hash(1)], space: nil, expiresDay: "2026-11-22T10:00:00Z")
        }
        await #expect(throws: ForumStorageError.invalidDay) {
            _ = try await fixture.invites.redeem(codeHash: Self.hash(1), today: "22/11/2026")
        }
        #expect(try await fixture.invites.count() == 0)
    }

    @Test func joiningSpendsTheInviteOnlyIfTheMemberIsCreated() async throws {
        let fixture = try ForumFixture()
        try await fixture.invites.create(codeHashes: [Self.hash(1), Self.hash(2)], space: "riverside", expiresDay: "2026-12-31", note: "n")
        let first = try #require(try await fixture.members.join(
            inviteCodeHash: Self.hash(1), today: "2026-11-22", pseudonym: "QuietOtter42",
            passphraseHash: "h", recoveryHash: Data([1])))
        #expect(first.spaces == ["riverside"])
        #expect(first.joinedDay == "2026-11-22")

        // A taken pseudonym: nothing is created and the second invite stays unspent.
        await #expect(throws: ForumStorageError.pseudonymTaken) {
            _ = try await fixture.members.join(inviteCodeHash: Self.hash(2), today: "2026-11-22", pseudonym: "QuietOtter42",
                                               passphraseHash: "h", recoveryHash: Data([2]))
        }
        #expect(try await fixture.invites.count() == 1)
        // A spent code creates nobody.
        #expect(try await fixture.members.join(inviteCodeHash: Self.hash(1), today: "2026-11-22", pseudonym: "BrightHeron17",
                                               passphraseHash: "h", recoveryHash: Data([3])) == nil)
        #expect(try await fixture.members.count() == 1)
    }
}
