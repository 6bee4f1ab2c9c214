import Forum
import Foundation
import Testing

private typealias F = ModerationFixture

/// New posts, reports, moderator actions on posts, and what each state shows to whom.
@Suite struct ModerationTests {
    static let policy = ModerationPolicy.standard

    // MARK: New posts

    @Test(arguments: [
        // her published posts, the screen's verdict, the decision
        (0, ScreenOutcome.clear, PostDecision.hold(NonEmptySet(.newMember))),
        (1, .clear, .hold(NonEmptySet(.newMember))),
        (2, .clear, .hold(NonEmptySet(.newMember))),
        (3, .clear, .publish),
        (40, .clear, .publish),
        (-1, .clear, .hold(NonEmptySet(.newMember))),
        (3, .hold(NonEmptySet(F.phone)), .hold(NonEmptySet(.identifyingDetail(kind: "phone")))),
        (2, .hold(NonEmptySet(F.phone)), .hold(NonEmptySet(.newMember, .identifyingDetail(kind: "phone")))),
        (0, .hold(NonEmptySet(F.watched, F.phone, F.postcode)),
         .hold(NonEmptySet(.newMember, .identifyingDetail(kind: "phone"), .identifyingDetail(kind: "postcode"),
                           .watchedWord("refuge address")))),
        (9, .hold(NonEmptySet(F.watched)), .hold(NonEmptySet(.watchedWord("refuge address")))),
        (0, .block(NonEmptySet(F.phone)), .block(NonEmptySet(F.phone))),
        (9, .block(NonEmptySet(F.watched, F.phone)), .block(NonEmptySet(F.phone, F.watched))),
    ])
    func newPostDecision(_ count: Int, _ screen: ScreenOutcome, _ expected: PostDecision) {
        #expect(Self.policy.decideNewPost(authorPostCount: count, screen: screen) == expected)
    }

    @Test(arguments: [0, 1, 5])
    func newMemberPostCountIsConfigurable(_ holdFirst: Int) throws {
        let policy = try ModerationPolicy(newMemberPostCount: holdFirst)
        for count in 0..<(holdFirst + 3) {
            let expected: PostDecision = count < holdFirst ? .hold(NonEmptySet(.newMember)) : .publish
            #expect(policy.decideNewPost(authorPostCount: count, screen: .clear) == expected, "post \(count)")
        }
    }

    @Test func decisionsGiveTheStateToStore() {
        #expect(PostDecision.publish.state == .visible)
        #expect(PostDecision.hold(NonEmptySet(.newMember)).state == F.held)
        #expect(PostDecision.block(NonEmptySet(F.phone)).state == nil)
    }

    @Test func heldReasonsComeInOneOrderAndWithoutRepeats() {
        let reasons = NonEmptySet<HoldReason>([.watchedWord("b"), .identifyingDetail(kind: "phone"), .newMember, .watchedWord("a"), .newMember])
        #expect(reasons?.elements == [.newMember, .identifyingDetail(kind: "phone"), .watchedWord("a"), .watchedWord("b")])
        #expect(NonEmptySet<HoldReason>([]) == nil)
    }

    // MARK: Reports

    @Test(arguments: [
        // state before, members who reported it, state after (3 reports hide a post)
        (PostState.visible, 1, PostState.visibleReported(reports: F.reports(1))),
        (.visible, 2, .visibleReported(reports: F.reports(2))),
        (.visible, 3, .hiddenPendingReview(reports: F.reports(3))),
        (.visible, 7, .hiddenPendingReview(reports: F.reports(7))),
        (.visibleReported(reports: F.reports(1)), 2, .visibleReported(reports: F.reports(2))),
        (.visibleReported(reports: F.reports(2)), 3, .hiddenPendingReview(reports: F.reports(3))),
        (.hiddenPendingReview(reports: F.reports(3)), 4, .hiddenPendingReview(reports: F.reports(4))),
        // once hidden, a post stays hidden until a moderator acts
        (.hiddenPendingReview(reports: F.reports(3)), 1, .hiddenPendingReview(reports: F.reports(3))),
    ])
    func reportsKeepAPostVisibleUntilEnoughArrive(_ before: PostState, _ count: Int, _ after: PostState) throws {
        #expect(try Self.policy.afterReport(before, reportCount: F.reports(count)) == after)
    }

