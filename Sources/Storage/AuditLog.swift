import Foundation
import GRDB

/// One line of the audit log, as stored. The web app maps Forum's `AuditEntry` to these strings
/// (for example `target` "post:<id>" or "member:<pseudonym>"), and back.
public struct StoredAuditEntry: Sendable, Equatable {
    /// In order of appending.
    public var id: Int64
    /// The staff member's name.
    public var actor: String
    public var action: String
    public var target: String
    /// Empty when the action was taken without one.
    public var reason: String
    /// An exact time (ISO 8601, UTC): staff activity, not a survivor's.
    public var time: String

    init(row: Row) {
        id = row["id"]
        actor = row["actor"]
        action = row["action"]
        target = row["target"]
        reason = row["reason"]
        time = row["time"]
    }
}

/// The staff audit log: append and read, nothing else. SQLite itself refuses to change, delete
/// or replace an entry (triggers in `ForumSchema`), so no code path, present or future, can.
public struct AuditLog: Sendable {
    let database: ChorusDatabase

    public init(database: ChorusDatabase) { self.database = database }

    /// Appends an entry; returns it with its id.
    @discardableResult
    public func append(actor: String, action: String, target: String, reason: String = "", time: String) async throws -> StoredAuditEntry {
        let entry = try await database.connection.write { db -> StoredAuditEntry in
            try db.execute(sql: "INSERT INTO auditEntry (actor, action, target, reason, time) VALUES (?, ?, ?, ?, ?)",
                           arguments: [actor, action, target, reason, time])
            return try Row.fetchOne(db, sql: "SELECT * FROM auditEntry WHERE id = ?", arguments: [db.lastInsertedRowID]).map(StoredAuditEntry.init(row:))!
        }
        return entry
    }

    /// Entries, newest first: at most `limit`, older than the entry `beforeID` when given (for paging).
    public func entries(limit: Int = 100, beforeID: Int64? = nil) async throws -> [StoredAuditEntry] {
        try await database.fetch { db in
            try Row.fetchAll(db, sql: "SELECT * FROM auditEntry WHERE id < ? ORDER BY id DESC LIMIT ?",
                             arguments: [beforeID ?? Int64.max, limit]).map(StoredAuditEntry.init(row:))
        }
    }

    /// Entries about any of `targets`, newest first: a member's history is her entries and her posts'.
    public func entries(targets: [String]) async throws -> [StoredAuditEntry] {
        guard !targets.isEmpty else { return [] }
        return try await database.fetch { db in
            let placeholders = Array(repeating: "?", count: targets.count).joined(separator: ", ")
            return try Row.fetchAll(db, sql: "SELECT * FROM auditEntry WHERE target IN (\(placeholders)) ORDER BY id DESC",
                                    arguments: StatementArguments(targets)).map(StoredAuditEntry.init(row:))
        }
    }

    /// Whether any entry is about `target`. Before giving a newly drawn pseudonym, check that no
    /// entry names it: a deleted member's history must not become a new member's.
    public func hasEntries(target: String) async throws -> Bool {
        try await database.fetch { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM auditEntry WHERE target = ?)", arguments: [target])!
        }
    }
}
