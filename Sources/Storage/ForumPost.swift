import Foundation
import GRDB

/// The state a post is stored in: the cases of Forum's `PostState`, by name. Their data lives
/// elsewhere: hold reasons and a moderator's reason in `ForumPost.stateDetail` (JSON the web app
/// writes), report counts in the `report` table (`ForumStore.reportCount(postID:)`).
public enum StoredPostState: String, Sendable, CaseIterable, Equatable {
    case held
    case visible
    case visibleReported
    case hiddenPendingReview
    case rejected
    /// Bodiless: the schema refuses a body in this state.
    case removedByAuthor
    case removedByModerator

    /// The states whose meaning carries a count of reports; in any other, a post's reports (if a
    /// moderator kept them) say nothing, and a thread page does not count them.
    public static let carriesReports: Set<StoredPostState> = [.visibleReported, .hiddenPendingReview]
}

/// One thread, as stored.
public struct ForumThread: Sendable, Equatable {
    /// A random 63-bit id.
    public var id: Int64
    public var space: String
    /// Nil once its author deleted her account (a title is her words too).
    public var title: String?
    /// Nil once its author deleted her account.
    public var authorID: Int64?
    /// `YYYY-MM-DD`, UTC.
    public var createdDay: String
    /// Slow mode's interval, or nil when it is off.
    public var slowModeSeconds: Int?
}

extension ForumThread {
    init(row: Row) {
        id = row["id"]
        space = row["space"]
        title = row["title"]
        authorID = row["authorID"]
        createdDay = row["createdDay"]
        slowModeSeconds = row["slowModeSeconds"]
    }

    /// The columns `init(_:from:)` reads, in its order, for a query that names them.
    static let orderedColumns = ["thread.id", "thread.space", "thread.title", "thread.authorID", "thread.createdDay", "thread.slowModeSeconds"]

    /// A thread from a row that has `orderedColumns` from column `first` on, read by position (`RawRows`).
    init(_ row: RawRow, from first: CInt = 0) throws {
        id = row.int64(first)
        space = try row.text(first + 1)
        title = row.optionalText(first + 2)
        authorID = row.optionalInt64(first + 3)
        createdDay = try row.text(first + 4)
        slowModeSeconds = row.optionalInt64(first + 5).map { Int($0) }
    }
}

/// A thread in a space's list, with what the list shows about its posts. "Shown" posts are
/// those other members find in the thread (with a body or as a placeholder): every state but
/// held and rejected, so a waiting or refused post moves nothing in the list.
public struct ThreadSummary: Sendable, Equatable {
    public var thread: ForumThread
    public var shownPostCount: Int
    /// The day of the newest shown post, or nil if none is shown yet.
    public var latestShownDay: String?
}

/// One post, as stored.
public struct ForumPost: Sendable, Equatable {
    /// A random 63-bit id.
    public var id: Int64
    public var threadID: Int64
    /// 0 for the thread's first post, then 1, 2, ... in the order they were added. A post deleted
    /// whole leaves a gap (or, if it was the last, the next reply takes its position).
    public var position: Int
    /// Nil once its author deleted her account.
    public var authorID: Int64?
    /// Nil once removed by its author (or her account deleted).
    public var body: String?
    public var state: StoredPostState
    /// JSON the web app writes and reads: hold reasons with highlight offsets, a moderator's reason.
    public var stateDetail: String?
    /// `YYYY-MM-DD`, UTC.
    public var createdDay: String
}

extension ForumPost {
    init(row: Row) {
        id = row["id"]
        threadID = row["threadID"]
        position = row["position"]
        authorID = row["authorID"]
        body = row["body"]
        state = StoredPostState(rawValue: row["state"]) ?? .held
        stateDetail = row["stateDetail"]
        createdDay = row["createdDay"]
    }

    /// The columns `init(_:from:)` reads, in its order, for a query that names them.
    static let orderedColumns = [
        "post.id", "post.threadID", "post.position", "post.authorID", "post.body", "post.state", "post.stateDetail", "post.createdDay",
    ]

    /// A post from a row that has `orderedColumns` from column `first` on, read by position (`RawRows`).
    init(_ row: RawRow, from first: CInt = 0) throws {
        id = row.int64(first)
        threadID = row.int64(first + 1)
        position = row.int(first + 2)
        authorID = row.optionalInt64(first + 3)
        body = row.optionalText(first + 4)
        state = StoredPostState(rawValue: try row.text(first + 5)) ?? .held
        stateDetail = row.optionalText(first + 6)
        createdDay = try row.text(first + 7)
    }
}

/// A post in the moderators' queue (held, reported, or hidden after reports), with how many
/// distinct members have reported it since a moderator last decided on it.
public struct QueuedPost: Sendable, Equatable {
    public var post: ForumPost
    public var reportCount: Int
}
