import Foundation
import GRDB

/// Who a stored value (a session) belongs to, so that deleting an account or "log out
/// everywhere" deletes it at once.
public enum KeyValueOwner: Sendable, Equatable {
    case member(Int64)
    case staff(Int64)

    var columns: (member: Int64?, staff: Int64?) {
        switch self {
        case .member(let id): return (id, nil)
        case .staff(let id): return (nil, id)
        }
    }
}

/// Expiring keys and values, for the web app's Hummingbird `PersistDriver` (its sessions).
///
/// Times are whole seconds since 1970 (UTC). A value whose `expires` is at or before `now` is
/// gone: `get` neither returns it nor keeps it, `create` may take its key, and `purgeExpired`
/// deletes them all.
public struct KeyValueStore: Sendable {
    let database: ChorusDatabase

    /// The largest value stored: a session is small, and a row must stay within its page.
    public static let maximumValueBytes = 32 * 1024

    public init(database: ChorusDatabase) { self.database = database }

    /// Seconds since 1970, now.
    public static func now() -> Int64 { Int64(Date().timeIntervalSince1970) }

    /// Stores a value under a new key. Throws `.keyExists` if the key holds a live value
    /// (an expired one is replaced), or `.notFound` if the owner does not exist.
    public func create(key: String, value: Data, expires: Int64?, owner: KeyValueOwner? = nil, now: Int64 = KeyValueStore.now()) async throws {
        guard value.count <= Self.maximumValueBytes else { throw ForumStorageError.textTooLarge }
        try await database.connection.write { db in
            try db.execute(sql: "DELETE FROM persist WHERE key = ? AND expires <= ?", arguments: [key, now])
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM persist WHERE key = ?)", arguments: [key])! {
                throw ForumStorageError.keyExists
            }
            try Self.checkOwner(owner, in: db)
            try db.execute(sql: "INSERT INTO persist (key, value, expires, memberID, staffID) VALUES (?, ?, ?, ?, ?)",
                           arguments: [key, value, expires, owner?.columns.member, owner?.columns.staff])
        }
    }

    /// Stores a value under a key, replacing any value there. Throws `.notFound` if the owner does not exist.
    public func set(key: String, value: Data, expires: Int64?, owner: KeyValueOwner? = nil) async throws {
        guard value.count <= Self.maximumValueBytes else { throw ForumStorageError.textTooLarge }
        try await database.connection.write { db in
            try Self.checkOwner(owner, in: db)
            try db.execute(sql: """
                INSERT INTO persist (key, value, expires, memberID, staffID) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires = excluded.expires,
                    memberID = excluded.memberID, staffID = excluded.staffID
                """, arguments: [key, value, expires, owner?.columns.member, owner?.columns.staff])
        }
    }

    /// The value under a key, or nil if there is none or it has expired (an expired row is deleted).
    public func get(key: String, now: Int64 = KeyValueStore.now()) async throws -> Data? {
        try await entry(key: key, now: now)?.value
    }

    /// The value under a key with its expiry (nil: never), or nil if there is none or it has
    /// expired (an expired row is deleted).
    public func entry(key: String, now: Int64 = KeyValueStore.now()) async throws -> (value: Data, expires: Int64?)? {
        let found = try await database.fetch { db -> (value: Data, expires: Int64?)? in
            // Every signed-in page reads its session: prepared once per connection, read by position.
            try Row.fetchOne(db.cachedStatement(sql: "SELECT value, expires FROM persist WHERE key = ?"), arguments: [key]).map { ($0[0], $0[1]) }
        }
        guard let found else { return nil }
        return try await unexpired(found, key: key, expires: found.expires, now: now)
    }

    /// `found`, or nil (and the row deleted) when its time has come.
    func unexpired<Found>(_ found: Found, key: String, expires: Int64?, now: Int64) async throws -> Found? {
        if let expires, expires <= now {
            try await database.connection.write { db in
                try db.execute(sql: "DELETE FROM persist WHERE key = ? AND expires <= ?", arguments: [key, now])
            }
            return nil
        }
        return found
    }

    public func remove(key: String) async throws {
        try await database.connection.write { db in
            try db.execute(sql: "DELETE FROM persist WHERE key = ?", arguments: [key])
        }
    }

    /// Deletes every value whose time has come. Returns how many.
    @discardableResult
    public func purgeExpired(now: Int64 = KeyValueStore.now()) async throws -> Int {
        let count = try await database.connection.write { db in
            try db.execute(sql: "DELETE FROM persist WHERE expires <= ?", arguments: [now])
            return db.changesCount
        }
        return count
    }

    /// How many values are stored, live or not yet purged.
    public func count() async throws -> Int {
        try await database.fetch { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM persist")! }
    }

    static func checkOwner(_ owner: KeyValueOwner?, in db: Database) throws {
        let exists: Bool
        switch owner {
        case nil: return
        case .member(let id): exists = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM member WHERE id = ?)", arguments: [id])!
        case .staff(let id): exists = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM staff WHERE id = ?)", arguments: [id])!
        }
        guard exists else { throw ForumStorageError.notFound }
    }
}
