import GRDB

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

/// The reading's columns, read by position (`RawRows`).
enum ThreadColumns {
    static let thread = "thread.id, thread.space, thread.title, thread.authorID, thread.createdDay, thread.slowModeSeconds"
    static let post = "post.id, post.threadID, post.position, post.authorID, post.body, post.state, post.stateDetail, post.createdDay"
    /// Where the post's columns start, then its author's pseudonym and its report count.
    static let postColumn: CInt = 6, pseudonymColumn: CInt = 14, reportCountColumn: CInt = 15

    static func read(_ statement: Statement, in db: Database) throws -> ThreadReading? {
        var reading: ThreadReading?
        try RawRows.forEach(statement, in: db) { row in
            if reading == nil { reading = ThreadReading(thread: try thread(row), posts: []) }
            // A thread with no post: its one row has no post in it.
            if row.isNull(postColumn) { return }
            reading?.posts.append(ReadablePost(
                post: try post(row, from: postColumn), authorPseudonym: row.optionalText(pseudonymColumn),
                reportCount: row.int(reportCountColumn)))
        }
        return reading
    }

    private static func thread(_ row: RawRow) throws -> ForumThread {
        ForumThread(
            id: row.int64(0), space: try row.text(1), title: row.optionalText(2), authorID: row.optionalInt64(3),
            createdDay: try row.text(4), slowModeSeconds: row.optionalInt64(5).map { Int($0) })
    }

    private static func post(_ row: RawRow, from first: CInt) throws -> ForumPost {
        ForumPost(
            id: row.int64(first), threadID: row.int64(first + 1), position: row.int(first + 2), authorID: row.optionalInt64(first + 3),
            body: row.optionalText(first + 4), state: StoredPostState(rawValue: try row.text(first + 5)) ?? .held,
            stateDetail: row.optionalText(first + 6), createdDay: try row.text(first + 7))
    }
}
