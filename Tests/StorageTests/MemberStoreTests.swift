import Foundation
import GRDB
@testable import Storage
import Testing

@Suite struct MemberStoreTests {
    @Test func aMemberIsFoundByPseudonymOrRecoveryCodeAndNothingElseIsKept() async throws {
        let fixture = try ForumFixture()
        let created = try await fixture.members.create(pseudonym: "QuietOtter42", passphraseHash: "hash-1", recoveryHash: Data([9, 9]),
                                                       joinedDay: "2026-11-22", spaces: ["riverside", "general-women"])
        #expect(created.publishedPosts == 0)
        #expect(created.warnings == 0)
        #expect(created.restriction == .none)
        #expect(created.sessionEpoch == 0)
        #expect(created.spaces == ["general-women", "riverside"])
        #expect(try await fixture.members.find(pseudonym: "QuietOtter42") == created)
        #expect(try await fixture.members.find(recoveryHash: Data([9, 9])) == created)
        #expect(try await fixture.members.find(pseudonym: "quietotter42") == nil)

        try await fixture.members.updatePassphraseHash(id: created.id, to: "hash-2")
        try await fixture.members.updateRecoveryHash(id: created.id, to: Data([7]))
        try await fixture.members.addSpace(id: created.id, space: "riverside")
        try await fixture.members.addSpace(id: created.id, space: "north")
        let updated = try #require(try await fixture.members.member(id: created.id))
        #expect(updated.passphraseHash == "hash-2")
        #expect(try await fixture.members.find(recoveryHash: Data([9, 9])) == nil)
        #expect(updated.recoveryHash == Data([7]))
        #expect(updated.spaces == ["general-women", "north", "riverside"])
    }

    @Test func pseudonymsAndRecoveryCodesAreUnique() async throws {
        let fixture = try ForumFixture()
        _ = try await fixture.members.create(pseudonym: "QuietOtter42", passphraseHash: "h", recoveryHash: Data([1]), joinedDay: ForumFixture.day)
        await #expect(throws: ForumStorageError.pseudonymTaken) {
            _ = try await fixture.members.create(pseudonym: "QuietOtter42", passphraseHash: "h", recoveryHash: Data([2]), joinedDay: ForumFixture.day)
        }
        await #expect(throws: ForumStorageError.recoveryCodeTaken) {
            _ = try await fixture.members.create(pseudonym: "BrightHeron17", passphraseHash: "h", recoveryHash: Data([1]), joinedDay: ForumFixture.day)
        }
        await #expect(throws: ForumStorageError.invalidDay) {
            _ = try await fixture.members.create(pseudonym: "BrightHeron17", passphraseHash: "h", recoveryHash: Data([3]),
                                                 joinedDay: "2026-11-22T09:15:00Z")
        }
        #expect(try await fixture.members.count() == 1)
    }

    @Test func standingIsRecordedWholeAndStaysConsistent() async throws {
        let fixture = try ForumFixture()
        let member = try await fixture.member("QuietOtter42")
        let members = fixture.members
        #expect(try await members.recordWarning(id: member.id) == 1)
        #expect(try await members.recordWarning(id: member.id) == 2)
        try await members.setRestriction(id: member.id, .suspended(until: "2026-12-01T00:00:00Z", reason: "Cooling off."))
        var stored = try #require(try await members.member(id: member.id))
        #expect(stored.warnings == 2)
        #expect(stored.restriction == .suspended(until: "2026-12-01T00:00:00Z", reason: "Cooling off."))

        try await members.setStanding(id: member.id, warnings: 3, restriction: .banned(reason: "Threats."))
        stored = try #require(try await members.member(id: member.id))
        #expect(stored.warnings == 3)
        #expect(stored.restriction == .banned(reason: "Threats."))

        #expect(try await members.incrementPublishedPosts(id: member.id) == 1)
        #expect(try await members.incrementPublishedPosts(id: member.id) == 2)

        await #expect(throws: ForumStorageError.notFound) { try await members.recordWarning(id: 1) }
        // The schema refuses a restriction that does not hang together.
        for sql in [
            "UPDATE member SET restriction = 'suspended', restrictedUntil = NULL WHERE id = \(member.id)",
            "UPDATE member SET restriction = 'none' WHERE id = \(member.id)",
            "UPDATE member SET restriction = 'exiled' WHERE id = \(member.id)",
            "UPDATE member SET warnings = -1 WHERE id = \(member.id)",
        ] {
            await #expect(throws: (any Error).self, "\(sql)") { try await fixture.database.executeForTesting(sql) }
        }
    }

    /// A member read by position with SQLite's own functions (`RawRows`), by id, by pseudonym and
    /// with her session, is the member GRDB's own reading of her row by name gives.
    @Test func aMemberIsReadAsGRDBReadsHerRow() async throws {
        let fixture = try ForumFixture()
        let created = try await fixture.members.create(pseudonym: "QuietOtter42", passphraseHash: "hash-é", recoveryHash: Data([0, 9, 255]),
                                                       joinedDay: "2026-11-22", spaces: ["riverside", "general-women"])
        let sessions = KeyValueStore(database: fixture.database)
        try await sessions.create(key: "s", value: Data("v".utf8), expires: nil, owner: .member(created.id), now: 1)
        for restriction in [StoredRestriction.none, .suspended(until: "2026-12-01T00:00:00Z", reason: "Cooling off."), .banned(reason: "Threats.")] {
            try await fixture.members.setStanding(id: created.id, warnings: 2, restriction: restriction)
            _ = try await fixture.members.incrementPublishedPosts(id: created.id)
            let row = try #require(try fixture.database.connection.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM member WHERE id = ?", arguments: [created.id])
            })
            let columns = restriction.columns
            let reference = ForumMember(
                id: row["id"], pseudonym: row["pseudonym"], passphraseHash: row["passphraseHash"], recoveryHash: row["recoveryHash"],
                joinedDay: row["joinedDay"], publishedPosts: row["publishedPosts"], warnings: row["warnings"],
                restriction: row["restriction"] == columns.kind && row["restrictedUntil"] == columns.until && row["restrictionReason"] == columns.reason
                    ? restriction : .none,
                spaces: StorageSpace.decode(row["spaces"]), sessionEpoch: row["sessionEpoch"])
            #expect(reference.restriction == restriction && reference.recoveryHash == Data([0, 9, 255]) && reference.publishedPosts > 0)
            #expect(try await fixture.members.member(id: created.id) == reference)
            #expect(try await fixture.members.find(pseudonym: "QuietOtter42") == reference)
            #expect(try await sessions.sessionEntry(key: "s", now: 2)?.owner == .member(reference))
        }
    }
}

