import Forum
import Foundation
import Testing

private typealias F = ModerationFixture

/// Rate limits (new and established members), slow mode, the posting check and the edit window.
@Suite struct RateLimitTests {
    static let policy = ModerationPolicy.standard
    static let limiter = policy.rateLimiter
    static let now = F.now
    /// Joined yesterday: new. Joined a month ago: established.
    static let newMember = now.addingTimeInterval(-F.day)
    static let established = now.addingTimeInterval(-30 * F.day)

    static func ago(_ seconds: TimeInterval) -> Date { now.addingTimeInterval(-seconds) }
    static func ago(minutes: [Double]) -> [Date] { minutes.map { ago($0 * F.minute) } }

    // MARK: The limits themselves

    @Test func defaults() {
        #expect(Self.limiter.newMemberPeriod == 7 * F.day)
        #expect(Self.limiter.newMemberLimits == [RateLimit(posts: 3, per: F.hour), RateLimit(posts: 10, per: F.day)])
        #expect(Self.limiter.memberLimits == [RateLimit(posts: 20, per: F.hour)])
        #expect(Self.policy.defaultSlowMode == SlowMode(interval: 10 * F.minute))
    }

    @Test(arguments: [
        (0, F.hour), (-1, F.hour), (1, 0), (1, -F.hour), (1, .infinity), (1, .nan),
    ])
    func nonsenseLimitsCannotBeMade(_ posts: Int, _ window: TimeInterval) {
        #expect(RateLimit(posts: posts, per: window) == nil)
    }

    @Test(arguments: [
        // minutes ago of each recent post, and when she may post again (minutes from now; nil: now)
        ([Double](), Double?.none),
        ([10, 30], nil),
        ([10, 30, 59], 1),
        ([59, 10, 30], 1), // in any order
        ([60, 30, 10], nil), // a post exactly an hour old no longer counts
        ([59.99, 30, 10], 0.01),
        ([5, 10, 20, 30], 40), // four posts in the hour: two must leave it
        ([-5, 10, 20], 40), // a post "in the future" (a clock ahead) counts
        ([120, 180, 600], nil),
    ])
    func threePostsPerHour(_ minutesAgo: [Double], _ waitMinutes: Double?) throws {
        let limit = try #require(RateLimit(posts: 3, per: F.hour))
        let expected = waitMinutes.map { Self.now.addingTimeInterval($0 * F.minute) }
        let actual = limit.waitUntil(recentPostTimes: Self.ago(minutes: minutesAgo), now: Self.now)
        #expect(actual.map { $0.timeIntervalSince(Self.now).rounded() } == expected.map { $0.timeIntervalSince(Self.now).rounded() })
    }

    // MARK: New and established members

    @Test(arguments: [
        // joined this long ago, whether she is new
        (0.0, true), (F.day, true), (7 * F.day - 1, true), (7 * F.day, false), (30 * F.day, false),
        (-F.day, true), // joined "in the future": still new
    ])
    func newForSevenDays(_ joinedAgo: TimeInterval, _ isNew: Bool) {
        #expect(Self.limiter.isNewMember(memberSince: Self.ago(joinedAgo), now: Self.now) == isNew)
    }

