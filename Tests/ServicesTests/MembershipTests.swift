import Forum
import Foundation
import Services
import Storage
import Testing

/// A member's account without HTTP: names never given twice, wrong tries counted across signing
/// in and recovery, and nothing kept about her once she deletes her account.
@Suite struct MembershipTests {
    let forum: ModerationTests.Forum
    let activity = ForumActivity()
    let membership: Membership
    let now = Date(timeIntervalSince1970: 1_796_000_000)
    static let passphrase = "lantern orchard quietly seven"

    init() throws {
        forum = try ModerationTests.Forum()
        membership = Membership(members: forum.members, audit: forum.audit, activity: activity, passphrases: try PassphraseWork())
    }

    func join(_ name: String = Pseudonym.draw().text) async throws -> (ForumMember, RecoveryCode) {
        let pseudonym = try #require(Pseudonym(validating: name))
        guard case .joined(let member, let code) = try await membership.join(pseudonym: pseudonym, passphrase: Self.passphrase, invite: nil, today: "2026-11-30")
        else { throw Refused() }
        return (member, code)
    }
    struct Refused: Error {}

    @Test func aNameTheAuditLogHoldsIsNeverGivenAgain() async throws {
        let (member, _) = try await join()
        let reason = try #require(ModeratorText("Threats to another member."))
        #expect(try await forum.moderation.act(.ban(reason: reason), on: member, by: forum.moderator, at: now) == .done)
        try await membership.deleteAccount(try #require(try await forum.members.find(pseudonym: member.pseudonym)))
        // Her row is gone, but the log still names her: a newcomer with her name would inherit her history.
        #expect(try await forum.members.find(pseudonym: member.pseudonym) == nil)
        let again = try await membership.join(pseudonym: try #require(Pseudonym(validating: member.pseudonym)), passphrase: Self.passphrase, invite: nil, today: "2026-11-30")
        guard case .nameTaken = again else { Issue.record("joined as a banned member's name: \(again)"); return }
    }

    @Test func wrongTriesAreCountedAcrossSignInAndRecovery() async throws {
        let (member, code) = try await join()
        let wrong = Array("not her passphrase at all".utf8)
        for _ in 0..<(ForumActivity.failureLimit - 1) {
            guard case .wrong = try await membership.signIn(name: member.pseudonym, passphrase: wrong, now: now) else { Issue.record("a wrong passphrase was let in"); return }
        }
        // The fifth wrong guess is a recovery code: it counts against the same name.
        guard case .wrong = try await membership.checkRecovery(name: member.pseudonym.uppercased(), code: RecoveryCode.generate(), now: now) else {
            Issue.record("a wrong recovery code was accepted"); return
        }
        guard case .paused = try await membership.signIn(name: member.pseudonym, passphrase: Array(Self.passphrase.utf8), now: now) else {
            Issue.record("guessing was not paused after five wrong tries"); return
        }
        guard case .paused = try await membership.checkRecovery(name: member.pseudonym, code: code, now: now) else {
            Issue.record("recovery was not paused with signing in"); return
        }
        // After the window, her own passphrase works.
        guard case .signedIn(let back) = try await membership.signIn(
            name: member.pseudonym, passphrase: Array(Self.passphrase.utf8), now: now.addingTimeInterval(ForumActivity.failureWindow + 1))
        else { Issue.record("her passphrase no longer works"); return }
        #expect(back.id == member.id)
    }

    @Test func aNameNobodyHasTakesTheSameAnswer() async throws {
        guard case .wrong = try await membership.signIn(name: "NobodyHasThis99", passphrase: Array(Self.passphrase.utf8), now: now) else {
            Issue.record("an unknown name answered differently"); return
        }
    }

    @Test func recoveryGivesANewCodeAndSignsOutEverybodyElse() async throws {
        let (member, code) = try await join()
        guard case .found(let found) = try await membership.checkRecovery(name: member.pseudonym, code: code, now: now) else {
            Issue.record("her own recovery code was refused"); return
        }
        let (next, epoch) = try await membership.recover(found, passphrase: "a completely different passphrase")
        #expect(epoch > member.sessionEpoch)
        #expect(next != code)
        guard case .wrong = try await membership.checkRecovery(name: member.pseudonym, code: code, now: now) else {
            Issue.record("a used recovery code still works"); return
        }
        guard case .wrong = try await membership.signIn(name: member.pseudonym, passphrase: Array(Self.passphrase.utf8), now: now) else {
            Issue.record("the old passphrase still works"); return
        }
    }

    @Test func deletingHerAccountForgetsHerTimes() async throws {
        let (member, _) = try await join()
        await activity.recordPost(member: member.id, thread: 1, post: 1, at: now)
        #expect(await activity.recentPostTimes(member: member.id, now: now).count == 1)
        try await membership.deleteAccount(member)
        #expect(await activity.recentPostTimes(member: member.id, now: now).isEmpty)
        #expect(await activity.writtenAt(post: 1) == nil)
        #expect(try await forum.members.member(id: member.id) == nil)
    }
}
