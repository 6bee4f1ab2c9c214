import Foundation

/// The forum's configurable posting and moderation rules, and the decisions made with them.
///
/// Every setting is checked when the policy is made, so a policy that exists makes sense:
/// `ModerationPolicy.standard` for the defaults, or `try ModerationPolicy(reportsToHide: 5)`
/// to change some.
public struct ModerationPolicy: Hashable, Sendable {
    /// A member's first this-many published posts are held for a moderator. 0 holds none.
    public let newMemberPostCount: Int
    /// A visible post reported by this many members is hidden until a moderator decides.
    public let reportsToHide: Int
    /// Allowed length of a post body, in characters after normalising.
    public let bodyLength: ClosedRange<Int>
    /// Allowed length of a thread title, in characters after normalising.
    public let titleLength: ClosedRange<Int>
    /// How long after posting the author may edit a post. 0 turns editing off.
    public let editWindow: TimeInterval
    /// Posting rate limits, stricter for new members.
    public let rateLimiter: RateLimiter
    /// The slow mode a moderator gets when she switches it on without choosing an interval.
    public let defaultSlowMode: SlowMode

    /// Why a policy could not be made.
    public enum Problem: Error, Hashable, Sendable {
        case newMemberPostCountNegative
        case reportsToHideBelowOne
        case bodyMinimumBelowOne
        case titleMinimumBelowOne
        case editWindowNegative
        case newMemberPeriodNegative
    }

    /// The defaults: hold a member's first 3 posts; hide a post after 3 reports; bodies of
    /// 1 to 5000 characters, titles of 1 to 120; edit for 30 minutes; new members (for their
    /// first 7 days) may post 3 times an hour and 10 times a day, other members 20 times an hour;
    /// slow mode, when switched on, allows one post per member every 10 minutes.
    public static let standard = ModerationPolicy(
        checkedNewMemberPostCount: 3,
        reportsToHide: 3,
        bodyLength: 1...5000,
        titleLength: 1...120,
        editWindow: 30 * 60,
        rateLimiter: RateLimiter(
            newMemberPeriod: 7 * RateLimit.day,
            newMemberLimits: [
                RateLimit(checkedPosts: 3, window: RateLimit.hour),
                RateLimit(checkedPosts: 10, window: RateLimit.day),
            ],
            memberLimits: [RateLimit(checkedPosts: 20, window: RateLimit.hour)]
        ),
        defaultSlowMode: SlowMode(checkedInterval: 10 * 60)
    )

    /// A policy with some settings changed from `standard`.
    public init(
        newMemberPostCount: Int = standard.newMemberPostCount,
        reportsToHide: Int = standard.reportsToHide,
        bodyLength: ClosedRange<Int> = standard.bodyLength,
        titleLength: ClosedRange<Int> = standard.titleLength,
        editWindow: TimeInterval = standard.editWindow,
        rateLimiter: RateLimiter = standard.rateLimiter,
        defaultSlowMode: SlowMode = standard.defaultSlowMode
    ) throws(Problem) {
        guard newMemberPostCount >= 0 else { throw .newMemberPostCountNegative }
        guard reportsToHide >= 1 else { throw .reportsToHideBelowOne }
        guard bodyLength.lowerBound >= 1 else { throw .bodyMinimumBelowOne }
        guard titleLength.lowerBound >= 1 else { throw .titleMinimumBelowOne }
        guard editWindow >= 0, editWindow.isFinite else { throw .editWindowNegative }
        guard rateLimiter.newMemberPeriod >= 0, rateLimiter.newMemberPeriod.isFinite else { throw .newMemberPeriodNegative }
        self.init(
            checkedNewMemberPostCount: newMemberPostCount, reportsToHide: reportsToHide,
            bodyLength: bodyLength, titleLength: titleLength, editWindow: editWindow,
            rateLimiter: rateLimiter, defaultSlowMode: defaultSlowMode
        )
    }

