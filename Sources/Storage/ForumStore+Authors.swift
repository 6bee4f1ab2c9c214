import Foundation
import GRDB

extension ForumStore {
    /// The ids of a member's posts that still exist, for her moderation history (the audit log
    /// names posts by id, never by author).
    public func postIDs(authorID: Int64) async throws -> [Int64] {
        try await database.fetch { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM post WHERE authorID = ?", arguments: [authorID])
        }
    }
}
