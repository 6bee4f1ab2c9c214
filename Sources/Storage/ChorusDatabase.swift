import Foundation
import GRDB

/// The server's one SQLite database, in the data folder.
///
/// - A rollback journal (`journal_mode = TRUNCATE`), not a write-ahead log. A write-ahead log keeps
///   every commit, in order, until a checkpoint folds it into the file, and a checkpoint cannot
///   finish while any reader holds the log: measured, 149 of 200 concurrent submissions sat in it
///   at once, in arrival order, while forum pages were being read. A rollback journal holds only
///   the pages one transaction is changing, as they were before it, and is emptied when that
///   transaction commits, so no file ever holds a history of arrivals or the text a deletion
///   removed. The cost is that readers and the writer take turns; every read is short (an export
///   reads in small batches), so a submission waits milliseconds, not for an export.
/// - One connection (`DatabaseQueue`), so reads and writes take turns in the process as well.
/// - `synchronous = FULL`: a response we have acknowledged survives a power cut.
/// - `secure_delete = ON`: deleted rows (withdrawn answers, deleted posts) are overwritten, not just unlinked.
/// - 64 KiB pages, so a whole sealed response fits in its table page. With the default 4 KiB pages
///   most of each box spilled into an overflow page taken from the end of the file, and the overflow
///   pages' order gave away the order in which responses arrived (measured: rank correlation 1.0).
/// - Statement arguments never appear in GRDB's errors or traces (`publicStatementArguments` stays false).
/// - `foreign_keys = ON`: the forum's tables (v2) cascade and null their references through SQLite itself,
///   so deleting a thread or an account cannot leave rows behind. The survey tables (v1) have no foreign keys.
public final class ChorusDatabase: Sendable {
    let connection: DatabaseQueue
    public let fileURL: URL

    public static let fileName = "chorus.sqlite"
    public static let pageSize = 65536
    /// SQLite's journal mode: truncated to nothing at each commit.
    public static let journalMode = "truncate"

    public init(directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        fileURL = directory.appendingPathComponent(Self.fileName)
        connection = try DatabaseQueue(path: fileURL.path, configuration: Self.configuration())
        try Self.migrator.migrate(connection)
    }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.publicStatementArguments = false
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // Only takes effect when the file is created; an existing file keeps its page size.
            try db.execute(sql: "PRAGMA page_size = \(ChorusDatabase.pageSize)")
            // Also turns an older data folder's write-ahead log into the main file (it was WAL before).
            try db.execute(sql: "PRAGMA journal_mode = \(ChorusDatabase.journalMode)")
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

    /// Pages of `table` that hold overflow (a row too large for its page), from SQLite's dbstat table.
    public func overflowPageCount(of table: String) throws -> Int {
        try connection.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM dbstat WHERE name = ? AND pagetype = 'overflow'", arguments: [table]) ?? 0
        }
    }

    /// Whether the database answers a read (the health check): throws when it does not.
    public func checkReadable() throws {
        _ = try connection.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }

    /// The pragmas in force, for tests. There is one connection, so this is what every write runs
    /// under too (with a write-ahead log, GRDB set NORMAL on the writer alone, and a reader hid it).
    public func pragma(_ name: String) throws -> String? {
        try connection.read { db in try String.fetchOne(db, sql: "PRAGMA \(name)") }
    }
}

extension ChorusDatabase {
    /// Response ids in the order the table holds them (a full scan, no ORDER BY), for tests of
    /// what the file's layout reveals.
    public func idsInStorageOrder() throws -> [String] {
        try connection.read { db in try String.fetchAll(db, sql: "SELECT id FROM response NOT INDEXED") }
    }
}

extension ChorusDatabase {
    /// Runs a read on the one connection, without GRDB's read-only guard.
    ///
    /// GRDB's `read` turns SQLite's `query_only` flag on before the read and off after it, and
    /// SQLite expires every prepared statement whenever a flag pragma changes. Each read therefore
    /// compiled again every statement the connection had cached (measured: a tenth of the forum
    /// thread page's time went on it, see bench/README.md). It also wraps the read in a transaction
    /// whose BEGIN and COMMIT are compiled each time.
    ///
    /// There is one connection and it is serialised, so no write of this server can come between
    /// the statements of one read. Another process (a command such as `invites create`) could
    /// write between two of them; no read here needs one moment across statements. The export's
    /// batches, the health check and the test hooks, all rare, keep `connection.read`.
    func fetch<T: Sendable>(_ block: @Sendable (Database) throws -> T) async throws -> T {
        try await connection.unsafeRead(block)
    }
}
