import Foundation
import GRDB
import GRDBSQLite

extension ChorusDatabase {
    /// Runs raw SQL on the writer, for tests (through `@testable import Storage`) that must show
    /// what SQLite itself refuses, whatever the stores' APIs allow. Not public: nothing in the
    /// server can reach it.
    func executeForTesting(_ sql: String) async throws {
        try await connection.write { db in try db.execute(sql: sql) }
    }

    /// Holds a read transaction for `milliseconds`, as a slow page or an export does, for tests.
    func holdReadForTesting(milliseconds: Int) async throws {
        try await connection.read { db in
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM response")
            usleep(useconds_t(milliseconds * 1000))
        }
    }

    /// How many times SQLite has compiled again the cached statement for `sql` since it was first
    /// prepared (SQLite's SQLITE_STMTSTATUS_REPREPARE), for the test that reads do not expire them.
    func recompilationsForTesting(ofCachedStatement sql: String) async throws -> Int32 {
        try await fetch { db in
            sqlite3_stmt_status(try db.cachedStatement(sql: sql).sqliteStatement, SQLITE_STMTSTATUS_REPREPARE, 0)
        }
    }

    /// One value from a raw query, for tests.
    func fetchIntForTesting(_ sql: String) async throws -> Int? {
        try await connection.read { db in try Int.fetchOne(db, sql: sql) }
    }
}

extension ChorusDatabase {
    /// Makes a database in `directory` as a server before the forum made it: migration v1 only,
    /// with the same settings, one survey response in it, and a write-ahead log as servers then
    /// used (a `DatabasePool`). For the tests that v2 leaves v1's rows alone and that an old data
    /// folder is turned to the rollback journal.
    static func makeV1OnlyDatabaseForTesting(directory: URL, response: SealedResponse) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let pool = try DatabasePool(path: directory.appendingPathComponent(fileName).path, configuration: configuration())
        try migrator.migrate(pool, upTo: "v1: sealed responses")
        try pool.write { db in
            try db.execute(
                sql: "INSERT INTO response (slot, id, survey, version, day, box, withdrawalHash, exported) VALUES (1, ?, ?, ?, ?, ?, ?, 0)",
                arguments: [response.id, response.survey, response.version, response.day, response.box, response.withdrawalHash])
        }
        try pool.close()
    }

    /// The names of the applied migrations, for tests.
    func appliedMigrationsForTesting() throws -> [String] {
        try connection.read { db in try Self.migrator.appliedMigrations(db) }
    }
}
