import Foundation
import GRDB

/// The server's one SQLite database, in the data folder.
///
/// - WAL, so survivors' submissions do not wait for an export to finish.
/// - `synchronous = FULL`: a response we have acknowledged survives a power cut.
/// - `secure_delete = ON`: deleted rows (withdrawn answers, deleted posts) are overwritten, not just unlinked.
/// - 64 KiB pages, so a whole sealed response fits in its table page. With the default 4 KiB pages
///   most of each box spilled into an overflow page taken from the end of the file, and the overflow
///   pages' order gave away the order in which responses arrived (measured: rank correlation 1.0).
/// - Statement arguments never appear in GRDB's errors or traces (`publicStatementArguments` stays false).
/// - `foreign_keys = ON`: the forum's tables (v2) cascade and null their references through SQLite itself,
///   so deleting a thread or an account cannot leave rows behind. The survey tables (v1) have no foreign keys.
public final class ChorusDatabase: Sendable {
    let pool: DatabasePool
    public let fileURL: URL

    public static let fileName = "chorus.sqlite"
    public static let pageSize = 65536

    public init(directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        fileURL = directory.appendingPathComponent(Self.fileName)
        pool = try DatabasePool(path: fileURL.path, configuration: Self.configuration())
        // GRDB sets `synchronous = NORMAL` on the writer when it turns on WAL, after
        // `prepareDatabase` ran: said again here, on the one connection that writes, so a commit
        // that returned is on the disk.
        try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        try Self.migrator.migrate(pool)
    }

    /// Runs `updates` in a transaction, then empties the write-ahead log before any other write
    /// can run: the writer is held throughout, so no second response can join the log between a
    /// commit and its fold (before, the fold was a separate write, and concurrent submissions
    /// queued behind each other in arrival order). The fold does not wait: a reader that holds the
    /// log at that moment (an export, say) keeps it, and the next write folds it. (Waiting for
    /// readers with a busy timeout made it worse: measured, the log then held 198 of 200
    /// concurrent responses at once.)
    func writeThenFold<T: Sendable>(_ updates: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await pool.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction {
                result = try updates(db)
                return .commit
            }
            Self.fold(db)
            return result!
        }
    }

    /// A pragma as the writer connection has it (readers are set up apart), for tests.
    public func writerPragma(_ name: String) async throws -> String? {
        try await pool.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA \(name)") }
    }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.publicStatementArguments = false
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // Only takes effect when the file is created; an existing file keeps its page size.
            try db.execute(sql: "PRAGMA page_size = \(ChorusDatabase.pageSize)")
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA secure_delete = ON")
            // GRDB turns this on too (`foreignKeysEnabled`); said here as well so no configuration change can drop it.
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        return configuration
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: sealed responses") { db in
            // `slot` is a random rowid, so rows are kept in no particular order: neither the table's
            // layout nor its keys say who answered when. `id` is the random id the bundle carries.
            try db.execute(sql: """
                CREATE TABLE response (
                    slot INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    survey TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    day TEXT NOT NULL,
                    box BLOB NOT NULL,
                    withdrawalHash BLOB NOT NULL UNIQUE,
                    exported INTEGER NOT NULL DEFAULT 0
                );
                CREATE TABLE withdrawnResponse (
                    id TEXT PRIMARY KEY NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v2: forum") { db in
            try ForumSchema.create(db)
        }
        migrator.registerMigration("v3: published findings") { db in
            try PublishedFindingsSchema.create(db)
        }
        return migrator
    }

    /// Copies the write-ahead log into the main file and empties it, so the log never keeps a
    /// history of which response arrived after which, nor a withdrawn response's box. Best effort:
    /// while an export is reading, the log cannot be emptied and the next write tries again; the
    /// caller's own write has already been committed either way. Returns whether the log was emptied.
    @discardableResult
    func foldWriteAheadLog() async -> Bool {
        (try? await pool.writeWithoutTransaction { db in Self.fold(db) }) ?? false
    }

    /// Empties the log on the writer `db` without waiting for readers; false when a reader kept it.
    @discardableResult
    private static func fold(_ db: Database) -> Bool {
        guard (try? db.execute(sql: "PRAGMA busy_timeout = 0")) != nil else { return false }
        defer { try? db.execute(sql: "PRAGMA busy_timeout = 10000") }
        // Throws SQLITE_BUSY when a reader kept the log from being emptied.
        return (try? db.checkpoint(.truncate)) != nil
    }

    /// Folds the log as `foldWriteAheadLog()` does, trying a few more times over about a second while
    /// readers hold it: for deletions whose whole point is that the text is in no file afterwards.
    @discardableResult
    func foldWriteAheadLogPersistently() async -> Bool {
        for attempt in 0..<10 {
            if await foldWriteAheadLog() { return true }
            try? await Task.sleep(nanoseconds: UInt64(attempt + 1) * 20_000_000)
        }
        return false
    }

    /// Pages of `table` that hold overflow (a row too large for its page), from SQLite's dbstat table.
    public func overflowPageCount(of table: String) throws -> Int {
        try pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM dbstat WHERE name = ? AND pagetype = 'overflow'", arguments: [table]) ?? 0
        }
    }

    /// Whether the database answers a read (the health check): throws when it does not.
    public func checkReadable() throws {
        _ = try pool.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }

    /// The pragmas in force, for tests.
    public func pragma(_ name: String) throws -> String? {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA \(name)") }
    }
}

extension ChorusDatabase {
    /// Response ids in the order the table holds them (a full scan, no ORDER BY), for tests of
    /// what the file's layout reveals.
    public func idsInStorageOrder() throws -> [String] {
        try pool.read { db in try String.fetchAll(db, sql: "SELECT id FROM response NOT INDEXED") }
    }
}