    private init(
        checkedNewMemberPostCount: Int, reportsToHide: Int, bodyLength: ClosedRange<Int>,
        titleLength: ClosedRange<Int>, editWindow: TimeInterval, rateLimiter: RateLimiter, defaultSlowMode: SlowMode
    ) {
        newMemberPostCount = checkedNewMemberPostCount
        self.reportsToHide = reportsToHide
        self.bodyLength = bodyLength
        self.titleLength = titleLength
        self.editWindow = editWindow
        self.rateLimiter = rateLimiter
        self.defaultSlowMode = defaultSlowMode
    }
}

// MARK: - Text

extension ModerationPolicy {
    /// A new or edited post body, normalised, within `bodyLength`.
    public func body(_ raw: String) throws(PostTextProblem) -> PostText {
        guard let text = PostText(normalising: raw) else { throw .empty }
        if text.length < bodyLength.lowerBound { throw .tooShort(minimum: bodyLength.lowerBound) }
        if text.length > bodyLength.upperBound { throw .tooLong(maximum: bodyLength.upperBound) }
        return text
    }

    /// A new thread's title, normalised to one line, within `titleLength`.
    public func title(_ raw: String) throws(PostTextProblem) -> ThreadTitle {
        guard let title = ThreadTitle(normalising: raw) else { throw .empty }
        if title.length < titleLength.lowerBound { throw .tooShort(minimum: titleLength.lowerBound) }
        if title.length > titleLength.upperBound { throw .tooLong(maximum: titleLength.upperBound) }
        return title
    }
}

// MARK: - New posts

/// What happens to a new (or edited) post once its text is accepted and screened.
public enum PostDecision: Hashable, Sendable {
    /// Stored and shown at once.
    case publish
    /// Stored, and shown to nobody else until a moderator has looked; the queue shows why.
    case hold(NonEmptySet<HoldReason>)
    /// Not stored: the screen or a watched word blocks it. The author is told what kind of thing
    /// to take out (never the detail itself), and her text stays in the form for her to change.
    case block(NonEmptySet<ScreenConcern>)

    /// The state to store the post in, or nil when it is not stored.
    public var state: PostState? {
        switch self {
        case .publish: return .visible
        case .hold(let reasons): return .held(reasons)
        case .block: return nil
        }
    }
}

extension ModerationPolicy {
    /// Whether a post is published, held or blocked.
    ///
    /// - Parameters:
    ///   - authorPostCount: how many of the author's *other* posts count as published
    ///     (`PostState.countsAsPublished`). While it is below `newMemberPostCount` the post is
    ///     held with `.newMember`; a negative count is treated as zero.
    ///   - screen: the identifying-detail screen's verdict on the normalised text.
    /// - Returns: `.block` whenever the screen blocks; otherwise `.hold` with every reason that
    ///   applies (the screen's and `.newMember`), or `.publish` when none does.
    public func decideNewPost(authorPostCount: Int, screen: ScreenOutcome) -> PostDecision {
        let isNew = authorPostCount < newMemberPostCount
        switch screen {
        case .block(let concerns):
            return .block(concerns)
        case .hold(let concerns):
            let reasons = concerns.mapping(HoldReason.init)
            return .hold(isNew ? reasons.union(NonEmptySet(.newMember)) : reasons)
        case .clear:
            return isNew ? .hold(NonEmptySet(.newMember)) : .publish
        }
    }

    /// The post's state after `count` members have reported it since a moderator last decided
    /// on it (storage counts distinct members, and starts again from zero after each decision).
    ///
    /// A published post stays visible, in the queue, until `reportsToHide` members have reported
    /// it; then it is hidden until a moderator acts. A hidden post stays hidden whatever the count.
    ///
    /// - Throws: `.postNotReportable` for a post other members cannot read (held, rejected, removed).
    public func afterReport(_ state: PostState, reportCount count: ReportCount) throws(ModerationError) -> PostState {
        switch state {
        case .visible, .visibleReported:
            return count.value >= reportsToHide ? .hiddenPendingReview(reports: count) : .visibleReported(reports: count)
        case .hiddenPendingReview(let earlier):
            return .hiddenPendingReview(reports: max(earlier, count))
        case .held, .rejected, .removedByAuthor, .removedByModerator:
            throw .postNotReportable
        }
    }
}