    @Test(arguments: [1, 2, 5])
    func reportsToHideIsConfigurable(_ threshold: Int) throws {
        let policy = try ModerationPolicy(reportsToHide: threshold)
        for count in 1...(threshold + 1) {
            let after = try policy.afterReport(.visible, reportCount: F.reports(count))
            let expected: PostState = count >= threshold
                ? .hiddenPendingReview(reports: F.reports(count)) : .visibleReported(reports: F.reports(count))
            #expect(after == expected, "\(count) reports")
        }
    }

    @Test(arguments: [F.held, .rejected(reason: F.reason), .removedByAuthor, .removedByModerator(reason: F.reason)])
    func onlyPublishedPostsCanBeReported(_ state: PostState) {
        #expect(throws: ModerationError.postNotReportable) {
            try Self.policy.afterReport(state, reportCount: F.reports(1))
        }
    }

    @Test func aReportCountIsAtLeastOne() {
        #expect(ReportCount(0) == nil)
        #expect(ReportCount(-2) == nil)
        #expect(ReportCount(1)?.value == 1)
        #expect(F.reports(2) < F.reports(3))
    }

    // MARK: Moderator actions on posts

    static let redact = PostAction.redactAndApprove(F.redacted)
    static let reject = PostAction.reject(reasonForAuthor: F.otherReason)

    /// Every state × every post action: the new state, or the refusal.
    @Test(arguments: [
        (F.held, PostAction.approve, Result<PostState, ModerationError>.success(.visible)),
        (F.held, redact, .success(.visible)),
        (F.held, reject, .success(.rejected(reason: F.otherReason))),

        (.visible, .approve, .failure(.postAlreadyVisible)),
        (.visible, redact, .success(.visible)),
        (.visible, reject, .success(.removedByModerator(reason: F.otherReason))),

        (.visibleReported(reports: F.reports(1)), .approve, .success(.visible)),
        (.visibleReported(reports: F.reports(1)), redact, .success(.visible)),
        (.visibleReported(reports: F.reports(1)), reject, .success(.removedByModerator(reason: F.otherReason))),

        (.hiddenPendingReview(reports: F.reports(3)), .approve, .success(.visible)),
        (.hiddenPendingReview(reports: F.reports(3)), redact, .success(.visible)),
        (.hiddenPendingReview(reports: F.reports(3)), reject, .success(.removedByModerator(reason: F.otherReason))),

        (.rejected(reason: F.reason), .approve, .failure(.postAlreadyRejected)),
        (.rejected(reason: F.reason), redact, .failure(.postAlreadyRejected)),
        (.rejected(reason: F.reason), reject, .failure(.postAlreadyRejected)),

        (.removedByAuthor, .approve, .failure(.postRemovedByAuthor)),
        (.removedByAuthor, redact, .failure(.postRemovedByAuthor)),
        (.removedByAuthor, reject, .failure(.postRemovedByAuthor)),

        (.removedByModerator(reason: F.reason), .approve, .failure(.postRemovedByModerator)),
        (.removedByModerator(reason: F.reason), redact, .failure(.postRemovedByModerator)),
        (.removedByModerator(reason: F.reason), reject, .failure(.postRemovedByModerator)),
    ])
    func postTransitions(_ state: PostState, _ action: PostAction, _ expected: Result<PostState, ModerationError>) {
        let actual: Result<PostState, ModerationError> = Result { () throws(ModerationError) in try state.applying(action) }
        #expect(actual == expected)
    }

    @Test func heldPostsCarryEveryReasonToTheQueue() {
        let reasons = NonEmptySet<HoldReason>(.newMember, .identifyingDetail(kind: "phone"))
        #expect(PostState.held(reasons).reviewReason == .held(reasons))
        #expect(PostState.visibleReported(reports: F.reports(2)).reviewReason == .reported(F.reports(2)))
        #expect(PostState.hiddenPendingReview(reports: F.reports(4)).reviewReason == .hiddenAfterReports(F.reports(4)))
        for state in [PostState.visible, .rejected(reason: F.reason), .removedByAuthor, .removedByModerator(reason: F.reason)] {
            #expect(state.reviewReason == nil, "\(state) is not in the queue")
        }
    }

    @Test func hiddenPostsAreMostUrgentThenHeldThenReported() {
        let reasons: [ReviewReason] = [.reported(F.reports(1)), .held(NonEmptySet(.newMember)), .hiddenAfterReports(F.reports(3))]
        #expect(reasons.sorted { $0.urgency < $1.urgency } == [reasons[2], reasons[1], reasons[0]])
    }

    /// The full life of a post by a new member: held, approved, reported until hidden, approved
    /// again (reports dismissed), reported once more, then removed.
    @Test func aPostsLife() throws {
        let policy = Self.policy
        var state = try #require(policy.decideNewPost(authorPostCount: 0, screen: .clear).state)
        #expect(state == F.held)
        state = try state.applying(.approve)
        state = try policy.afterReport(state, reportCount: F.reports(1))
        #expect(state.isVisibleToMembers)
        state = try policy.afterReport(state, reportCount: F.reports(3))
        #expect(!state.isVisibleToMembers)
        state = try state.applying(.approve)
        #expect(state == .visible)
        state = try policy.afterReport(state, reportCount: F.reports(1))
        state = try state.applying(.reject(reasonForAuthor: F.reason))
        #expect(state == .removedByModerator(reason: F.reason))
        #expect(throws: ModerationError.postRemovedByModerator) { try state.applying(.approve) }
    }

    // MARK: What people see

    @Test(arguments: [
        (F.held, PostViewer.author, PostPresentation.bodyWithNote(.waitingForModerator)),
        (F.held, .otherMember, .absent),
        (.visible, .author, .body),
        (.visible, .otherMember, .body),
        (.visibleReported(reports: F.reports(2)), .author, .body),
        (.visibleReported(reports: F.reports(2)), .otherMember, .body),
        (.hiddenPendingReview(reports: F.reports(3)), .author, .bodyWithNote(.hiddenWhileModeratorLooks)),
        (.hiddenPendingReview(reports: F.reports(3)), .otherMember, .placeholder(.hiddenWhileModeratorLooks)),
        (.rejected(reason: F.reason), .author, .bodyWithNote(.rejected(reason: F.reason))),
        (.rejected(reason: F.reason), .otherMember, .absent),
        (.removedByAuthor, .author, .placeholder(.removedByAuthor)),
        (.removedByAuthor, .otherMember, .placeholder(.removedByAuthor)),
        (.removedByModerator(reason: F.reason), .author, .bodyWithNote(.removedByModerator(reason: F.reason))),
        (.removedByModerator(reason: F.reason), .otherMember, .placeholder(.removedByModerator)),
    ])
    func presentation(_ state: PostState, _ viewer: PostViewer, _ expected: PostPresentation) {
        #expect(state.presentation(to: viewer) == expected)
    }

    @Test(arguments: [
        (F.held, false), (.visible, true), (.visibleReported(reports: F.reports(1)), true),
        (.hiddenPendingReview(reports: F.reports(3)), false), (.rejected(reason: F.reason), false),
        (.removedByAuthor, false), (.removedByModerator(reason: F.reason), false),
    ])
    func onlyPublishedPostsCountTowardsTrust(_ state: PostState, _ counts: Bool) {
        #expect(state.countsAsPublished == counts)
        #expect(state.isVisibleToMembers == counts)
    }

    // MARK: The author's control

    @Test(arguments: [
        // nil: the row goes entirely
        (F.held, Result<PostState?, ModerationError>.success(nil)),
        (.rejected(reason: F.reason), .success(nil)),
        (.visible, .success(.removedByAuthor)),
        (.visibleReported(reports: F.reports(1)), .success(.removedByAuthor)),
        (.hiddenPendingReview(reports: F.reports(3)), .success(.removedByAuthor)),
        (.removedByAuthor, .failure(.postRemovedByAuthor)),
        (.removedByModerator(reason: F.reason), .failure(.postRemovedByModerator)),
    ])
    func authorRemovesAPost(_ state: PostState, _ expected: Result<PostState?, ModerationError>) {
        let actual: Result<PostState?, ModerationError> = Result { () throws(ModerationError) in try state.afterAuthorRemoves() }
        #expect(actual == expected)
    }

    @Test(arguments: [
        (F.held, PostState?.none),
        (.rejected(reason: F.reason), nil),
        (.visible, .removedByAuthor),
        (.visibleReported(reports: F.reports(1)), .removedByAuthor),
        (.hiddenPendingReview(reports: F.reports(3)), .removedByAuthor),
        (.removedByAuthor, .removedByAuthor),
        (.removedByModerator(reason: F.reason), .removedByModerator(reason: F.reason)),
    ])
    func deletingHerAccountTakesEveryPostAtOnce(_ state: PostState, _ expected: PostState?) {
        #expect(state.afterAuthorDeletesAccount == expected)
        // Nothing she wrote is readable by anybody afterwards.
        if let after = state.afterAuthorDeletesAccount {
            #expect(after.presentation(to: .otherMember) != .body)
        }
    }

    @Test func repliesToARemovedPostShowThePlaceholder() {
        #expect(PostState.visible.afterAuthorDeletesAccount?.presentation(to: .otherMember) == .placeholder(.removedByAuthor))
    }

    // MARK: Moderator actions as a whole

    @Test(arguments: [
        (ModeratorAction.post(.approve), Permission.moderatePosts, ModeratorText?.none),
        (.post(redact), .moderatePosts, nil),
        (.post(.reject(reasonForAuthor: F.reason)), .moderatePosts, F.reason),
        (.member(.warn(message: F.reason)), .moderateMembers, F.reason),
        (.member(.suspend(until: F.now, reason: F.reason)), .moderateMembers, F.reason),
        (.member(.ban(reason: F.reason)), .moderateMembers, F.reason),
    ])
    func everyActionNamesItsPermissionAndReason(_ action: ModeratorAction, _ permission: Permission, _ reason: ModeratorText?) {
        #expect(action.requiredPermission == permission)
        #expect(action.statedReason == reason)
        #expect(Role.moderator.permits(permission))
        #expect(!Role.member.permits(permission))
        #expect(!Role.lead.permits(permission))
    }

    @Test func errorsExplainThemselves() {
        let all: [ModerationError] = [
            .postRemovedByAuthor, .postRemovedByModerator, .postAlreadyRejected, .postAlreadyVisible,
            .postNotReportable, .memberBanned, .memberAlreadyBanned, .suspensionMustEndInFuture,
        ]
        #expect(Set(all.map(\.description)).count == all.count)
        #expect(all.allSatisfy { $0.description.hasSuffix(".") })
    }
}

