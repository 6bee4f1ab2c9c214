import Foundation

/// Exact times the forum needs for a while and never writes down: when each member posted (rate
/// limits), when she last posted in a thread (slow mode), when each post was written (the edit
/// window), and failed sign-ins (slowing down guessing).
///
/// They live in memory only. A restart forgets them: rate limits start afresh, edit windows close
/// and sign-in counts reset. Each of those errs on the side of keeping no record of when she was here.
actor ForumActivity {
    private var postTimes: [Int64: [Date]] = [:]
    private var lastInThread: [ThreadKey: Date] = [:]
    private var written: [Int64: (member: Int64, at: Date)] = [:]
    private var failures: [String: [Date]] = [:]

    private struct ThreadKey: Hashable {
        let member: Int64
        let thread: Int64
    }

    /// Times are kept for a day: the longest rate-limit window and slow-mode interval.
    static let memory: TimeInterval = 24 * 60 * 60

    func recentPostTimes(member: Int64, now: Date) -> [Date] {
        let kept = (postTimes[member] ?? []).filter { now.timeIntervalSince($0) < Self.memory }
        postTimes[member] = kept.isEmpty ? nil : kept
        return kept
    }

    func lastPost(member: Int64, thread: Int64) -> Date? {
        lastInThread[ThreadKey(member: member, thread: thread)]
    }

    func writtenAt(post: Int64) -> Date? { written[post]?.at }

    /// Records a post she made (a new thread's first post, or a reply).
    func recordPost(member: Int64, thread: Int64, post: Int64, at now: Date) {
        postTimes[member, default: []].append(now)
        lastInThread[ThreadKey(member: member, thread: thread)] = now
        written[post] = (member, now)
        forgetOld(now: now)
    }

    /// Forgets everything about a member (her account is deleted).
    func forget(member: Int64) {
        postTimes[member] = nil
        lastInThread = lastInThread.filter { $0.key.member != member }
        written = written.filter { $0.value.member != member }
    }

    // MARK: - Sign-in attempts

    /// At most this many wrong passphrases (or codes) for one name in `failureWindow`. A right
    /// one does not reset the count, so guessing goes no faster while she uses her account.
    static let failureLimit = 5
    static let failureWindow: TimeInterval = 15 * 60

    /// Whether another attempt for this account name may be tried now.
    func mayTrySignIn(_ name: String, now: Date) -> Bool {
        let recent = (failures[name] ?? []).filter { now.timeIntervalSince($0) < Self.failureWindow }
        failures[name] = recent.isEmpty ? nil : recent
        return recent.count < Self.failureLimit
    }

    /// Records a wrong try, and forgets every try older than the window, for any name, so that
    /// names tried once are not remembered for ever.
    func recordFailedSignIn(_ name: String, now: Date) {
        failures = failures.compactMapValues { times in
            let recent = times.filter { now.timeIntervalSince($0) < Self.failureWindow }
            return recent.isEmpty ? nil : recent
        }
        failures[name, default: []].append(now)
    }

    private func forgetOld(now: Date) {
        written = written.filter { now.timeIntervalSince($0.value.at) < Self.memory }
        lastInThread = lastInThread.filter { now.timeIntervalSince($0.value) < Self.memory }
    }
}
