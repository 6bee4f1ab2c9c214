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

    /// The columns `init(orderedRow:from:)` reads, in its order, for a query that names them.
    static let orderedColumns = """
        member.id, member.pseudonym, member.passphraseHash, member.recoveryHash, member.joinedDay, member.publishedPosts, \
        member.warnings, member.restriction, member.restrictedUntil, member.restrictionReason, member.spaces, member.sessionEpoch
        """

    /// A member from a row that has `orderedColumns` from column `first` on, read by position:
    /// every signed-in page reads her, and finding each column by name lowercased every column's
    /// name for each one found.
    init(orderedRow row: Row, from first: Int = 0) {
        id = row[first]
        pseudonym = row[first + 1]
        passphraseHash = row[first + 2]
        recoveryHash = row[first + 3]
        joinedDay = row[first + 4]
        publishedPosts = row[first + 5]
        warnings = row[first + 6]
        let until: String? = row[first + 8]
        let reason: String? = row[first + 9]
        switch (row[first + 7] as String, until, reason) {
        case ("suspended", let until?, let reason?): restriction = .suspended(until: until, reason: reason)
        case ("banned", _, let reason?): restriction = .banned(reason: reason)
        default: restriction = .none
        }
        spaces = StorageSpace.decode(row[first + 10])
        sessionEpoch = row[first + 11]
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
