import Forum
import Foundation
import Testing

private typealias F = ModerationFixture

/// A member's standing over time, what it lets her do, and moderators' actions on members.
@Suite struct MemberStandingTests {
    static let until = F.now.addingTimeInterval(3 * F.day)
    static let suspended = F.standing(warnings: 1, .suspended(until: until, reason: F.reason))
    static let banned = F.standing(.banned(reason: F.reason))

    // MARK: Status over time

    @Test(arguments: [
        (MemberStanding.newMember, F.now, MemberStanding.Status.active),
        (F.standing(warnings: 2), F.now, .warned(count: 2)),
        (suspended, F.now, .suspended(until: until, reason: F.reason)),
        (suspended, until.addingTimeInterval(-1), .suspended(until: until, reason: F.reason)),
        // A suspension is over at the moment it ends, and her warnings show again.
        (suspended, until, .warned(count: 1)),
        (suspended, until.addingTimeInterval(F.day), .warned(count: 1)),
        (F.standing(.suspended(until: until, reason: F.reason)), until, .active),
        (banned, F.now, .banned(reason: F.reason)),
        (banned, F.now.addingTimeInterval(3650 * F.day), .banned(reason: F.reason)),
    ])
    func statusAtAMoment(_ standing: MemberStanding, _ now: Date, _ expected: MemberStanding.Status) {
        #expect(standing.status(at: now) == expected)
    }

    @Test func warningsAreNeverNegative() {
        #expect(MemberStanding(warnings: -1, restriction: .unrestricted) == nil)
        #expect(MemberStanding(warnings: 0, restriction: .unrestricted) == .newMember)
    }

    // MARK: What each standing may do

    static let memberPermissions: [Permission] = [.readForum, .startThread, .reply, .report, .editOwnPosts, .deleteOwnAccount]

    @Test(arguments: memberPermissions)
    func whatEachStandingMayDo(_ permission: Permission) {
        let expected: [(MemberStanding, Date, Bool)] = [
            (.newMember, F.now, true),
            (F.standing(warnings: 3), F.now, true),
            (Self.suspended, F.now, [.readForum, .report, .deleteOwnAccount].contains(permission)),
            (Self.suspended, Self.until, true),
            (Self.banned, F.now, permission == .deleteOwnAccount),
        ]
        for (standing, now, allowed) in expected {
            #expect(standing.allows(permission, at: now) == allowed, "\(standing.status(at: now)) \(permission)")
            // What a member can actually do is her role and her standing together.
            #expect((Role.member.permits(permission) && standing.allows(permission, at: now)) == allowed)
        }
    }

    @Test(arguments: Permission.allCases)
    func standingGrantsNothingTheRoleDoesNot(_ permission: Permission) {
        for standing in [MemberStanding.newMember, Self.suspended, Self.banned] {
            let effective = Role.member.permits(permission) && standing.allows(permission, at: F.now)
            #expect(!effective || Self.memberPermissions.contains(permission))
        }
    }

    @Test func aBannedMemberCanStillDeleteHerAccount() {
        #expect(Self.banned.allows(.deleteOwnAccount, at: F.now))
        #expect(!Self.banned.allows(.readForum, at: F.now))
    }

    // MARK: Moderator actions on members

    static let warn = MemberAction.warn(message: F.otherReason)
    static let later = F.now.addingTimeInterval(7 * F.day)
    static let suspend = MemberAction.suspend(until: later, reason: F.otherReason)
    static let ban = MemberAction.ban(reason: F.otherReason)

    @Test(arguments: [
        (MemberStanding.newMember, warn, Result<MemberStanding, ModerationError>.success(F.standing(warnings: 1))),
        (F.standing(warnings: 1), warn, .success(F.standing(warnings: 2))),
        // A warning during a suspension leaves the suspension in force.
        (suspended, warn, .success(F.standing(warnings: 2, .suspended(until: until, reason: F.reason)))),
        (.newMember, suspend, .success(F.standing(.suspended(until: later, reason: F.otherReason)))),
        // A new suspension replaces the old one, so it can be lengthened or shortened.
        (suspended, suspend, .success(F.standing(warnings: 1, .suspended(until: later, reason: F.otherReason)))),
        (suspended, .suspend(until: F.now.addingTimeInterval(F.hour), reason: F.otherReason),
         .success(F.standing(warnings: 1, .suspended(until: F.now.addingTimeInterval(F.hour), reason: F.otherReason)))),
        (.newMember, ban, .success(F.standing(.banned(reason: F.otherReason)))),
        (suspended, ban, .success(F.standing(warnings: 1, .banned(reason: F.otherReason)))),
        // Refusals
        (.newMember, .suspend(until: F.now, reason: F.reason), .failure(.suspensionMustEndInFuture)),
        (.newMember, .suspend(until: F.now.addingTimeInterval(-1), reason: F.reason), .failure(.suspensionMustEndInFuture)),
        (banned, warn, .failure(.memberBanned)),
        (banned, suspend, .failure(.memberBanned)),
        (banned, ban, .failure(.memberAlreadyBanned)),
    ])
    func memberTransitions(_ standing: MemberStanding, _ action: MemberAction, _ expected: Result<MemberStanding, ModerationError>) {
        let actual: Result<MemberStanding, ModerationError> = Result { () throws(ModerationError) in
            try standing.applying(action, now: F.now)
        }
        #expect(actual == expected)
    }

    @Test func aSuspensionThatRanOutIsTidiedAwayByTheNextWarning() throws {
        let afterwards = Self.until.addingTimeInterval(F.day)
        let warned = try Self.suspended.applying(Self.warn, now: afterwards)
        #expect(warned == F.standing(warnings: 2))
        #expect(warned.status(at: afterwards) == .warned(count: 2))
    }

    @Test func aSuspendedMemberCannotPostUntilItEnds() {
        let policy = ModerationPolicy.standard
        let since = F.now.addingTimeInterval(-100 * F.day)
        let during = policy.checkPosting(.newThread, standing: Self.suspended, memberSince: since, recentPostTimes: [], now: F.now)
        #expect(during == .refused(.standing(.suspended(until: Self.until, reason: F.reason))))
        let after = policy.checkPosting(.newThread, standing: Self.suspended, memberSince: since, recentPostTimes: [], now: Self.until)
        #expect(after == .allowed)
    }
}
