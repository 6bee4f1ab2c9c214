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
    /// Every post of a thread in order, with its author's pseudonym and its report count. Only
    /// the posts in a state that carries reports are counted: counting for every post was a
    /// fifth of the query's time, and nearly every post is in another state.
    static let readingSQL = """
        SELECT \(ForumPost.orderedColumns), member.pseudonym,
            CASE WHEN post.state IN (\(StoredPostState.carriesReports.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")))
                THEN \(reportCountSubquery) ELSE 0 END
        FROM post LEFT JOIN member ON member.id = post.authorID
        WHERE post.threadID = ? ORDER BY post.position
        """

    /// The thread and every post in it, in order, or nil when there is no such thread.
    public func reading(threadID: Int64) async throws -> ThreadReading? {
        try await database.fetch { db in
            guard let thread = try Self.fetchThread(id: threadID, in: db) else { return nil }
            // Prepared once per connection and read by position: the page's hottest query.
            let statement = try db.cachedStatement(sql: Self.readingSQL)
            // A cursor's rows are read straight from the statement; `fetchAll` copied each row first.
            let posts = try Row.fetchCursor(statement, arguments: [threadID]).map { row in
                ReadablePost(post: ForumPost(orderedRow: row), authorPseudonym: row[8], reportCount: row[9])
            }
            return ThreadReading(thread: thread, posts: try Array(posts))
        }
    }
}
