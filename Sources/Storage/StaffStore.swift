import Foundation
import GRDB

/// A staff role as stored: Forum's `Role` without `member` (members are not staff).
public enum StaffRole: String, Sendable, CaseIterable, Equatable {
    case admin
    case moderator
    case lead
}

/// One staff account.
public struct StaffAccount: Sendable, Equatable {
    public var id: Int64
    /// The name the audit log records; unique ignoring case.
    public var name: String
    public var role: StaffRole
    /// Argon2id string (`Sealing.PassphraseHash`).
    public var passphraseHash: String
    /// The TOTP secret (base32), which the server must read to check codes.
    public var totpSecret: String
    /// The last TOTP time step accepted (`acceptTOTP(id:counter:)`).
    public var totpLastCounter: Int64
    public var sessionEpoch: Int

    init(row: Row) {
        id = row["id"]
        name = row["name"]
        role = StaffRole(rawValue: row["role"]) ?? .lead
        passphraseHash = row["passphraseHash"]
        totpSecret = row["totpSecret"]
        totpLastCounter = row["totpLastCounter"]
        sessionEpoch = row["sessionEpoch"]
    }
}

/// Staff accounts: admins, moderators and the lead. Ids are ordinary: staff are not survivors.
public struct StaffStore: Sendable {
    let database: ChorusDatabase

    public init(database: ChorusDatabase) { self.database = database }

    /// Adds a staff account. Throws `.staffNameTaken` if the name is used, ignoring case.
    public func add(name: String, role: StaffRole, passphraseHash: String, totpSecret: String) async throws -> StaffAccount {
        let account = try await database.connection.write { db -> StaffAccount in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM staff WHERE name = ?)", arguments: [name])! {
                throw ForumStorageError.staffNameTaken
            }
            try db.execute(sql: "INSERT INTO staff (name, role, passphraseHash, totpSecret) VALUES (?, ?, ?, ?)",
                           arguments: [name, role.rawValue, passphraseHash, totpSecret])
            return try Self.fetch(id: db.lastInsertedRowID, in: db)!
        }
        return account
    }

    /// The account with this name, ignoring case.
    public func find(name: String) async throws -> StaffAccount? {
        try await database.fetch { db in
            try Row.fetchOne(db, sql: "SELECT * FROM staff WHERE name = ?", arguments: [name]).map(StaffAccount.init(row:))
        }
    }

    public func account(id: Int64) async throws -> StaffAccount? {
        try await database.fetch { db in try Self.fetch(id: id, in: db) }
    }

    /// Every staff account, by name.
    public func all() async throws -> [StaffAccount] {
        try await database.fetch { db in
            try Row.fetchAll(db, sql: "SELECT * FROM staff ORDER BY name").map(StaffAccount.init(row:))
        }
    }

    public func setRole(id: Int64, to role: StaffRole) async throws {
        try await update(id: id, sql: "UPDATE staff SET role = ? WHERE id = ?", arguments: [role.rawValue, id])
    }

    public func updatePassphraseHash(id: Int64, to hash: String) async throws {
        try await update(id: id, sql: "UPDATE staff SET passphraseHash = ? WHERE id = ?", arguments: [hash, id])
    }

    /// A new TOTP secret (re-enrolment). Resets nothing else.
    public func updateTOTPSecret(id: Int64, to secret: String) async throws {
        try await update(id: id, sql: "UPDATE staff SET totpSecret = ? WHERE id = ?", arguments: [secret, id])
    }

    /// Accepts a TOTP code's time step once: true, and recorded, only if `counter` is later than
    /// every step accepted before, so a code seen over her shoulder cannot be used again.
    public func acceptTOTP(id: Int64, counter: Int64) async throws -> Bool {
        let accepted = try await database.connection.write { db in
            try db.execute(sql: "UPDATE staff SET totpLastCounter = ? WHERE id = ? AND totpLastCounter < ?", arguments: [counter, id, counter])
            return db.changesCount == 1
        }
        return accepted
    }

    /// "Log out everywhere": bumps the epoch (older sessions are refused) and deletes the session
    /// rows the account owns. Returns the new epoch.
    @discardableResult
    public func bumpSessionEpoch(id: Int64) async throws -> Int {
        try await database.bumpSessionEpoch(of: .staff, id: id)
    }

    /// A new passphrase and TOTP secret together, every session ended, in one transaction: for
    /// someone who lost either, or whose account was used by someone else.
    public func reset(id: Int64, passphraseHash: String, totpSecret: String) async throws {
        try await database.connection.write { db in
            try db.execute(sql: "UPDATE staff SET passphraseHash = ?, totpSecret = ?, sessionEpoch = sessionEpoch + 1 WHERE id = ?",
                           arguments: [passphraseHash, totpSecret, id])
            guard db.changesCount == 1 else { throw ForumStorageError.notFound }
            try db.execute(sql: "DELETE FROM persist WHERE staffID = ?", arguments: [id])
        }
    }

    /// Removes an account; its sessions go with it. The audit log keeps its name.
    public func remove(id: Int64) async throws {
        try await update(id: id, sql: "DELETE FROM staff WHERE id = ?", arguments: [id])
    }

    private func update(id: Int64, sql: String, arguments: StatementArguments) async throws {
        try await database.connection.write { db in
            try db.execute(sql: sql, arguments: arguments)
            guard db.changesCount == 1 else { throw ForumStorageError.notFound }
        }
    }

    static func fetch(id: Int64, in db: Database) throws -> StaffAccount? {
        try Row.fetchOne(db, sql: "SELECT * FROM staff WHERE id = ?", arguments: [id]).map(StaffAccount.init(row:))
    }
}
