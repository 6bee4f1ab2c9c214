import Foundation
import GRDB

/// Threads, posts and reports. Stores what the web app decided with Forum's rules; decides nothing.
///
/// SQLite's rollback journal is emptied at every commit (`ChorusDatabase`), so no file keeps a run
/// of posts in the order they were written, nor the text an edit, a redaction or a removal replaced.
public struct ForumStore: Sendable {
    let database: ChorusDatabase

    /// The largest body stored, in UTF-8 bytes. With `maximumStateDetailBytes` a post's row still
    /// fits its 64 KiB page, so no overflow page records the order posts were written in.
    /// (Forum's limit, 5000 characters, is far below this for ordinary text.)
    public static let maximumBodyBytes = 48 * 1024
    public static let maximumStateDetailBytes = 8 * 1024
    public static let maximumTitleBytes = 2 * 1024

    public init(database: ChorusDatabase) { self.database = database }

    // MARK: - Writing

    /// Creates a thread and its first post (position 0), both with random ids, in one transaction.
    public func createThread(
        space: String, title: String, authorID: Int64, day: String,
        body: String, state: StoredPostState, stateDetail: String? = nil
    ) async throws -> (thread: ForumThread, firstPost: ForumPost) {
        try StorageSpace.check(space)
        try StorageDay.check(day)
        try StorageText.check(title, maximumBytes: Self.maximumTitleBytes)
        try Self.checkPost(body: body, state: state, stateDetail: stateDetail)
        let created = try await database.connection.write { db -> (ForumThread, ForumPost) in
            let threadID = try ForumSchema.freeRandomID(in: db, table: "thread")
            try db.execute(
                sql: "INSERT INTO thread (id, space, title, authorID, createdDay) VALUES (?, ?, ?, ?, ?)",
                arguments: [threadID, space, title, authorID, day])
            let post = try Self.insertPost(threadID: threadID, position: 0, authorID: authorID, day: day,
                                           body: body, state: state, stateDetail: stateDetail, in: db)
            return (try Self.fetchThread(id: threadID, in: db)!, post)
        }
        return created
    }

    /// Adds a post at the thread's next position. Throws `.notFound` if the thread does not exist.
    public func addReply(
        threadID: Int64, authorID: Int64, day: String, body: String, state: StoredPostState, stateDetail: String? = nil
    ) async throws -> ForumPost {
        try StorageDay.check(day)
        try Self.checkPost(body: body, state: state, stateDetail: stateDetail)
        let post = try await database.connection.write { db -> ForumPost in
            guard try Self.fetchThread(id: threadID, in: db) != nil else { throw ForumStorageError.notFound }
            let next = try Int.fetchOne(db, sql: "SELECT coalesce(max(position) + 1, 0) FROM post WHERE threadID = ?", arguments: [threadID])!
            return try Self.insertPost(threadID: threadID, position: next, authorID: authorID, day: day,
                                       body: body, state: state, stateDetail: stateDetail, in: db)
        }
        return post
    }

    /// A moderator's decision or a report's effect: the post's new state and its detail.
    /// With `dismissingReports`, the post's reports are deleted in the same transaction (an
    /// approval dismisses them: Forum counts only reports made after a moderator's decision).
    /// Setting `.removedByAuthor` erases the body and detail, as `removeByAuthor(postID:)` does.
    /// With `expecting`, nothing changes unless the post is still in that state (another
    /// moderator may have decided meanwhile): `.stateChanged` is thrown instead.
    public func setState(
        postID: Int64, to state: StoredPostState, stateDetail: String?, dismissingReports: Bool = false, expecting: StoredPostState? = nil
    ) async throws {
        try StorageText.check(stateDetail, maximumBytes: Self.maximumStateDetailBytes)
        if state == .removedByAuthor { return try await removeByAuthor(postID: postID) }
        try await database.connection.write { db in
            try db.execute(sql: "UPDATE post SET state = ?, stateDetail = ? WHERE id = ? AND (? IS NULL OR state = ?)",
                           arguments: [state.rawValue, stateDetail, postID, expecting?.rawValue, expecting?.rawValue])
            try Self.checkOneChanged(postID: postID, in: db)
            if dismissingReports { try db.execute(sql: "DELETE FROM report WHERE postID = ?", arguments: [postID]) }
        }
    }