/// The policy's defaults, and the settings it refuses.
@Suite struct ModerationPolicyTests {
    @Test func defaults() throws {
        let policy = ModerationPolicy.standard
        #expect(policy.newMemberPostCount == 3)
        #expect(policy.reportsToHide == 3)
        #expect(policy.bodyLength == 1...5000)
        #expect(policy.titleLength == 1...120)
        #expect(policy.editWindow == 30 * 60)
        #expect(policy.defaultSlowMode.interval == 10 * 60)
        #expect(try ModerationPolicy() == policy)
    }

    @Test func changingOneSettingKeepsTheOthers() throws {
        let policy = try ModerationPolicy(reportsToHide: 5)
        #expect(policy.reportsToHide == 5)
        #expect(policy.newMemberPostCount == 3)
        #expect(policy.rateLimiter == ModerationPolicy.standard.rateLimiter)
    }

    @Test func nonsenseSettingsAreRefused() {
        let noLimits = RateLimiter(newMemberPeriod: -1, newMemberLimits: [], memberLimits: [])
        #expect(throws: ModerationPolicy.Problem.newMemberPostCountNegative) { try ModerationPolicy(newMemberPostCount: -1) }
        #expect(throws: ModerationPolicy.Problem.reportsToHideBelowOne) { try ModerationPolicy(reportsToHide: 0) }
        #expect(throws: ModerationPolicy.Problem.bodyMinimumBelowOne) { try ModerationPolicy(bodyLength: 0...10) }
        #expect(throws: ModerationPolicy.Problem.titleMinimumBelowOne) { try ModerationPolicy(titleLength: 0...10) }
        #expect(throws: ModerationPolicy.Problem.editWindowNegative) { try ModerationPolicy(editWindow: -1) }
        #expect(throws: ModerationPolicy.Problem.editWindowNegative) { try ModerationPolicy(editWindow: .infinity) }
        #expect(throws: ModerationPolicy.Problem.newMemberPeriodNegative) { try ModerationPolicy(rateLimiter: noLimits) }
    }
}
