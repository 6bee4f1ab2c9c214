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
        SELECT \(ForumThread.orderedColumns), \(ForumPost.orderedColumns), member.pseudonym,
            CASE WHEN post.state IN (\(StoredPostState.carriesReports.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")))
                THEN \(reportCountSubquery) ELSE 0 END
        FROM thread LEFT JOIN post ON post.threadID = thread.id LEFT JOIN member ON member.id = post.authorID
        WHERE thread.id = ? ORDER BY post.position
        """

    /// The thread and every post in it, in order, or nil when there is no such thread.
    public func reading(threadID: Int64) async throws -> ThreadReading? {
        try await database.fetch { db in
            // Prepared once per connection and read by position: the page's hottest query. One
            // statement, not the thread's row first: each statement outside a transaction takes
            // and drops the file's lock, and was a tenth of the read.
            let statement = try db.cachedStatement(sql: Self.readingSQL)
            let postColumn = ForumThread.orderedColumnCount, nameColumn = postColumn + ForumPost.orderedColumnCount
            // A cursor's rows are read straight from the statement; `fetchAll` copied each row first.
            let rows = try Row.fetchCursor(statement, arguments: [threadID])
            guard let first = try rows.next() else { return nil }
            var reading = ThreadReading(thread: ForumThread(orderedRow: first), posts: [])
            var row: Row? = first
            while let current = row, !current.hasNull(atIndex: postColumn) {
                reading.posts.append(ReadablePost(
                    post: ForumPost(orderedRow: current, from: postColumn),
                    authorPseudonym: current[nameColumn], reportCount: current[nameColumn + 1]))
                row = try rows.next()
            }
            return reading
        }
    }
}
