import GRDB
import GRDBSQLite

/// A thread as a reader's page needs it, fetched in one turn at the database: the thread, and
/// each post with its author's pseudonym and its report count (so the page makes no query per post).
public struct ThreadReading: Sendable, Equatable {
    public var thread: ForumThread
    public var posts: [ReadablePost]
}

/// One post of a `ThreadReading`.
public struct ReadablePost: Sendable, Equatable {
    public var post: ForumPost
    /// Nil once the author deleted her account.
    public var authorPseudonym: String?
    /// Distinct members who reported it since a moderator last decided on it, when its state
    /// carries reports (`StoredPostState.carriesReports`); 0 in any other.
    public var reportCount: Int
}

extension ForumStore {
    /// The thread's row, then every post of it in order with its author's pseudonym and its report
    /// count, in one statement (a thread with no post gives one row, its post columns null). Only
    /// the posts in a state that carries reports are counted: counting for every post was a
    /// fifth of the query's time, and nearly every post is in another state.
    static let readingSQL = """
        SELECT \(ThreadColumns.thread), \(ThreadColumns.post), member.pseudonym,
            CASE WHEN post.state IN (\(StoredPostState.carriesReports.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")))
                THEN \(reportCountSubquery) ELSE 0 END
        FROM thread LEFT JOIN post ON post.threadID = thread.id LEFT JOIN member ON member.id = post.authorID
        WHERE thread.id = ? ORDER BY post.position
        """

    /// The thread and every post in it, in order, or nil when there is no such thread.
    public func reading(threadID: Int64) async throws -> ThreadReading? {
        try await database.fetch { db in
            // Prepared once per connection: the page's hottest query.
            let statement = try db.cachedStatement(sql: Self.readingSQL)
            try statement.setArguments([threadID])
            return try ThreadColumns.read(statement, in: db)
        }
    }
}

/// The reading's columns, read by position with SQLite's own functions.
///
/// GRDB reads each column through a `Row` and its protocols, asking SQLite the column's type
/// before every value: that was a third of the thread page's time at the database (bench/speed.sh,
/// perf). Here the statement is GRDB's (prepared, cached, its argument bound by GRDB) and only
/// stepping and reading are SQLite's. A column the schema says is NOT NULL is read without asking;
/// one that may be null is asked. `ForumStoreTests` holds the result to GRDB's own reading.
enum ThreadColumns {
    static let thread = "thread.id, thread.space, thread.title, thread.authorID, thread.createdDay, thread.slowModeSeconds"
    static let post = "post.id, post.threadID, post.position, post.authorID, post.body, post.state, post.stateDetail, post.createdDay"
    /// Where the post's columns start, then its author's pseudonym and its report count.
    static let postColumn: CInt = 6, pseudonymColumn: CInt = 14, reportCountColumn: CInt = 15

    static func read(_ statement: Statement, in db: Database) throws -> ThreadReading? {
        let handle = statement.sqliteStatement
        // Reset however this ends, so the file's lock is never held past this read.
        defer { sqlite3_reset(handle) }
        var reading: ThreadReading?
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return reading }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
            }
            let row = RawRow(handle: handle)
            if reading == nil { reading = ThreadReading(thread: try row.thread(), posts: []) }
            // A thread with no post: its one row has no post in it.
            if row.isNull(postColumn) { continue }
            reading?.posts.append(ReadablePost(
                post: try row.post(from: postColumn), authorPseudonym: row.optionalText(pseudonymColumn),
                reportCount: Int(row.int64(reportCountColumn))))
        }
    }
}

/// The current row of a statement SQLite is stepping through.
private struct RawRow {
    let handle: OpaquePointer

    func isNull(_ column: CInt) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func int64(_ column: CInt) -> Int64 { sqlite3_column_int64(handle, column) }

    func optionalInt64(_ column: CInt) -> Int64? { isNull(column) ? nil : int64(column) }

    /// Text, or nil for NULL (SQLite gives no pointer for NULL).
    func optionalText(_ column: CInt) -> String? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column))), as: UTF8.self)
    }

    /// Text from a column the schema says is NOT NULL.
    func text(_ column: CInt) throws -> String {
        guard let text = optionalText(column) else {
            throw DatabaseError(resultCode: .SQLITE_MISMATCH, message: "column \(column) is null where the schema allows no null")
        }
        return text
    }

    func thread() throws -> ForumThread {
        ForumThread(
            id: int64(0), space: try text(1), title: optionalText(2), authorID: optionalInt64(3), createdDay: try text(4),
            slowModeSeconds: optionalInt64(5).map { Int($0) })
    }

    func post(from first: CInt) throws -> ForumPost {
        ForumPost(
            id: int64(first), threadID: int64(first + 1), position: Int(int64(first + 2)), authorID: optionalInt64(first + 3),
            body: optionalText(first + 4), state: StoredPostState(rawValue: try text(first + 5)) ?? .held,
            stateDetail: optionalText(first + 6), createdDay: try text(first + 7))
    }
}
