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

    init(row: Row) {
        id = row["id"]
        pseudonym = row["pseudonym"]
        passphraseHash = row["passphraseHash"]
        recoveryHash = row["recoveryHash"]
        joinedDay = row["joinedDay"]
        publishedPosts = row["publishedPosts"]
        warnings = row["warnings"]
        let until: String? = row["restrictedUntil"]
        let reason: String? = row["restrictionReason"]
        switch (row["restriction"] as String, until, reason) {
        case ("suspended", let until?, let reason?): restriction = .suspended(until: until, reason: reason)
        case ("banned", _, let reason?): restriction = .banned(reason: reason)
        default: restriction = .none
        }
        spaces = StorageSpace.decode(row["spaces"])
        sessionEpoch = row["sessionEpoch"]
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
