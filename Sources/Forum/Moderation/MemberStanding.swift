import Foundation

/// A member's standing with the moderators, as storage keeps it: how many warnings she has had,
/// and any suspension or ban. What it means at a given moment is `status(at:)`: a suspension
/// simply runs out, with nothing to update.
public struct MemberStanding: Hashable, Sendable {
    /// A suspension or a ban, with the words she is shown.
    public enum Restriction: Hashable, Sendable {
        case unrestricted
        /// Until this moment; from then on she is unrestricted again.
        case suspended(until: Date, reason: ModeratorText)
        case banned(reason: ModeratorText)
    }

    /// Her standing at one moment: the four states of the issue.
    public enum Status: Hashable, Sendable {
        case active
        /// Unrestricted, with this many warnings (at least one).
        case warned(count: Int)
        case suspended(until: Date, reason: ModeratorText)
        case banned(reason: ModeratorText)
    }

    /// Warnings given, ever; never negative.
    public let warnings: Int
    public let restriction: Restriction

    /// A new member: no warnings, no restriction.
    public static let newMember = MemberStanding(checkedWarnings: 0, restriction: .unrestricted)

    /// Nil when `warnings` is negative.
    public init?(warnings: Int, restriction: Restriction) {
        guard warnings >= 0 else { return nil }
        self.init(checkedWarnings: warnings, restriction: restriction)
    }

    private init(checkedWarnings: Int, restriction: Restriction) {
        warnings = checkedWarnings
        self.restriction = restriction
    }

    /// Her standing at `now`. A suspension is over at the moment it ends.
    public func status(at now: Date) -> Status {
        switch restriction {
        case .banned(let reason):
            return .banned(reason: reason)
        case .suspended(let until, let reason) where now < until:
            return .suspended(until: until, reason: reason)
        case .suspended, .unrestricted:
            return warnings == 0 ? .active : .warned(count: warnings)
        }
    }

    /// Whether her standing lets her use `permission` at `now`. This narrows `Role.member`'s
    /// permissions and grants nothing: a route checks both.
    ///
    /// - Active or warned: everything her role allows.
    /// - Suspended: read the forum and report posts (reporting is a safety tool), nothing else.
    /// - Banned: nothing at all, except deleting her account, which no standing takes away.
    public func allows(_ permission: Permission, at now: Date) -> Bool {
        switch status(at: now) {
        case .active, .warned:
            return true
        case .suspended:
            return permission == .readForum || permission == .report || permission == .deleteOwnAccount
        case .banned:
            return permission == .deleteOwnAccount
        }
    }

    /// Her standing after a moderator's action at `now`.
    ///
    /// - warn: one more warning; a suspension in force stays.
    /// - suspend: replaces any suspension, so a moderator can lengthen or shorten one.
    /// - ban: final.
    ///
    /// - Throws: `.memberBanned` for anything done to a banned member, `.memberAlreadyBanned`
    ///   for banning her twice, `.suspensionMustEndInFuture` for a suspension ending at or
    ///   before `now`.
    public func applying(_ action: MemberAction, now: Date) throws(ModerationError) -> MemberStanding {
        if case .banned = restriction {
            if case .ban = action { throw .memberAlreadyBanned }
            throw .memberBanned
        }
        // A suspension that has run out is tidied away, so storage keeps only what is in force.
        let current: Restriction
        if case .suspended(let until, _) = restriction, until <= now {
            current = .unrestricted
        } else {
            current = restriction
        }
        switch action {
        case .warn:
            return MemberStanding(checkedWarnings: warnings + 1, restriction: current)
        case .suspend(let until, let reason):
            guard until > now else { throw .suspensionMustEndInFuture }
            return MemberStanding(checkedWarnings: warnings, restriction: .suspended(until: until, reason: reason))
        case .ban(let reason):
            return MemberStanding(checkedWarnings: warnings, restriction: .banned(reason: reason))
        }
    }
}
