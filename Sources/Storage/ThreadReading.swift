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
        SELECT \(ThreadColumns.all), member.pseudonym,
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

/// The reading's columns, read by position (`RawRows`): the thread's, the post's, then its
/// author's pseudonym and its report count.
enum ThreadColumns {
    static let all = (ForumThread.orderedColumns + ForumPost.orderedColumns).joined(separator: ", ")
    static let postColumn = CInt(ForumThread.orderedColumns.count)
    static let pseudonymColumn = postColumn + CInt(ForumPost.orderedColumns.count), reportCountColumn = pseudonymColumn + 1

    static func read(_ statement: Statement, in db: Database) throws -> ThreadReading? {
        var reading: ThreadReading?
        try RawRows.forEach(statement, in: db) { row in
            if reading == nil { reading = ThreadReading(thread: try ForumThread(row), posts: []) }
            // A thread with no post: its one row has no post in it.
            if row.isNull(postColumn) { return }
            reading?.posts.append(ReadablePost(
                post: try ForumPost(row, from: postColumn), authorPseudonym: row.optionalText(pseudonymColumn),
                reportCount: row.int(reportCountColumn)))
        }
        return reading
    }
}
