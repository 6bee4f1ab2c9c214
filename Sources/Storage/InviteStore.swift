import Foundation
import GRDB

/// What redeeming an invite gives: the restricted space it opens, if any. Nothing else of the
/// invite survives its use.
public struct RedeemedInvite: Sendable, Equatable {
    /// The restricted space the invite opens, or nil for the general forum only.
    public var space: String?

    public init(space: String?) { self.space = space }
}

/// Invitation codes, stored only as hashes (Forum's `InviteCode.storageHash`).
///
/// An invite's row is deleted (and overwritten) the moment it is used: its note
/// ("batch for the refuge") would otherwise link the member who used it to the service that
/// referred her. An expired invite is deleted when somebody tries it, or by `purgeExpired`.
public struct InviteStore: Sendable {
    let database: ChorusDatabase

    /// The largest note kept with an invite.
    public static let maximumNoteBytes = 1024

    public init(database: ChorusDatabase) { self.database = database }

    /// Stores one invite per hash, all with the same space, last day and note. An invite can be
    /// used up to and including `expiresDay`. Throws, storing none, if a hash is already stored.
    public func create(codeHashes: [Data], space: String?, expiresDay: String, note: String = "") async throws {
        try StorageDay.check(expiresDay)
        if let space { try StorageSpace.check(space) }
        try StorageText.check(note, maximumBytes: Self.maximumNoteBytes)
        try await database.connection.write { db in
            for hash in codeHashes {
                try db.execute(
                    sql: "INSERT INTO invite (codeHash, space, expiresDay, note) VALUES (?, ?, ?, ?)",
                    arguments: [hash, space, expiresDay, note])
            }
        }
    }

    /// Uses an invite: deletes its row and returns the space it opens. Nil when no invite has
    /// this hash (a wrong code, or one already used) or it expired before `today` (`YYYY-MM-DD`),
    /// in which case its row is deleted too.
    public func redeem(codeHash: Data, today: String) async throws -> RedeemedInvite? {
        try StorageDay.check(today)
        return try await database.connection.write { db in
            try Self.redeem(codeHash: codeHash, today: today, in: db)
        }
    }

    /// Whether a code would be accepted today, without using it: for a join form that asks for
    /// the code before the passphrase. `MemberStore.join` checks again when it uses the code.
    public func isRedeemable(codeHash: Data, today: String) async throws -> Bool {
        try StorageDay.check(today)
        return try await database.fetch { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM invite WHERE codeHash = ? AND expiresDay >= ?)",
                              arguments: [codeHash, today])!
        }
    }

    /// Deletes every invite whose last day is before `today`. Returns how many.
    @discardableResult
    public func purgeExpired(today: String) async throws -> Int {
        try StorageDay.check(today)
        let count = try await database.connection.write { db in
            try db.execute(sql: "DELETE FROM invite WHERE expiresDay < ?", arguments: [today])
            return db.changesCount
        }
        return count
    }

    /// How many invites are stored, used or not yet expired.
    public func count() async throws -> Int {
        try await database.fetch { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM invite")! }
    }

    /// The redemption itself, inside the caller's transaction (`MemberStore.join` uses it so the
    /// invite is spent only if the member is created). Nil when there is no such invite or it expired.
    static func redeem(codeHash: Data, today: String, in db: Database) throws -> RedeemedInvite? {
        guard let row = try Row.fetchOne(db, sql: "SELECT space, expiresDay FROM invite WHERE codeHash = ?", arguments: [codeHash]) else {
            return nil
        }
        try db.execute(sql: "DELETE FROM invite WHERE codeHash = ?", arguments: [codeHash])
        let expiresDay: String = row["expiresDay"]
        guard expiresDay >= today else { return nil }
        return RedeemedInvite(space: row["space"])
    }
}
