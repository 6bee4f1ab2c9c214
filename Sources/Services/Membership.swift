import Foundation
import Forum
import Sealing
import Storage
import SurveyKit

/// What a member does with her account, without HTTP: joining, signing in, changing her
/// passphrase or drawn name, recovering her account, signing out everywhere and deleting it.
/// Passphrases are checked and hashed on `PassphraseWork`'s own small pool; wrong tries for a name
/// are counted in memory only (`ForumActivity`), and a recovery code is a second way to guess, so
/// it is counted with them.
public struct Membership: Sendable {
    let members: MemberStore
    let audit: AuditLog
    let activity: ForumActivity
    let passphrases: PassphraseWork
    /// Argon2id cost for member passphrases.
    let strength: KeyDerivationStrength

    public init(members: MemberStore, audit: AuditLog, activity: ForumActivity, passphrases: PassphraseWork,
                strength: KeyDerivationStrength = .interactive) {
        self.members = members
        self.audit = audit
        self.activity = activity
        self.passphrases = passphrases
        self.strength = strength
    }

    // MARK: - Joining and signing in

    public enum Joining: Sendable {
        /// She is a member. The recovery code is shown once and never stored, only its hash.
        case joined(ForumMember, RecoveryCode)
        /// Somebody has (or had, and the audit log may still name her) this name: draw another.
        case nameTaken
        /// The invite is unknown, used or expired.
        case inviteInvalid
    }

    /// Joins with a drawn name and a passphrase she has already chosen well (`PassphrasePolicy`),
    /// through `invite`, or without one where sign-up is open.
    public func join(pseudonym: Pseudonym, passphrase: String, invite: InviteCode?, today: String) async throws -> Joining {
        // A name a deleted member had (the audit log may still name her) is never given again.
        if try await audit.hasEntries(target: StaffAudit.target(.member(pseudonym: pseudonym.text))) { return .nameTaken }
        let hash = try await passphrases.hash(Array(passphrase.utf8), strength: strength)
        let recovery = RecoveryCode.generate()
        let member: ForumMember?
        do {
            if let invite {
                member = try await members.join(
                    inviteCodeHash: Data(invite.storageHash), today: today, pseudonym: pseudonym.text,
                    passphraseHash: hash, recoveryHash: Data(recovery.storageHash))
            } else {
                member = try await members.create(
                    pseudonym: pseudonym.text, passphraseHash: hash, recoveryHash: Data(recovery.storageHash), joinedDay: today)
            }
        } catch ForumStorageError.pseudonymTaken {
            return .nameTaken
        }
        guard let member else { return .inviteInvalid }
        return .joined(member, recovery)
    }

    public enum SignIn: Sendable {
        case signedIn(ForumMember)
        /// Too many wrong tries for this name lately: wait.
        case paused
        /// No such name, or not its passphrase (the same answer, and the same time taken).
        case wrong
    }

    public func signIn(name: String, passphrase: [UInt8], now: Date) async throws -> SignIn {
        let attemptKey = Self.attemptKey(name)
        guard await activity.mayTrySignIn(attemptKey, now: now) else { return .paused }
        let member = try await members.find(pseudonym: name)
        let matches = try await passphrases.verify(passphrase, againstAccount: member?.passphraseHash)
        guard let member, matches else {
            await activity.recordFailedSignIn(attemptKey, now: now)
            return .wrong
        }
        return .signedIn(member)
    }

    /// Whether `passphrase` is hers (to change it, or to delete her account).
    public func isHers(_ passphrase: [UInt8], member: ForumMember) async throws -> Bool {
        try await passphrases.verify(passphrase, against: member.passphraseHash)
    }

    // MARK: - Her account

    /// Sets a new passphrase (already checked against `PassphrasePolicy`) and signs out anybody
    /// else signed in as her. Returns the new session epoch, for her own session.
    public func changePassphrase(of member: ForumMember, to passphrase: String) async throws -> Int {
        try await members.updatePassphraseHash(id: member.id, to: passphrases.hash(Array(passphrase.utf8), strength: strength))
        return try await members.bumpSessionEpoch(id: member.id)
    }

    public enum Renaming: Sendable, Equatable {
        case renamed
        /// The name was never one Chorus drew for her, or the audit log names it: draw again.
        case redraw
        case taken
        /// She has written something: her name is fixed, so nobody loses track of who said what.
        case alreadyPosted
    }

    /// Takes another drawn name, while she has written nothing.
    public func rename(_ member: ForumMember, to candidate: Pseudonym) async throws -> Renaming {
        if try await audit.hasEntries(target: StaffAudit.target(.member(pseudonym: candidate.text))) { return .redraw }
        do {
            try await members.changePseudonym(id: member.id, to: candidate.text)
        } catch ForumStorageError.pseudonymTaken {
            return .taken
        } catch ForumStorageError.alreadyPosted {
            return .alreadyPosted
        }
        return .renamed
    }

    /// Signs her out on every device. Returns the new session epoch.
    public func signOutEverywhere(_ member: ForumMember) async throws -> Int {
        try await members.bumpSessionEpoch(id: member.id)
    }

    /// Deletes her account (Storage keeps her published replies readable, with no name) and
    /// forgets the times kept in memory about her.
    public func deleteAccount(_ member: ForumMember) async throws {
        _ = try await members.deleteAccount(id: member.id)
        await activity.forget(member: member.id)
    }

    // MARK: - Recovery

    public enum Recovery: Sendable {
        case found(ForumMember)
        case paused
        case wrong
    }

    /// The member whose name and recovery code these are.
    public func checkRecovery(name: String, code: RecoveryCode?, now: Date) async throws -> Recovery {
        let attemptKey = Self.attemptKey(name)
        guard await activity.mayTrySignIn(attemptKey, now: now) else { return .paused }
        var member: ForumMember?
        if let code { member = try await members.find(recoveryHash: Data(code.storageHash)) }
        guard let member, member.pseudonym.lowercased() == name.lowercased() else {
            await activity.recordFailedSignIn(attemptKey, now: now)
            return .wrong
        }
        return .found(member)
    }

    /// After `checkRecovery`: a new passphrase (already checked) and a new recovery code, shown
    /// once; everybody signed in as her is signed out. Returns the code and the new session epoch.
    public func recover(_ member: ForumMember, passphrase: String) async throws -> (RecoveryCode, epoch: Int) {
        let next = RecoveryCode.generate()
        try await members.updatePassphraseHash(id: member.id, to: passphrases.hash(Array(passphrase.utf8), strength: strength))
        try await members.updateRecoveryHash(id: member.id, to: Data(next.storageHash))
        return (next, try await members.bumpSessionEpoch(id: member.id))
    }

    /// Signing in and recovery count wrong tries against the same name, in any case.
    static func attemptKey(_ name: String) -> String { "member:" + name.lowercased() }
}
