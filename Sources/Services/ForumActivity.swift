import Foundation

/// Exact times the forum needs for a while and never writes down: when each member posted (rate
/// limits), when she last posted in a thread (slow mode), when each post was written (the edit
/// window), and failed sign-ins (slowing down guessing).
///
/// They live in memory only. A restart forgets them: rate limits start afresh, edit windows close
/// and sign-in counts reset. Each of those errs on the side of keeping no record of when she was here.
public actor ForumActivity {
    private var postTimes: [Int64: [Date]] = [:]
    private var lastInThread: [ThreadKey: Date] = [:]
    private var written: [Int64: (member: Int64, at: Date)] = [:]
    private var failures: [String: [Date]] = [:]
    private var failuresSinceSweep = 0

    public init() {}

    private struct ThreadKey: Hashable {
        let member: Int64
        let thread: Int64
    }

    /// Times are kept for a day: the longest rate-limit window and slow-mode interval.
    public static let memory: TimeInterval = 24 * 60 * 60

    public func recentPostTimes(member: Int64, now: Date) -> [Date] {
        let kept = (postTimes[member] ?? []).filter { now.timeIntervalSince($0) < Self.memory }
        postTimes[member] = kept.isEmpty ? nil : kept
        return kept
    }

    public func lastPost(member: Int64, thread: Int64) -> Date? {
        lastInThread[ThreadKey(member: member, thread: thread)]
    }

    public func writtenAt(post: Int64) -> Date? { written[post]?.at }

    /// When each of `posts` was written, for those still remembered: a page asks once for all.
    public func writtenAt(posts: [Int64]) -> [Int64: Date] {
        var times: [Int64: Date] = [:]
        for post in posts { if let at = written[post]?.at { times[post] = at } }
        return times
    }

    /// Records a post she made (a new thread's first post, or a reply).
    public func recordPost(member: Int64, thread: Int64, post: Int64, at now: Date) {
        postTimes[member, default: []].append(now)
        lastInThread[ThreadKey(member: member, thread: thread)] = now
        written[post] = (member, now)
        forgetOld(now: now)
    }

    /// Forgets everything about a member (her account is deleted).
    public func forget(member: Int64) {
        postTimes[member] = nil
        lastInThread = lastInThread.filter { $0.key.member != member }
        written = written.filter { $0.value.member != member }
    }

    // MARK: - Sign-in attempts

    /// At most this many wrong passphrases (or codes) for one name in `failureWindow`. A right
    /// one does not reset the count, so guessing goes no faster while she uses her account.
    public static let failureLimit = 5
    public static let failureWindow: TimeInterval = 15 * 60

    /// Names remembered at most (those whose last wrong try is oldest are forgotten first), and the
    /// length of name kept: what an attacker sends cannot make this grow without bound (150 tries
    /// with 200 KiB names once added 35 MiB).
    public static let rememberedNames = 20_000
    public static let keptNameLength = 80

    private static func key(_ name: String) -> String { String(name.prefix(keptNameLength)) }

    /// Whether another attempt for this account name may be tried now.
    public func mayTrySignIn(_ name: String, now: Date) -> Bool {
        let name = Self.key(name)
        let recent = (failures[name] ?? []).filter { now.timeIntervalSince($0) < Self.failureWindow }
        failures[name] = recent.isEmpty ? nil : recent
        return recent.count < Self.failureLimit
    }

    /// Records a wrong try. Tries older than the window are forgotten when the name is next asked
    /// about, and for every name every 256 wrong tries and whenever the memory is full.
    public func recordFailedSignIn(_ name: String, now: Date) {
        let name = Self.key(name)
        failures[name, default: []].append(now)
        failures[name] = Array(failures[name]!.suffix(Self.failureLimit))
        failuresSinceSweep += 1
        // Every so often, and whenever the memory is full, tries older than the window go.
        guard failures.count > Self.rememberedNames || failuresSinceSweep >= 256 else { return }
        failuresSinceSweep = 0
        // When full, the oldest go too, down to nine tenths, so the sort runs once per thousands of
        // new names rather than at every try.
        failures = failures.compactMapValues { times in
            let recent = times.filter { now.timeIntervalSince($0) < Self.failureWindow }
            return recent.isEmpty ? nil : recent
        }
        let keep = Self.rememberedNames * 9 / 10
        if failures.count > Self.rememberedNames {
            let oldest = failures.sorted { ($0.value.last ?? now) < ($1.value.last ?? now) }.prefix(failures.count - keep)
            for (forgotten, _) in oldest { failures[forgotten] = nil }
        }
    }

    /// How many names are remembered, for tests.
    public var rememberedNameCount: Int { failures.count }

    private func forgetOld(now: Date) {
        written = written.filter { now.timeIntervalSince($0.value.at) < Self.memory }
        lastInThread = lastInThread.filter { now.timeIntervalSince($0.value) < Self.memory }
    }
}
