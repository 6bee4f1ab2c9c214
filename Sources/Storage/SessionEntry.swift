import Foundation
import GRDB

/// A session's row with the account it names, as both are now, read in one statement and one
/// turn at the database: every signed-in page needs both, and reading them apart was two hops to
/// the database's queue and two file locks (bench/speed.sh).
public struct SessionEntry: Sendable {
    public var value: Data
    public var expires: Int64?
    /// The account the row names; nil when it names none.
    public var owner: Owner?

    public enum Owner: Sendable, Equatable {
        case member(ForumMember)
        case staff(StaffAccount)
    }
}

extension KeyValueStore {
    /// The row under `key` with its owner, or nil if there is none or it has expired (an expired
    /// row is deleted), as `entry(key:now:)`.
    public func sessionEntry(key: String, now: Int64 = KeyValueStore.now()) async throws -> SessionEntry? {
        let found = try await database.fetch { db -> SessionEntry? in
            // The member's columns ride along (a forum page's session); a staff session's account
            // is a second statement in the same turn (staff pages are few).
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT persist.value, persist.expires, persist.staffID, \(ForumMember.orderedColumns)
                FROM persist LEFT JOIN member ON member.id = persist.memberID WHERE persist.key = ?
                """), arguments: [key]) else { return nil }
            var entry = SessionEntry(value: row[0], expires: row[1], owner: nil)
            if !row.hasNull(atIndex: 3) {
                entry.owner = .member(ForumMember(orderedRow: row, from: 3))
            } else if let staffID: Int64 = row[2], let account = try StaffStore.fetch(id: staffID, in: db) {
                entry.owner = .staff(account)
            }
            return entry
        }
        guard let found else { return nil }
        return try await unexpired(found, key: key, expires: found.expires, now: now)
    }
}