    /// New text for a post, with the state and detail it now has: the author's edit, or a
    /// moderator's redaction. The old text is overwritten (`secure_delete`), so a redacted
    /// detail is in no file afterwards.
    /// `dismissingReports` and `expecting` work as for `setState`.
    public func replaceBody(
        postID: Int64, with body: String, state: StoredPostState, stateDetail: String?,
        dismissingReports: Bool = false, expecting: StoredPostState? = nil
    ) async throws {
        try Self.checkPost(body: body, state: state, stateDetail: stateDetail)
        try await database.connection.write { db in
            try db.execute(sql: "UPDATE post SET body = ?, state = ?, stateDetail = ? WHERE id = ? AND (? IS NULL OR state = ?)",
                           arguments: [body, state.rawValue, stateDetail, postID, expecting?.rawValue, expecting?.rawValue])
            try Self.checkOneChanged(postID: postID, in: db)
            if dismissingReports { try db.execute(sql: "DELETE FROM report WHERE postID = ?", arguments: [postID]) }
        }
    }

    /// Her own removal of a post others have seen (Forum's `afterAuthorRemoves()` gave
    /// `.removedByAuthor`): the body and detail are erased, the row stays as a placeholder so
    /// replies still make sense, and its reports go.
    public func removeByAuthor(postID: Int64) async throws {
        try await database.connection.write { db in
            try db.execute(sql: "UPDATE post SET body = NULL, stateDetail = NULL, state = ? WHERE id = ?",
                           arguments: [StoredPostState.removedByAuthor.rawValue, postID])
            guard db.changesCount == 1 else { throw ForumStorageError.notFound }
            try db.execute(sql: "DELETE FROM report WHERE postID = ?", arguments: [postID])
        }
    }

    /// Deletes a post's row (Forum's `afterAuthorRemoves()` gave nil: nobody else saw it).
    /// Its reports go with it. Leaves a gap in the thread's positions unless it was the last post.
    public func deletePost(id: Int64) async throws {
        try await database.connection.write { db in
            try db.execute(sql: "DELETE FROM post WHERE id = ?", arguments: [id])
            guard db.changesCount == 1 else { throw ForumStorageError.notFound }
        }
    }

    /// Deletes a thread, and through the foreign keys its posts and their reports.
    public func deleteThread(id: Int64) async throws {
        try await database.connection.write { db in
            try db.execute(sql: "DELETE FROM thread WHERE id = ?", arguments: [id])
            guard db.changesCount == 1 else { throw ForumStorageError.notFound }
        }
    }

    /// Switches slow mode on (an interval in whole seconds, more than zero) or off (nil).
    public func setSlowMode(threadID: Int64, seconds: Int?) async throws {
        try await database.connection.write { db in
            try db.execute(sql: "UPDATE thread SET slowModeSeconds = ? WHERE id = ?", arguments: [seconds, threadID])
            guard db.changesCount == 1 else { throw ForumStorageError.notFound }
        }
    }

    // MARK: - Reports

