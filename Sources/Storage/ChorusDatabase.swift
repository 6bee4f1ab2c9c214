import Foundation
import GRDB

/// The server's one SQLite database, in the data folder.
///
/// - WAL, so survivors' submissions do not wait for an export to finish.
/// - `synchronous = FULL`: a response we have acknowledged survives a power cut.
/// - `secure_delete = ON`: deleted rows (withdrawn answers, deleted posts) are overwritten, not just unlinked.
/// - Statement arguments never appear in GRDB's errors or traces (`publicStatementArguments` stays false).
public final class ChorusDatabase: Sendable {
    let pool: DatabasePool
    public let fileURL: URL

    public static let fileName = "chorus.sqlite"

    /// Opens (creating if needed) the database in `directory`, which is created readable by its owner only.
    public init(directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        fileURL = directory.appendingPathComponent(Self.fileName)
        var configuration = Configuration()
        configuration.publicStatementArguments = false
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        pool = try DatabasePool(path: fileURL.path, configuration: configuration)
        try Self.migrator.migrate(pool)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: sealed responses") { db in
            // WITHOUT ROWID: rows are kept in the order of their random id, not the order they arrived,
            // so the file's layout says nothing about who answered when.
            try db.execute(sql: """
                CREATE TABLE response (
                    id TEXT PRIMARY KEY NOT NULL,
                    survey TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    day TEXT NOT NULL,
                    box BLOB NOT NULL,
                    withdrawalHash BLOB NOT NULL UNIQUE,
                    exported INTEGER NOT NULL DEFAULT 0
                ) WITHOUT ROWID;
                CREATE TABLE withdrawnResponse (
                    id TEXT PRIMARY KEY NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        return migrator
    }

    /// The pragmas in force, for tests and `--check`.
    public func pragma(_ name: String) throws -> String? {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA \(name)") }
    }
}
