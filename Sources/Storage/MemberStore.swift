import Foundation
import GRDB

/// Forum members: joining, signing in, standing, and deleting an account without trace.
public struct MemberStore: Sendable {
    let database: ChorusDatabase

    public init(database: ChorusDatabase) { self.database = database }

    // MARK: - Joining

    /// Creates a member in a random slot. Throws `.pseudonymTaken` or `.recoveryCodeTaken` on a clash.
    public func create(
        pseudonym: String, passphraseHash: String, recoveryHash: Data, joinedDay: String, spaces: [String] = []
    ) async throws -> ForumMember {
        try StorageDay.check(joinedDay)
        for space in spaces { try StorageSpace.check(space) }
        let member = try await database.connection.write { db in
            try Self.insert(pseudonym: pseudonym, passphraseHash: passphraseHash, recoveryHash: recoveryHash,
                            joinedDay: joinedDay, spaces: spaces, in: db)
        }
        return member
    }

    /// Uses an invite and creates the member in one transaction, so a clash (a taken pseudonym)
    /// leaves the invite unspent. Nil when the invite is unknown, used or expired (an expired
    /// invite's row is deleted all the same). Her spaces are the one the invite opened, if any.
    public func join(
        inviteCodeHash: Data, today: String, pseudonym: String, passphraseHash: String, recoveryHash: Data
    ) async throws -> ForumMember? {
        try StorageDay.check(today)
        return try await database.connection.write { db -> ForumMember? in
            guard let invite = try InviteStore.redeem(codeHash: inviteCodeHash, today: today, in: db) else { return nil }
            return try Self.insert(pseudonym: pseudonym, passphraseHash: passphraseHash, recoveryHash: recoveryHash,
                                   joinedDay: today, spaces: invite.space.map { [$0] } ?? [], in: db)
        }
    }

