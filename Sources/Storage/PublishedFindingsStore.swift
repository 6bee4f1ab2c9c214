import Foundation
import GRDB

/// The findings shown at /findings, and every earlier publication.
///
/// The store keeps text; it does not know the format. Callers store only what the public findings
/// validator (module Findings) accepted and re-encoded, and check it again when they read it back.
///
/// "The current findings" are the latest publication not withdrawn. Withdrawing takes down every
/// publication still up, not only the latest, so the page says nothing is published rather than
/// falling back to an older round: to show an older round again, publish it again.
public struct PublishedFindingsStore: Sendable {
    let database: ChorusDatabase

    /// The largest findings stored, in bytes: the public findings format's own limit (1 MB).
    public static let maximumJSONBytes = 1_000_000

    public init(database: ChorusDatabase) { self.database = database }

    /// Stores `json` as the current findings, published on `day` (`YYYY-MM-DD`) by `publisher`.
    @discardableResult
    public func publish(json: String, day: String, by publisher: FindingsPublisher) async throws -> PublishedFindingsRecord {
        guard StorageDay.isValid(day) else { throw PublishedFindingsError.invalidDay }
        guard json.utf8.count <= Self.maximumJSONBytes else { throw PublishedFindingsError.tooLarge }
        return try await database.connection.write { db in
            try db.execute(sql: "INSERT INTO publishedFindings (json, publishedDay, publishedBy) VALUES (?, ?, ?)",
                           arguments: [json, day, publisher.stored])
            return try Self.record(db, sql: "SELECT * FROM publishedFindings WHERE id = ?", arguments: [db.lastInsertedRowID])!
        }
    }

    /// The latest publication not withdrawn, or nil when nothing is published.
    public func current() async throws -> PublishedFindingsRecord? {
        try await database.fetch { db in
            try Self.record(db, sql: "SELECT * FROM publishedFindings WHERE withdrawnDay IS NULL ORDER BY id DESC LIMIT 1")
        }
    }

    /// Takes every publication still up down, on `day`, by `publisher`. Returns how many were up
    /// (0 when nothing was published: then nothing changes).
    @discardableResult
    public func withdraw(day: String, by publisher: FindingsPublisher) async throws -> Int {
        guard StorageDay.isValid(day) else { throw PublishedFindingsError.invalidDay }
        return try await database.connection.write { db in
            try db.execute(sql: "UPDATE publishedFindings SET withdrawnDay = ?, withdrawnBy = ? WHERE withdrawnDay IS NULL",
                           arguments: [day, publisher.stored])
            return db.changesCount
        }
    }

    /// Every publication, newest first, at most `limit`.
    public func history(limit: Int = 100) async throws -> [PublishedFindingsRecord] {
        try await database.fetch { db in
            try Row.fetchAll(db, sql: "SELECT * FROM publishedFindings ORDER BY id DESC LIMIT ?", arguments: [limit])
                .map(PublishedFindingsRecord.init(row:))
        }
    }

    private static func record(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> PublishedFindingsRecord? {
        try Row.fetchOne(db, sql: sql, arguments: arguments).map(PublishedFindingsRecord.init(row:))
    }
}