    @Test(arguments: [
        // minutes ago of recent posts, wait for a new member (minutes), wait for an established one
        ([Double](), Double?.none, Double?.none),
        ([10, 20], nil, nil),
        ([10, 20, 30], 30, nil),
        ([10, 20, 50], 10, nil),
        // ten posts in the day, none in the last hour: new members wait for the first to be a day old
        ([70, 100, 130, 160, 190, 220, 250, 280, 310, 1380], 60, nil),
        ([70, 100, 130, 160, 190, 220, 250, 280, 310, 1440], nil, nil),
        // nineteen in the hour is fine for an established member; twenty is not. A new member
        // has reached her daily limit too: she waits for her tenth latest post to be a day old.
        (Array(stride(from: 1.0, through: 19, by: 1)), 1430, nil),
        (Array(stride(from: 1.0, through: 20, by: 1)), 1430, 40),
        (Array(stride(from: 1.0, through: 25, by: 1)), 1430, 40),
    ])
    func stricterForNewMembers(_ minutesAgo: [Double], _ newWait: Double?, _ establishedWait: Double?) {
        let times = Self.ago(minutes: minutesAgo)
        for (since, wait) in [(Self.newMember, newWait), (Self.established, establishedWait)] {
            let expected = wait.map { RateDecision.wait(until: Self.now.addingTimeInterval($0 * F.minute)) } ?? .allowed
            #expect(Self.limiter.check(recentPostTimes: times, memberSince: since, now: Self.now) == expected,
                    "\(since == Self.newMember ? "new" : "established") member")
        }
    }

    @Test func whenBothLimitsAreReachedTheLongerWaitIsGiven() {
        // Three posts in the last hour (free in 30 minutes) and ten in the day (free in 3 hours).
        let times = Self.ago(minutes: [10, 20, 30, 300, 400, 500, 600, 700, 800, 1260])
        #expect(Self.limiter.check(recentPostTimes: times, memberSince: Self.newMember, now: Self.now)
                == .wait(until: Self.now.addingTimeInterval(3 * F.hour)))
    }

    @Test func theWaitEndsWhereTheLimitAllowsAgain() {
        let times = Self.ago(minutes: [10, 20, 30])
        guard case .wait(let until) = Self.limiter.check(recentPostTimes: times, memberSince: Self.newMember, now: Self.now) else {
            Issue.record("expected a wait")
            return
        }
        #expect(Self.limiter.check(recentPostTimes: times, memberSince: Self.newMember, now: until) == .allowed)
        #expect(Self.limiter.check(recentPostTimes: times, memberSince: Self.newMember, now: until.addingTimeInterval(-1)) != .allowed)
    }

    @Test func limitsAreConfigurable() throws {
        let strict = RateLimiter(
            newMemberPeriod: 30 * F.day,
            newMemberLimits: [try #require(RateLimit(posts: 1, per: F.day))],
            memberLimits: []
        )
        let policy = try ModerationPolicy(rateLimiter: strict)
        let since = Self.ago(20 * F.day)
        #expect(policy.rateLimiter.check(recentPostTimes: Self.ago(minutes: [600]), memberSince: since, now: Self.now)
                == .wait(until: Self.now.addingTimeInterval(14 * F.hour)))
        // With no limits, nothing holds an established member back.
        let many = Self.ago(minutes: Array(stride(from: 1.0, through: 200, by: 1)))
        #expect(policy.rateLimiter.check(recentPostTimes: many, memberSince: Self.ago(40 * F.day), now: Self.now) == .allowed)
    }

    // MARK: Slow mode

    @Test(arguments: [(0.0, false), (-60, false), (1, true), (600, true), (86_400, true), (86_401, false), (.infinity, false), (.nan, false)])
    func slowModeIntervals(_ seconds: TimeInterval, _ valid: Bool) {
        #expect((SlowMode(interval: seconds) != nil) == valid)
    }

    @Test(arguments: [
        // minutes since her last post in the thread (nil: never), wait in minutes (nil: allowed)
        (Double?.none, Double?.none),
        (30, nil),
        (10, nil), // exactly the interval: allowed
        (9.99, 0.01),
        (1, 9),
        (0, 10),
    ])
    func slowModeTenMinutes(_ lastMinutesAgo: Double?, _ waitMinutes: Double?) throws {
        let slow = try #require(SlowMode(interval: 10 * F.minute))
        let last = lastMinutesAgo.map { Self.ago($0 * F.minute) }
        let decision = slow.check(lastPostInThread: last, now: Self.now)
        switch (decision, waitMinutes) {
        case (.allowed, nil): break
        case (.wait(let until), let minutes?):
            #expect((until.timeIntervalSince(Self.now) - minutes * F.minute).magnitude < 0.001)
        default: Issue.record("expected \(String(describing: waitMinutes)), got \(decision)")
        }
    }

    // MARK: The whole posting check

    static let slow = SlowMode(interval: 10 * F.minute)

    @Test func slowModeAppliesOnlyToReplies() {
        let thread = Self.policy.checkPosting(.newThread, standing: .newMember, memberSince: Self.established,
                                              recentPostTimes: [Self.ago(F.minute)], now: Self.now)
        #expect(thread == .allowed)
        let reply = Self.policy.checkPosting(.reply(slowMode: Self.slow, lastPostInThread: Self.ago(F.minute)),
                                             standing: .newMember, memberSince: Self.established,
                                             recentPostTimes: [Self.ago(F.minute)], now: Self.now)
        #expect(reply == .refused(.slowMode(until: Self.now.addingTimeInterval(9 * F.minute))))
        let offReply = Self.policy.checkPosting(.reply(slowMode: nil, lastPostInThread: Self.ago(F.minute)),
                                                standing: .newMember, memberSince: Self.established,
                                                recentPostTimes: [Self.ago(F.minute)], now: Self.now)
        #expect(offReply == .allowed)
    }

    @Test(arguments: [
        // her posts (minutes ago), her last in this thread, the refusal
        ([Double]([1, 2, 3]), 1.0, PostingRefusal.rateLimited(until: now.addingTimeInterval(57 * F.minute))),
        ([1], 1, .slowMode(until: now.addingTimeInterval(9 * F.minute))),
        // rate limit free in 5 minutes, slow mode in 9: she is told 9
        ([1, 2, 55], 1, .slowMode(until: now.addingTimeInterval(9 * F.minute))),
        // both free at the same moment: the rate limit is named
        ([1, 2, 51], 1, .rateLimited(until: now.addingTimeInterval(9 * F.minute))),
    ])
    func theLaterOfRateLimitAndSlowModeIsGiven(_ minutesAgo: [Double], _ lastInThread: Double, _ refusal: PostingRefusal) {
        let check = Self.policy.checkPosting(
            .reply(slowMode: Self.slow, lastPostInThread: Self.ago(lastInThread * F.minute)),
            standing: .newMember, memberSince: Self.newMember, recentPostTimes: Self.ago(minutes: minutesAgo), now: Self.now
        )
        #expect(check == .refused(refusal))
    }

    @Test func standingComesFirst() {
        let banned = F.standing(.banned(reason: F.reason))
        #expect(Self.policy.checkPosting(.reply(slowMode: nil, lastPostInThread: nil), standing: banned,
                                         memberSince: Self.established, recentPostTimes: [], now: Self.now)
                == .refused(.standing(.banned(reason: F.reason))))
        #expect(PostKind.newThread.permission == .startThread)
        #expect(PostKind.reply(slowMode: nil, lastPostInThread: nil).permission == .reply)
    }

    // MARK: The edit window

    static let postedAt = now.addingTimeInterval(-10 * F.minute)
    static let closes = postedAt.addingTimeInterval(30 * F.minute)

    @Test(arguments: [
        (postedAt, EditCheck.allowed(until: closes)),
        (postedAt.addingTimeInterval(-60), .allowed(until: closes)), // a clock behind
        (closes.addingTimeInterval(-1), .allowed(until: closes)),
        (closes, .refused(.windowClosed(at: closes))),
        (closes.addingTimeInterval(F.day), .refused(.windowClosed(at: closes))),
    ])
    func editWindowBoundaries(_ now: Date, _ expected: EditCheck) {
        #expect(Self.policy.canEdit(state: .visible, postedAt: Self.postedAt, standing: .newMember, now: now) == expected)
    }

    @Test(arguments: [
        (F.held, EditCheck.allowed(until: closes)),
        (.visible, .allowed(until: closes)),
        (.visibleReported(reports: F.reports(1)), .refused(.underReview)),
        (.hiddenPendingReview(reports: F.reports(3)), .refused(.underReview)),
        (.rejected(reason: F.reason), .refused(.notEditable)),
        (.removedByAuthor, .refused(.notEditable)),
        (.removedByModerator(reason: F.reason), .refused(.notEditable)),
    ])
    func whichPostsCanBeEdited(_ state: PostState, _ expected: EditCheck) {
        #expect(Self.policy.canEdit(state: state, postedAt: Self.postedAt, standing: .newMember, now: Self.now) == expected)
    }

    @Test func aSuspendedMemberCannotEdit() {
        let suspended = F.standing(.suspended(until: Self.now.addingTimeInterval(F.day), reason: F.reason))
        #expect(Self.policy.canEdit(state: .visible, postedAt: Self.postedAt, standing: suspended, now: Self.now)
                == .refused(.standing(.suspended(until: Self.now.addingTimeInterval(F.day), reason: F.reason))))
    }

    @Test(arguments: [0, 5 * 60, 2 * 3600] as [TimeInterval])
    func theEditWindowIsConfigurable(_ window: TimeInterval) throws {
        let policy = try ModerationPolicy(editWindow: window)
        let posted = Self.now
        #expect(policy.canEdit(state: .visible, postedAt: posted, standing: .newMember, now: posted.addingTimeInterval(window))
                == .refused(.windowClosed(at: posted.addingTimeInterval(window))))
        if window > 0 {
            #expect(policy.canEdit(state: .visible, postedAt: posted, standing: .newMember, now: posted.addingTimeInterval(window - 1))
                    == .allowed(until: posted.addingTimeInterval(window)))
        }
    }

    @Test(arguments: [
        // state, her other published posts, the screen on the new text, the outcome
        (PostState.visible, 5, ScreenOutcome.clear, EditOutcome.saved(.visible)),
        (.visible, 5, .hold(NonEmptySet(F.phone)), .saved(.held(NonEmptySet(.identifyingDetail(kind: "phone"))))),
        (.visible, 5, .block(NonEmptySet(F.phone)), .blocked(NonEmptySet(F.phone))),
        // an approved post by a member still new goes back to the moderator when edited
        (.visible, 1, .clear, .saved(.held(NonEmptySet(.newMember)))),
        // she took the detail out of a held post, and needs nobody: it is published
        (.held(NonEmptySet(.identifyingDetail(kind: "phone"))), 5, .clear, .saved(.visible)),
        (.held(NonEmptySet(.newMember, .identifyingDetail(kind: "phone"))), 1, .clear, .saved(.held(NonEmptySet(.newMember)))),
        (.visibleReported(reports: F.reports(1)), 5, .clear, .refused(.underReview)),
        (.rejected(reason: F.reason), 5, .clear, .refused(.notEditable)),
    ])
    func editsAreJudgedLikeNewPosts(_ state: PostState, _ count: Int, _ screen: ScreenOutcome, _ expected: EditOutcome) {
        let outcome = Self.policy.edit(state: state, postedAt: Self.postedAt, standing: .newMember,
                                       authorPostCount: count, screen: screen, now: Self.now)
        #expect(outcome == expected)
    }

    @Test func anEditAfterTheWindowIsRefused() {
        let outcome = Self.policy.edit(state: .visible, postedAt: Self.postedAt, standing: .newMember,
                                       authorPostCount: 5, screen: .clear, now: Self.closes)
        #expect(outcome == .refused(.windowClosed(at: Self.closes)))
    }
}
