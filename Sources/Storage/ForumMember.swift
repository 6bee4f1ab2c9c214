import Foundation
import GRDB

/// A suspension or a ban as stored: Forum's `MemberStanding.Restriction` without its types.
/// The web app writes `until` as an ISO 8601 instant in UTC; it is a moderator's choice, not
/// a survivor's activity.
public enum StoredRestriction: Sendable, Equatable {
    case none
    case suspended(until: String, reason: String)
    case banned(reason: String)
}

/// One forum member, as stored. Everything Chorus keeps about her is here: no exact time, no
/// address, no profile. `joinedDay` gives moderators her membership band, never the date.
public struct ForumMember: Sendable, Equatable {
    /// A random 63-bit id: says nothing about when she joined.
    public var id: Int64
    public var pseudonym: String
    /// Argon2id string (`Sealing.PassphraseHash`).
    public var passphraseHash: String
    /// BLAKE2b hash of her recovery code (`RecoveryCode.storageHash`); never the code.
    public var recoveryHash: Data
    /// `YYYY-MM-DD`, UTC.
    public var joinedDay: String
    /// Posts of hers that were published, for `ModerationPolicy`'s new-member hold.
    public var publishedPosts: Int
    public var warnings: Int
    public var restriction: StoredRestriction
    /// Restricted spaces her invite (or a later one) opened, sorted.
    public var spaces: [String]
    /// Sessions carry the epoch they were made in; one older than this is refused.
    public var sessionEpoch: Int

    /// The columns `init(_:from:)` reads, in its order, for a query that names them.
    static let orderedColumns = """
        member.id, member.pseudonym, member.passphraseHash, member.recoveryHash, member.joinedDay, member.publishedPosts, \
        member.warnings, member.restriction, member.restrictedUntil, member.restrictionReason, member.spaces, member.sessionEpoch
        """
}

extension ForumMember {
    /// A member from a row that has `orderedColumns` from column `first` on, read by position
    /// (`RawRows`): every signed-in page reads her.
    init(_ row: RawRow, from first: CInt = 0) throws {
        id = row.int64(first)
        pseudonym = try row.text(first + 1)
        passphraseHash = try row.text(first + 2)
        recoveryHash = try row.data(first + 3)
        joinedDay = try row.text(first + 4)
        publishedPosts = row.int(first + 5)
        warnings = row.int(first + 6)
        switch (try row.text(first + 7), row.optionalText(first + 8), row.optionalText(first + 9)) {
        case ("suspended", let until?, let reason?): restriction = .suspended(until: until, reason: reason)
        case ("banned", _, let reason?): restriction = .banned(reason: reason)
        default: restriction = .none
        }
        spaces = StorageSpace.decode(try row.text(first + 10))
        sessionEpoch = row.int(first + 11)
    }
}

extension StoredRestriction {
    /// The `restriction`, `restrictedUntil` and `restrictionReason` columns.
    var columns: (kind: String, until: String?, reason: String?) {
        switch self {
        case .none: return ("none", nil, nil)
        case .suspended(let until, let reason): return ("suspended", until, reason)
        case .banned(let reason): return ("banned", nil, reason)
        }
    }
}

/// What deleting an account did.
public struct AccountDeletion: Sendable, Equatable {
    /// Her posts others had seen, now bodiless placeholders ("removed by its author").
    public var postsErased: Int
    /// Her posts nobody else saw (held or rejected), deleted.
    public var postsDeleted: Int
    /// Threads she started that held nobody else's posts, deleted.
    public var threadsDeleted: Int
}
