import Foundation
@testable import Storage

/// Shared helpers for the forum storage tests: a fresh database, members, and a look at the raw files.
struct ForumFixture {
    let directory: URL
    let database: ChorusDatabase
    var members: MemberStore { MemberStore(database: database) }
    var forum: ForumStore { ForumStore(database: database) }
    var invites: InviteStore { InviteStore(database: database) }
    var staff: StaffStore { StaffStore(database: database) }
    var audit: AuditLog { AuditLog(database: database) }
    var keyValues: KeyValueStore { KeyValueStore(database: database) }

    static let day = "2026-11-22"

    init() throws {
        directory = ResponseStoreTests.temporaryDirectory()
        database = try ChorusDatabase(directory: directory)
    }

    /// A member with a unique pseudonym and recovery hash.
    func member(_ name: String) async throws -> ForumMember {
        try await members.create(
            pseudonym: name, passphraseHash: "$argon2id$v=19$m=65536,t=2,p=1$fake$\(name)",
            recoveryHash: Data(UUID().uuidString.utf8), joinedDay: Self.day)
    }

    /// The names of the files in the data folder (the database, its log, anything else) that
    /// hold `marker`'s bytes.
    func filesHolding(_ marker: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        return names.filter { name in
            let bytes = (try? Data(contentsOf: directory.appendingPathComponent(name))) ?? Data()
            return bytes.range(of: Data(marker.utf8)) != nil
        }.sorted()
    }

    /// Whether any file in the data folder (the database, its journal, anything else) holds `marker`.
    func anyFileHolds(_ marker: String) throws -> Bool {
        try !filesHolding(marker).isEmpty
    }

    func count(_ sql: String) async throws -> Int {
        try await database.fetchIntForTesting(sql) ?? -1
    }
}
