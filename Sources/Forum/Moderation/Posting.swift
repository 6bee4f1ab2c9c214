import Foundation

/// What a member is about to post.
public enum PostKind: Hashable, Sendable {
    /// A new thread (its first post).
    case newThread
    /// A reply in a thread: the thread's slow mode (nil when off) and when she last posted in it
    /// (nil if never).
    case reply(slowMode: SlowMode?, lastPostInThread: Date?)

    /// The permission the route checks for it.
    public var permission: Permission {
        switch self {
        case .newThread: return .startThread
        case .reply: return .reply
        }
    }
}

/// Whether a member may post at all right now (before her text is looked at).
public enum PostingCheck: Hashable, Sendable {
    case allowed
    case refused(PostingRefusal)
}

/// Why a member may not post right now.
public enum PostingRefusal: Hashable, Sendable {
    /// She is suspended or banned.
    case standing(MemberStanding.Status)
    /// She has reached a posting rate limit; she may post again at `until`.
    case rateLimited(until: Date)
    /// The thread is in slow mode; she may post in it again at `until`.
    case slowMode(until: Date)
}

extension ModerationPolicy {
    /// Whether a member may post now: her standing first, then the rate limits and the thread's
    /// slow mode. When both limits hold her back, the refusal is the one that ends later, so she
    /// is never told a time at which she would be refused again (on a tie, the rate limit).
    ///
    /// Her role is the route's business (`Role.permits(kind.permission)`); this is everything
    /// after it. The web app asks before showing the form and again when the post arrives.
    ///
    /// - Parameters:
    ///   - recentPostTimes: when she posted in the last day, anywhere in the forum.
    ///   - memberSince: when she joined.
    public func checkPosting(
        _ kind: PostKind, standing: MemberStanding, memberSince: Date, recentPostTimes: [Date], now: Date
    ) -> PostingCheck {
        guard standing.allows(kind.permission, at: now) else {
            return .refused(.standing(standing.status(at: now)))
        }
        var refusal: (until: Date, reason: PostingRefusal)?
        if case .wait(let until) = rateLimiter.check(recentPostTimes: recentPostTimes, memberSince: memberSince, now: now) {
            refusal = (until, .rateLimited(until: until))
        }
        if case .reply(let slowMode?, let last) = kind,
           case .wait(let until) = slowMode.check(lastPostInThread: last, now: now),
           until > refusal?.until ?? .distantPast {
            refusal = (until, .slowMode(until: until))
        }
        return refusal.map { .refused($0.reason) } ?? .allowed
    }
}

// MARK: - Editing

/// Whether the author may edit a post now.
public enum EditCheck: Hashable, Sendable {
    /// She may, until this moment.
    case allowed(until: Date)
    case refused(EditRefusal)
}

/// Why a post cannot be edited.
public enum EditRefusal: Hashable, Sendable {
    /// Her standing does not let her edit (suspended or banned).
    case standing(MemberStanding.Status)
    /// The edit window closed at this moment.
    case windowClosed(at: Date)
    /// Members reported it and a moderator has yet to look: the moderator sees what was reported.
    case underReview
    /// Rejected or removed: there is nothing to edit.
    case notEditable
}

/// The result of an edit: refused, blocked by the screen, or saved in a new state.
public enum EditOutcome: Hashable, Sendable {
    case refused(EditRefusal)
    /// The new text is not saved; the old text stays as it was.
    case blocked(NonEmptySet<ScreenConcern>)
    /// The new text is saved, and the post is now in this state (held again if the new text
    /// needs a moderator).
    case saved(PostState)
}

extension ModerationPolicy {
    /// Whether the author may edit a post at `now`: only her held or published posts that nobody
    /// has reported, within `editWindow` of posting (the window closes at exactly
    /// `postedAt + editWindow`), and only while her standing allows editing. The window runs from
    /// posting, not from approval.
    public func canEdit(state: PostState, postedAt: Date, standing: MemberStanding, now: Date) -> EditCheck {
        guard standing.allows(.editOwnPosts, at: now) else {
            return .refused(.standing(standing.status(at: now)))
        }
        switch state {
        case .held, .visible:
            break
        case .visibleReported, .hiddenPendingReview:
            return .refused(.underReview)
        case .rejected, .removedByAuthor, .removedByModerator:
            return .refused(.notEditable)
        }
        let closes = postedAt.addingTimeInterval(editWindow)
        return now < closes ? .allowed(until: closes) : .refused(.windowClosed(at: closes))
    }

    /// The post after its author edits it: `canEdit` first, then the new text is judged exactly
    /// like a new post (`decideNewPost`), so an edit cannot slip past the screen or the
    /// new-member hold. A held post whose new text needs nobody is published; a published post
    /// whose new text needs a moderator goes back to being held.
    ///
    /// - Parameters:
    ///   - authorPostCount: her published posts other than this one.
    ///   - screen: the screen's verdict on the new, normalised text.
    public func edit(
        state: PostState, postedAt: Date, standing: MemberStanding, authorPostCount: Int, screen: ScreenOutcome, now: Date
    ) -> EditOutcome {
        if case .refused(let refusal) = canEdit(state: state, postedAt: postedAt, standing: standing, now: now) {
            return .refused(refusal)
        }
        switch decideNewPost(authorPostCount: authorPostCount, screen: screen) {
        case .block(let concerns): return .blocked(concerns)
        case .publish: return .saved(.visible)
        case .hold(let reasons): return .saved(.held(reasons))
        }
    }
}
