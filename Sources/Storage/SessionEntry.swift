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
            let statement = try db.cachedStatement(sql: """
                SELECT persist.value, persist.expires, persist.staffID, \(ForumMember.orderedColumns)
                FROM persist LEFT JOIN member ON member.id = persist.memberID WHERE persist.key = ?
                """)
            try statement.setArguments([key])
            var entry: SessionEntry?, staffID: Int64?
            try RawRows.forEach(statement, in: db) { row in
                entry = SessionEntry(value: try row.data(0), expires: row.optionalInt64(1), owner: nil)
                if !row.isNull(3) { entry?.owner = .member(try ForumMember(row, from: 3)) } else { staffID = row.optionalInt64(2) }
            }
            if let staffID, let account = try StaffStore.fetch(id: staffID, in: db) { entry?.owner = .staff(account) }
            return entry
        }
        guard let found else { return nil }
        return try await unexpired(found, key: key, expires: found.expires, now: now)
    }
}
