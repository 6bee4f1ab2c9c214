/// How many members have reported a post since a moderator last decided on it: at least one.
public struct ReportCount: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: Int

    /// Nil for zero or fewer: a post nobody reported is simply visible.
    public init?(_ value: Int) {
        guard value >= 1 else { return nil }
        self.value = value
    }

    public static func < (lhs: ReportCount, rhs: ReportCount) -> Bool { lhs.value < rhs.value }

    public var description: String { String(value) }
}

/// Where a post stands. Every post is in exactly one of these; moderators and reports move it
/// between them through `ModerationPolicy.afterReport` and `PostState.applying(_:)`, which refuse
/// the moves that make no sense.
///
/// ```
/// held                                   ─ approve, redactAndApprove ─▶ visible
/// held                                   ─ reject ────────────────────▶ rejected
/// visible, visibleReported               ─ a report ──────────────────▶ visibleReported,
///                                                    or hiddenPendingReview once reportsToHide is reached
/// visible                                ─ redactAndApprove ──────────▶ visible
/// visibleReported, hiddenPendingReview   ─ approve, redactAndApprove ─▶ visible
/// visible, visibleReported, hidden...    ─ reject ────────────────────▶ removedByModerator
/// visible, visibleReported, hidden...    ─ the author deletes it ─────▶ removedByAuthor
/// held, rejected                         ─ the author deletes it ─────▶ (the row is deleted)
/// ```
public enum PostState: Hashable, Sendable {
    /// Waiting for a moderator before anybody else sees it.
    case held(NonEmptySet<HoldReason>)
    /// Published.
    case visible
    /// Published, and reported by fewer members than `ModerationPolicy.reportsToHide`:
    /// it stays visible, and sits in the moderator queue.
    case visibleReported(reports: ReportCount)
    /// Reported by enough members that it is hidden until a moderator decides.
    case hiddenPendingReview(reports: ReportCount)
    /// A held post a moderator turned down; only its author sees it, with the reason.
    case rejected(reason: ModeratorText)
    /// The author removed it (or deleted her account). Storage erases the body; replies stay
    /// readable under a "removed by its author" placeholder.
    case removedByAuthor
    /// A published post a moderator took down; its author sees the reason.
    case removedByModerator(reason: ModeratorText)

    /// Whether members other than the author can read the body.
    public var isVisibleToMembers: Bool {
        switch self {
        case .visible, .visibleReported: return true
        case .held, .hiddenPendingReview, .rejected, .removedByAuthor, .removedByModerator: return false
        }
    }

    /// Whether this post counts among the author's published posts, the number
    /// `ModerationPolicy.decideNewPost(authorPostCount:screen:)` compares with
    /// `newMemberPostCount`. Held, rejected, hidden and removed posts do not count.
    public var countsAsPublished: Bool { isVisibleToMembers }

    /// Why the post is in the moderator queue, or nil when it is not.
    public var reviewReason: ReviewReason? {
        switch self {
        case .held(let reasons): return .held(reasons)
        case .visibleReported(let reports): return .reported(reports)
        case .hiddenPendingReview(let reports): return .hiddenAfterReports(reports)
        case .visible, .rejected, .removedByAuthor, .removedByModerator: return nil
        }
    }
}

/// What the moderator queue shows beside a post: why it is there.
public enum ReviewReason: Hashable, Sendable {
    case held(NonEmptySet<HoldReason>)
    /// Still visible; reported by this many members.
    case reported(ReportCount)
    /// Hidden because this many members reported it.
    case hiddenAfterReports(ReportCount)

    /// Most urgent first: hidden posts (members are waiting on them), then held posts
    /// (their authors are waiting), then visible reported posts. Lower is more urgent.
    public var urgency: Int {
        switch self {
        case .hiddenAfterReports: return 0
        case .held: return 1
        case .reported: return 2
        }
    }
}

// MARK: - What people see

/// Who is looking at a post.
public enum PostViewer: Hashable, Sendable {
    /// The member who wrote it.
    case author
    /// Any other member, or a moderator reading the forum (the queue shows moderators the rest).
    case otherMember
}

/// How a post appears in a thread, for one viewer.
public enum PostPresentation: Hashable, Sendable {
    /// The body, as plain text.
    case body
    /// The body, with a note only its author sees.
    case bodyWithNote(AuthorNote)
    /// No body: a placeholder, so that replies still make sense.
    case placeholder(PostPlaceholder)
    /// Not in the thread at all.
    case absent
}

/// A note on her own post that only its author sees.
public enum AuthorNote: Hashable, Sendable {
    case waitingForModerator
    case hiddenWhileModeratorLooks
    case rejected(reason: ModeratorText)
    case removedByModerator(reason: ModeratorText)
}

/// What stands in a thread where a post's body is not shown.
public enum PostPlaceholder: Hashable, Sendable {
    case hiddenWhileModeratorLooks
    case removedByAuthor
    case removedByModerator
}

extension PostState {
    /// How the post appears to `viewer`. Reports are never shown to anybody but moderators,
    /// so nobody learns that she was reported, or who reported her.
    public func presentation(to viewer: PostViewer) -> PostPresentation {
        switch (self, viewer) {
        case (.visible, _), (.visibleReported, _):
            return .body
        case (.held, .author):
            return .bodyWithNote(.waitingForModerator)
        case (.held, .otherMember), (.rejected, .otherMember):
            return .absent
        case (.hiddenPendingReview, .author):
            return .bodyWithNote(.hiddenWhileModeratorLooks)
        case (.hiddenPendingReview, .otherMember):
            return .placeholder(.hiddenWhileModeratorLooks)
        case (.rejected(let reason), .author):
            return .bodyWithNote(.rejected(reason: reason))
        case (.removedByAuthor, _):
            return .placeholder(.removedByAuthor)
        case (.removedByModerator(let reason), .author):
            return .bodyWithNote(.removedByModerator(reason: reason))
        case (.removedByModerator, .otherMember):
            return .placeholder(.removedByModerator)
        }
    }
}

// MARK: - The author's control

extension PostState {
    /// The post after its author deletes it: nil means delete the row entirely (nobody else
    /// ever saw it, so nothing can refer to it); otherwise `.removedByAuthor`, and storage erases
    /// the body and keeps the placeholder so replies stay readable.
    ///
    /// - Throws: `ModerationError.postRemovedByAuthor` or `.postRemovedByModerator` when there is
    ///   nothing left to delete.
    public func afterAuthorRemoves() throws(ModerationError) -> PostState? {
        switch self {
        case .held, .rejected: return nil
        case .visible, .visibleReported, .hiddenPendingReview: return .removedByAuthor
        case .removedByAuthor: throw .postRemovedByAuthor
        case .removedByModerator: throw .postRemovedByModerator
        }
    }

    /// The post after its author deletes her account: every post goes at once, and this never
    /// refuses. Nil means delete the row; a post a moderator removed keeps its placeholder.
    /// Storage erases every body either way.
    public var afterAuthorDeletesAccount: PostState? {
        switch self {
        case .held, .rejected: return nil
        case .visible, .visibleReported, .hiddenPendingReview, .removedByAuthor: return .removedByAuthor
        case .removedByModerator: return self
        }
    }
}