    static func insert(
        pseudonym: String, passphraseHash: String, recoveryHash: Data, joinedDay: String, spaces: [String], in db: Database
    ) throws -> ForumMember {
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM member WHERE pseudonym = ?)", arguments: [pseudonym])! {
            throw ForumStorageError.pseudonymTaken
        }
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM member WHERE recoveryHash = ?)", arguments: [recoveryHash])! {
            throw ForumStorageError.recoveryCodeTaken
        }
        let id = try ForumSchema.freeRandomID(in: db, table: "member")
        try db.execute(
            sql: "INSERT INTO member (id, pseudonym, passphraseHash, recoveryHash, joinedDay, spaces) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [id, pseudonym, passphraseHash, recoveryHash, joinedDay, StorageSpace.encode(spaces)])
        return try fetch(id: id, in: db)!
    }

    // MARK: - Finding

    public func member(id: Int64) async throws -> ForumMember? {
        try await database.fetch { db in try Self.fetch(id: id, in: db) }
    }

    public func find(pseudonym: String) async throws -> ForumMember? {
        try await database.fetch { db in
            try Self.fetchOne(where: "pseudonym = ?", [pseudonym], cached: false, in: db)
        }
    }

    /// The member whose recovery code hashes to this, for "I forgot my passphrase".
    public func find(recoveryHash: Data) async throws -> ForumMember? {
        try await database.fetch { db in
            try Self.fetchOne(where: "recoveryHash = ?", [recoveryHash], cached: false, in: db)
        }
    }

    public func count() async throws -> Int {
        try await database.fetch { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM member")! }
    }

    static func fetch(id: Int64, in db: Database) throws -> ForumMember? {
        try fetchOne(where: "id = ?", [id], in: db)
    }

    /// The one member `condition` (on a unique column) finds, or nil. A cached statement keeps
    /// its last arguments until its next use, so a look-up by what she typed (her name at
    /// sign-in, her recovery code's hash) is prepared afresh and let go, as it was before.
    private static func fetchOne(
        where condition: String, _ arguments: StatementArguments, cached: Bool = true, in db: Database
    ) throws -> ForumMember? {
        let sql = "SELECT \(ForumMember.orderedColumns) FROM member WHERE \(condition)"
        let statement = cached ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        var found: ForumMember?
        try RawRows.forEach(statement, in: db) { row in found = try ForumMember(row) }
        return found
    }

    // MARK: - Signing in

    public func updatePassphraseHash(id: Int64, to hash: String) async throws {
        try await update(id: id, sql: "UPDATE member SET passphraseHash = ? WHERE id = ?", arguments: [hash, id])
    }

    /// Gives her another drawn pseudonym, only while she has written nothing (no post of hers
    /// exists, held or not), so no earlier post ever shows a name other members did not see.
    /// Throws `.pseudonymTaken` on a clash, `.alreadyPosted` once she has written.
    public func changePseudonym(id: Int64, to pseudonym: String) async throws {
        try await database.connection.write { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM post WHERE authorID = ?)", arguments: [id])! {
                throw ForumStorageError.alreadyPosted
            }
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM member WHERE pseudonym = ?)", arguments: [pseudonym])! {
                throw ForumStorageError.pseudonymTaken
            }
            try db.execute(sql: "UPDATE member SET pseudonym = ? WHERE id = ?", arguments: [pseudonym, id])
            guard db.changesCount == 1 else { throw ForumStorageError.notFound }
        }
    }

    /// Replaces her recovery code's hash (after she used it, a new code is shown once).
    public func updateRecoveryHash(id: Int64, to hash: Data) async throws {
        try await database.connection.write { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM member WHERE recoveryHash = ? AND id != ?)", arguments: [hash, id])! {
                throw ForumStorageError.recoveryCodeTaken
            }
            try db.execute(sql: "UPDATE member SET recoveryHash = ? WHERE id = ?", arguments: [hash, id])
            guard db.changesCount == 1 else { throw ForumStorageError.notFound }
        }
    }

    /// "Log out everywhere": bumps her session epoch, so every session made before is refused,
    /// and deletes the session rows she owns (`KeyValueStore` with `owner: .member(id)`).
    /// Returns the new epoch.
    @discardableResult
    public func bumpSessionEpoch(id: Int64) async throws -> Int {
        try await database.bumpSessionEpoch(of: .member, id: id)
    }

    // MARK: - Standing

    /// One more warning; returns the new count.
    @discardableResult
    public func recordWarning(id: Int64) async throws -> Int {
        let warnings = try await database.connection.write { db in
            try db.execute(sql: "UPDATE member SET warnings = warnings + 1 WHERE id = ?", arguments: [id])
            guard db.changesCount == 1 else { throw ForumStorageError.notFound }
            return try Int.fetchOne(db, sql: "SELECT warnings FROM member WHERE id = ?", arguments: [id])!
        }
        return warnings
    }

    public func setRestriction(id: Int64, _ restriction: StoredRestriction) async throws {
        let columns = restriction.columns
        try await update(
            id: id,
            sql: "UPDATE member SET restriction = ?, restrictedUntil = ?, restrictionReason = ? WHERE id = ?",
            arguments: [columns.kind, columns.until, columns.reason, id])
    }

    /// Writes a whole standing at once: what Forum's `MemberStanding.applying(_:now:)` returns.
    public func setStanding(id: Int64, warnings: Int, restriction: StoredRestriction) async throws {
        let columns = restriction.columns
        try await update(
            id: id,
            sql: "UPDATE member SET warnings = ?, restriction = ?, restrictedUntil = ?, restrictionReason = ? WHERE id = ?",
            arguments: [warnings, columns.kind, columns.until, columns.reason, id])
    }

    /// One more published post; returns the new count.
    @discardableResult
    public func incrementPublishedPosts(id: Int64) async throws -> Int {
        let count = try await database.connection.write { db in
            try db.execute(sql: "UPDATE member SET publishedPosts = publishedPosts + 1 WHERE id = ?", arguments: [id])
            guard db.changesCount == 1 else { throw ForumStorageError.notFound }
            return try Int.fetchOne(db, sql: "SELECT publishedPosts FROM member WHERE id = ?", arguments: [id])!
        }
        return count
    }

    /// Opens a restricted space to her (a later invite for it, say).
    public func addSpace(id: Int64, space: String) async throws {
        try StorageSpace.check(space)
        try await database.connection.write { db in
            guard let current = try String.fetchOne(db, sql: "SELECT spaces FROM member WHERE id = ?", arguments: [id]) else {
                throw ForumStorageError.notFound
            }
            let spaces = StorageSpace.encode(StorageSpace.decode(current) + [space])
            try db.execute(sql: "UPDATE member SET spaces = ? WHERE id = ?", arguments: [spaces, id])
        }
    }

    private func update(id: Int64, sql: String, arguments: StatementArguments) async throws {
        try await database.connection.write { db in
            try db.execute(sql: sql, arguments: arguments)
            guard db.changesCount == 1 else { throw ForumStorageError.notFound }
        }
    }

    // MARK: - Deleting an account

    /// Deletes her account in one transaction, so that her words are in no file once it returns
    /// (`secure_delete` overwrites what is deleted; the rollback journal is emptied at commit). Nil if there is no such member.
    ///
    /// Her posts go as Forum's `PostState.afterAuthorDeletesAccount` says:
    /// - held and rejected posts (nobody else saw them) are deleted;
    /// - every other post of hers loses its body and its `stateDetail`, and becomes
    ///   `removedByAuthor`, except that a post a moderator removed stays `removedByModerator`;
    ///   replies to them stay, under the placeholder;
    /// - every report on her posts is deleted.
    ///
    /// Threads she started lose their titles (her words too); one that holds nobody else's posts
    /// is deleted whole. Then her member row goes, and with it (through the foreign keys) the
    /// reports she made and her sessions; her remaining threads and placeholders keep no author.
    ///
    /// Not touched: audit entries, which are append-only and may name her pseudonym or her posts'
    /// ids (never their text).
    public func deleteAccount(id: Int64) async throws -> AccountDeletion? {
        let counts = try await database.connection.write { db -> (erased: Int, deleted: Int, threads: Int)? in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM member WHERE id = ?)", arguments: [id])! else {
                return nil
            }
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM post WHERE authorID = ?", arguments: [id])!
            try db.execute(sql: "DELETE FROM report WHERE postID IN (SELECT id FROM post WHERE authorID = ?)", arguments: [id])

            // Her threads that hold nobody else's post: nothing is left in them for anybody.
            // Their posts (all hers) go with them.
            try db.execute(sql: """
                DELETE FROM thread WHERE authorID = ?1 AND NOT EXISTS (
                    SELECT 1 FROM post WHERE post.threadID = thread.id AND (post.authorID IS NULL OR post.authorID != ?1))
                """, arguments: [id])
            let threads = db.changesCount
            try db.execute(sql: "UPDATE thread SET title = NULL WHERE authorID = ?", arguments: [id])

            let unseen = [StoredPostState.held, .rejected].map { "'\($0.rawValue)'" }.joined(separator: ", ")
            try db.execute(sql: "DELETE FROM post WHERE authorID = ? AND state IN (\(unseen))", arguments: [id])
            try db.execute(sql: """
                UPDATE post SET body = NULL, stateDetail = NULL,
                    state = CASE state WHEN 'removedByModerator' THEN state ELSE 'removedByAuthor' END
                WHERE authorID = ?
                """, arguments: [id])
            let erased = db.changesCount

            // Cascades: her reports and sessions go; her remaining threads and posts lose their author.
            try db.execute(sql: "DELETE FROM member WHERE id = ?", arguments: [id])
            return (erased, total - erased, threads)
        }
        guard let counts else { return nil }
        return AccountDeletion(postsErased: counts.erased, postsDeleted: counts.deleted, threadsDeleted: counts.threads)
    }
}
