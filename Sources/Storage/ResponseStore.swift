import Foundation
import GRDB

/// What happened to a withdrawal request.
public enum WithdrawalOutcome: Sendable, Equatable {
    /// The response was deleted before anyone exported it.
    case deleted
    /// The response was deleted here, and its id is kept so the next report leaves out the exported copy.
    case deletedAndRecordedForNextReport
    /// No response has that code (wrong code, or already withdrawn).
    case notFound
}

/// Stores sealed responses, withdraws them, and exports them. The only place survey rows are touched.
public struct ResponseStore: Sendable {
    let database: ChorusDatabase

    public init(database: ChorusDatabase) { self.database = database }

    /// Stores one response in a random slot. Returns once SQLite has made it durable (`synchronous = FULL`).
    public func insert(_ response: SealedResponse) async throws {
        guard response.box.count <= SealedResponse.maximumBoxSize else { throw StorageError.responseTooLarge }
        try await database.connection.write { db in
            var generator = SystemRandomNumberGenerator()
            // A clash of two random 63-bit slots is vanishingly rare; try another if it happens.
            for _ in 0..<8 {
                let slot = Int64.random(in: 1...Int64.max, using: &generator)
                guard try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM response WHERE slot = ?)", arguments: [slot])! else { continue }
                try db.execute(
                    sql: "INSERT INTO response (slot, id, survey, version, day, box, withdrawalHash, exported) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    arguments: [slot, response.id, response.survey, response.version, response.day, response.box, response.withdrawalHash, response.exported])
                return
            }
            throw StorageError.noFreeSlot
        }
    }

    public func withdraw(codeHash: Data) async throws -> WithdrawalOutcome {
        let outcome = try await database.connection.write { db -> WithdrawalOutcome in
            guard let response = try SealedResponse.filter(Column("withdrawalHash") == codeHash).fetchOne(db) else {
                return .notFound
            }
            try db.execute(sql: "DELETE FROM response WHERE id = ?", arguments: [response.id])
            guard response.exported else { return .deleted }
            try db.execute(sql: "INSERT OR IGNORE INTO withdrawnResponse (id) VALUES (?)", arguments: [response.id])
            return .deletedAndRecordedForNextReport
        }
        return outcome
    }

    public func count() async throws -> Int {
        try await database.fetch { db in try SealedResponse.fetchCount(db) }
    }

    /// How many responses one read of an export takes: each read is a turn at the database, and
    /// submissions wait only for one such turn, not for the whole export.
    static let exportBatchSize = 64

    /// Hands every stored response to `body` in a fresh random order, marking them exported first,
    /// and returns the ids withdrawn after an earlier export. Holds the ids (for the shuffle) and one
    /// batch of rows at a time in memory, never all the boxes. A response withdrawn while the export
    /// runs is left out.
    public func export(_ body: (SealedResponse) throws -> Void) throws -> [String] {
        var ids = try database.connection.write { db -> [String] in
            try db.execute(sql: "UPDATE response SET exported = 1 WHERE exported = 0")
            return try String.fetchAll(db, sql: "SELECT id FROM response")
        }
        var generator = SystemRandomNumberGenerator()
        ids.shuffle(using: &generator)
        var start = 0
        while start < ids.count {
            let batch = Array(ids[start..<min(start + Self.exportBatchSize, ids.count)])
            let rows = try database.connection.read { db in
                try SealedResponse.filter(batch.contains(Column("id"))).fetchAll(db)
            }
            // The query returns the batch in the table's order; hand it on in the shuffled order.
            let byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for id in batch { if let response = byID[id] { try body(response) } }
            start += Self.exportBatchSize
        }
        return try database.connection.read { db in try String.fetchAll(db, sql: "SELECT id FROM withdrawnResponse ORDER BY id") }
    }
}

public enum StorageError: Error, Sendable, Equatable, CustomStringConvertible {
    case responseTooLarge
    case noFreeSlot

    public var description: String {
        switch self {
        case .responseTooLarge: return "The response is larger than Chorus stores (\(SealedResponse.maximumBoxSize) bytes sealed)."
        case .noFreeSlot: return "No free storage slot was found; try again."
        }
    }
}
