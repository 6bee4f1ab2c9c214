import GRDB

/// The two kinds of account that hold sessions.
enum SessionOwner {
    case member, staff

    var table: String { self == .member ? "member" : "staff" }
    var ownerColumn: String { self == .member ? "memberID" : "staffID" }
}

extension ChorusDatabase {
    /// "Log out everywhere": bumps the account's session epoch (older sessions are refused) and
    /// deletes the session rows it owns, in one transaction. Returns the new epoch.
    func bumpSessionEpoch(of owner: SessionOwner, id: Int64) async throws -> Int {
        let epoch = try await connection.write { db in
            try db.execute(sql: "UPDATE \(owner.table) SET sessionEpoch = sessionEpoch + 1 WHERE id = ?", arguments: [id])
            guard db.changesCount == 1 else { throw ForumStorageError.notFound }
            try db.execute(sql: "DELETE FROM persist WHERE \(owner.ownerColumn) = ?", arguments: [id])
            return try Int.fetchOne(db, sql: "SELECT sessionEpoch FROM \(owner.table) WHERE id = ?", arguments: [id]) ?? 0
        }
        return epoch
    }
}
