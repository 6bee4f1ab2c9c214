import Foundation

/// Whether a member may post now, and if not, from when.
public enum RateDecision: Hashable, Sendable {
    case allowed
    /// She may post again at this moment (and not before).
    case wait(until: Date)
}

/// At most `posts` posts in any `window` (a sliding window, in seconds).
public struct RateLimit: Hashable, Sendable {
    public let posts: Int
    public let window: TimeInterval

    /// Nil unless `posts` is at least 1 and `window` is a positive, finite number of seconds.
    public init?(posts: Int, per window: TimeInterval) {
        guard posts >= 1, window > 0, window.isFinite else { return nil }
        self.init(checkedPosts: posts, window: window)
    }

    init(checkedPosts: Int, window: TimeInterval) {
        posts = checkedPosts
        self.window = window
    }

    public static let hour: TimeInterval = 60 * 60
    public static let day: TimeInterval = 24 * hour

    /// When she may post again under this limit alone, or nil if she may post now.
    ///
    /// A post counts while it is less than `window` old: one made exactly `window` ago no longer
    /// counts. A post time after `now` (a clock that was ahead) counts as recent.
    public func waitUntil(recentPostTimes: [Date], now: Date) -> Date? {
        let windowStart = now.addingTimeInterval(-window)
        let counted = recentPostTimes.filter { $0 > windowStart }.sorted()
        guard counted.count >= posts else { return nil }
        // Once this post leaves the window, posts - 1 remain: room for one more.
        return counted[counted.count - posts].addingTimeInterval(window)
    }
}

/// The per-member posting limits: stricter while she is new (for `newMemberPeriod` after she
/// joined). A pure check over the times of her recent posts, threads and replies alike.
public struct RateLimiter: Hashable, Sendable {
    /// How long a member counts as new, from when she joined.
    public let newMemberPeriod: TimeInterval
    public let newMemberLimits: [RateLimit]
    public let memberLimits: [RateLimit]

    public init(newMemberPeriod: TimeInterval, newMemberLimits: [RateLimit], memberLimits: [RateLimit]) {
        self.newMemberPeriod = newMemberPeriod
        self.newMemberLimits = newMemberLimits
        self.memberLimits = memberLimits
    }

    /// Whether she is still new at `now`: true until `newMemberPeriod` has passed since she joined.
    public func isNewMember(memberSince: Date, now: Date) -> Bool {
        now < memberSince.addingTimeInterval(newMemberPeriod)
    }

    /// The limits that apply to her at `now`.
    public func limits(memberSince: Date, now: Date) -> [RateLimit] {
        isNewMember(memberSince: memberSince, now: now) ? newMemberLimits : memberLimits
    }

    /// Whether she may post at `now`, given the times of her recent posts (at least the last day's;
    /// older ones are ignored). When several limits are reached, the wait is the longest, so
    /// she is never told a time at which she would be refused again.
    public func check(recentPostTimes: [Date], memberSince: Date, now: Date) -> RateDecision {
        let waits = limits(memberSince: memberSince, now: now)
            .compactMap { $0.waitUntil(recentPostTimes: recentPostTimes, now: now) }
        guard let until = waits.max() else { return .allowed }
        return .wait(until: until)
    }
}

/// A thread's slow mode, which a moderator switches on to calm a heated thread: each member may
/// post in the thread once per `interval`. A thread without slow mode has no `SlowMode` value.
public struct SlowMode: Hashable, Sendable {
    /// The longest interval a moderator can set: one day.
    public static let maximumInterval: TimeInterval = RateLimit.day

    public let interval: TimeInterval

    /// Nil unless `interval` is more than zero seconds and at most `maximumInterval`.
    public init?(interval: TimeInterval) {
        guard interval > 0, interval <= Self.maximumInterval else { return nil }
        self.init(checkedInterval: interval)
    }

    init(checkedInterval: TimeInterval) {
        interval = checkedInterval
    }

    /// Whether she may post in the thread at `now`, given when she last posted in it (nil if never).
    /// She may post again exactly `interval` after her last post.
    public func check(lastPostInThread: Date?, now: Date) -> RateDecision {
        guard let last = lastPostInThread else { return .allowed }
        let next = last.addingTimeInterval(interval)
        return now >= next ? .allowed : .wait(until: next)
    }
}