    /// Records that a member reported a post; a second report by the same member counts once.
    /// Returns the number of distinct members who have reported it since it was last dismissed.
    /// Throws `.notFound` if the post or the member does not exist.
    @discardableResult
    public func addReport(postID: Int64, reporterID: Int64) async throws -> Int {
        let count = try await database.connection.write { db -> Int in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM post WHERE id = ?) AND EXISTS (SELECT 1 FROM member WHERE id = ?)",
                                    arguments: [postID, reporterID])! else { throw ForumStorageError.notFound }
            try db.execute(sql: "INSERT OR IGNORE INTO report (postID, reporterID) VALUES (?, ?)", arguments: [postID, reporterID])
            return try Self.reportCount(postID: postID, in: db)
        }
        return count
    }

    /// Distinct members who have reported the post since it was last dismissed.
    public func reportCount(postID: Int64) async throws -> Int {
        try await database.fetch { db in try Self.reportCount(postID: postID, in: db) }
    }

    /// A column of a query over `post`: its distinct reporters, as `reportCount(postID:in:)` counts them.
    static let reportCountColumn = "\(reportCountSubquery) AS reportCount"
    static let reportCountSubquery = "(SELECT count(DISTINCT reporterID) FROM report WHERE report.postID = post.id)"

    static func reportCount(postID: Int64, in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(DISTINCT reporterID) FROM report WHERE postID = ?", arguments: [postID])!
    }

    // MARK: - Reading

    public func thread(id: Int64) async throws -> ForumThread? {
        try await database.fetch { db in try Self.fetchThread(id: id, in: db) }
    }

    /// The threads of a space, the one with the newest shown post first (threads with no shown
    /// post last). Threads whose newest posts share a day come in the order of their random ids,
    /// which says nothing about which came first.
    public func threads(inSpace space: String) async throws -> [ThreadSummary] {
        let shown = Self.shownStates
        return try await database.fetch { db in
            try Row.fetchAll(db, sql: """
                SELECT thread.*,
                    (SELECT count(*) FROM post WHERE post.threadID = thread.id AND post.state IN (\(shown))) AS shownPostCount,
                    (SELECT max(createdDay) FROM post WHERE post.threadID = thread.id AND post.state IN (\(shown))) AS latestShownDay
                FROM thread WHERE space = ?
                ORDER BY latestShownDay DESC NULLS LAST, id
                """, arguments: [space]).map {
                ThreadSummary(thread: ForumThread(row: $0), shownPostCount: $0["shownPostCount"], latestShownDay: $0["latestShownDay"])
            }
        }
    }

    /// Every post of a thread, in position order, whatever its state: the web app decides, with
    /// Forum's `PostState.presentation(to:)`, what each viewer sees.
    public func posts(inThread threadID: Int64) async throws -> [ForumPost] {
        try await database.fetch { db in
            try Row.fetchAll(db, sql: "SELECT * FROM post WHERE threadID = ? ORDER BY position", arguments: [threadID]).map(ForumPost.init(row:))
        }
    }

    public func post(id: Int64) async throws -> ForumPost? {
        try await database.fetch { db in
            try Row.fetchOne(db, sql: "SELECT * FROM post WHERE id = ?", arguments: [id]).map(ForumPost.init(row:))
        }
    }

    /// The moderators' queue: held, reported and hidden posts with their report counts, in no
    /// particular order (Forum's `ReviewReason.urgency` orders them).
    public func reviewQueue() async throws -> [QueuedPost] {
        let queued = [StoredPostState.held, .visibleReported, .hiddenPendingReview].map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return try await database.fetch { db in
            try Row.fetchAll(db, sql: """
                SELECT post.*, \(Self.reportCountColumn)
                FROM post WHERE state IN (\(queued))
                """).map { QueuedPost(post: ForumPost(row: $0), reportCount: $0["reportCount"]) }
        }
    }

    // MARK: - Helpers

    /// States in which other members find a post in its thread, with a body or as a placeholder.
    static let shownStates = StoredPostState.allCases
        .filter { $0 != .held && $0 != .rejected }
        .map { "'\($0.rawValue)'" }.joined(separator: ", ")

    /// After a conditional update: not found, or found in another state than expected.
    static func checkOneChanged(postID: Int64, in db: Database) throws {
        guard db.changesCount != 1 else { return }
        let exists = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM post WHERE id = ?)", arguments: [postID])!
        throw exists ? ForumStorageError.stateChanged : ForumStorageError.notFound
    }

    static func checkPost(body: String, state: StoredPostState, stateDetail: String?) throws(ForumStorageError) {
        // A body is written only with a state that keeps one.
        guard state != .removedByAuthor else { throw .bodyInBodilessState }
        try StorageText.check(body, maximumBytes: maximumBodyBytes)
        try StorageText.check(stateDetail, maximumBytes: maximumStateDetailBytes)
    }

    static func insertPost(
        threadID: Int64, position: Int, authorID: Int64, day: String,
        body: String, state: StoredPostState, stateDetail: String?, in db: Database
    ) throws -> ForumPost {
        let id = try ForumSchema.freeRandomID(in: db, table: "post")
        try db.execute(
            sql: "INSERT INTO post (id, threadID, position, authorID, body, state, stateDetail, createdDay) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [id, threadID, position, authorID, body, state.rawValue, stateDetail, day])
        return try Row.fetchOne(db, sql: "SELECT * FROM post WHERE id = ?", arguments: [id]).map(ForumPost.init(row:))!
    }

    static func fetchThread(id: Int64, in db: Database) throws -> ForumThread? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM thread WHERE id = ?"), arguments: [id]).map(ForumThread.init(row:))
    }
}
