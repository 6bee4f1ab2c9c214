import Foundation
import GRDB
import GRDBSQLite

/// Rows read by position with SQLite's own functions, from a statement GRDB prepared, cached and
/// bound.
///
/// GRDB reads each column through a `Row` and its protocols, asking SQLite the column's type
/// before every value: for the reads every signed-in page makes (her session with her account,
/// a thread's posts) that was a third of their time at the database (bench/speed.sh, perf). A
/// column the schema says is NOT NULL is read without asking; one that may be null is asked.
/// `ForumStoreTests` and `MemberStoreTests` hold what this reads to GRDB's own reading.
enum RawRows {
    /// Steps through every row of `statement` (its arguments already set), handing each to
    /// `body`, and resets the statement however it ends, so the file's lock is never held past
    /// the read.
    static func forEach(_ statement: Statement, in db: Database, _ body: (RawRow) throws -> Void) throws {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
            }
            try body(RawRow(handle: handle))
        }
    }
}

/// The current row of a statement SQLite is stepping through (`RawRows`); valid only while
/// `RawRows.forEach` hands it over.
struct RawRow {
    let handle: OpaquePointer

    func isNull(_ column: CInt) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func int64(_ column: CInt) -> Int64 { sqlite3_column_int64(handle, column) }

    func int(_ column: CInt) -> Int { Int(sqlite3_column_int64(handle, column)) }

    func optionalInt64(_ column: CInt) -> Int64? { isNull(column) ? nil : int64(column) }

    /// Text, or nil for NULL (SQLite gives no pointer for NULL).
    func optionalText(_ column: CInt) -> String? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column))), as: UTF8.self)
    }

    /// Text from a column the schema says is NOT NULL.
    func text(_ column: CInt) throws -> String {
        guard let text = optionalText(column) else { throw nullWhereNoneIsAllowed(column) }
        return text
    }

    /// Bytes from a column the schema says is a BLOB and NOT NULL (an empty blob has no pointer).
    /// The pointer is asked for first, then the count, as SQLite's documentation says.
    func data(_ column: CInt) throws -> Data {
        if isNull(column) { throw nullWhereNoneIsAllowed(column) }
        guard let bytes = sqlite3_column_blob(handle, column) else { return Data() }
        return Data(bytes: bytes, count: Int(sqlite3_column_bytes(handle, column)))
    }

    private func nullWhereNoneIsAllowed(_ column: CInt) -> DatabaseError {
        DatabaseError(resultCode: .SQLITE_MISMATCH, message: "column \(column) is null where the schema allows no null")
    }
}