@Suite struct StaffStoreTests {
    @Test func staffAreFoundByNameIgnoringCase() async throws {
        let fixture = try ForumFixture()
        let sam = try await fixture.staff.add(name: "Sam", role: .moderator, passphraseHash: "h", totpSecret: "JBSWY3DPEHPK3PXP")
        #expect(try await fixture.staff.find(name: "sam") == sam)
        await #expect(throws: ForumStorageError.staffNameTaken) {
            _ = try await fixture.staff.add(name: "SAM", role: .admin, passphraseHash: "h", totpSecret: "s")
        }
        try await fixture.staff.setRole(id: sam.id, to: .admin)
        try await fixture.staff.updatePassphraseHash(id: sam.id, to: "h2")
        let updated = try #require(try await fixture.staff.account(id: sam.id))
        #expect(updated.role == .admin)
        #expect(updated.passphraseHash == "h2")
        #expect(try await fixture.staff.bumpSessionEpoch(id: sam.id) == 1)
        #expect(try await fixture.staff.bumpSessionEpoch(id: sam.id) == 2)
        await #expect(throws: (any Error).self) {
            try await fixture.database.executeForTesting("UPDATE staff SET role = 'member' WHERE id = \(sam.id)")
        }
        try await fixture.staff.remove(id: sam.id)
        #expect(try await fixture.staff.all() == [])
    }

    @Test func aTOTPTimeStepIsAcceptedOnce() async throws {
        let fixture = try ForumFixture()
        let sam = try await fixture.staff.add(name: "Sam", role: .moderator, passphraseHash: "h", totpSecret: "s")
        #expect(try await fixture.staff.acceptTOTP(id: sam.id, counter: 58_000_000))
        #expect(try await !fixture.staff.acceptTOTP(id: sam.id, counter: 58_000_000))
        #expect(try await !fixture.staff.acceptTOTP(id: sam.id, counter: 57_999_999))
        #expect(try await fixture.staff.acceptTOTP(id: sam.id, counter: 58_000_001))
    }
}

/// The forum's migration leaves the survey side as it was.
@Suite struct MigrationTests {
    @Test func aSurveyDatabaseGainsTheForumAndKeepsItsResponses() async throws {
        let directory = ResponseStoreTests.temporaryDirectory()
        let response = ResponseStoreTests.response(7, hash: 7)
        try ChorusDatabase.makeV1OnlyDatabaseForTesting(directory: directory, response: response)

        let database = try ChorusDatabase(directory: directory)
        #expect(try database.appliedMigrationsForTesting() == ["v1: sealed responses", "v2: forum", "v3: published findings"])
        let responses = ResponseStore(database: database)
        #expect(try await responses.count() == 1)
        var exported: [SealedResponse] = []
        _ = try responses.export { exported.append($0) }
        #expect(exported.map(\.id) == [response.id])
        #expect(exported.first?.box == response.box)
        #expect(try await responses.withdraw(codeHash: response.withdrawalHash) == .deletedAndRecordedForNextReport)
        #expect(try database.pragma("foreign_keys") == "1")
        #expect(try database.pragma("secure_delete") == "1")
        #expect(try database.pragma("page_size") == String(ChorusDatabase.pageSize))
    }
}
