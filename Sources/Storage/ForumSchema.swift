import GRDB

/// The forum's tables: migration "v2: forum" (ARCHITECTURE.md, "Decisions for the storage layer").
///
/// What the schema itself guarantees, whatever the code above it does:
/// - **Days only** for members, threads, posts and invites: every `...Day` column must be a bare
///   `YYYY-MM-DD` (`date(x) IS x`), so no time of day can be stored there even by mistake.
///   Audit entries are staff actions and keep an exact time.
/// - **Random ids** for members, threads and posts (the stores pick a random 63-bit rowid), so
///   neither ids nor the tables' order say who joined or posted first. Staff and audit entries
///   use ordinary ids: their order is not a survivor's secret, and the log's order is its point.
/// - **References cascade** (`PRAGMA foreign_keys = ON`): deleting a thread deletes its posts and
///   their reports; deleting a member deletes her reports and sessions and leaves her remaining
///   threads and posts authorless (`authorID` NULL).
/// - **A post removed by its author has no body** (`CHECK`), and only removed posts may lack one.
/// - **The audit log is append-only**: triggers refuse UPDATE and DELETE, and an `INSERT OR REPLACE`
///   over an existing entry (which would delete it without firing the DELETE trigger).
///
/// Changes from the first sketch in the brief, and why:
/// - `invite` and `persist` are `WITHOUT ROWID`: keyed by a hash or a random session key, so a
///   hidden sequential rowid would only record the order they were made in.
/// - `thread.title` may be NULL: a title is its author's words, and deleting her account erases it
///   like her posts' bodies (a thread of hers that nobody else posted in is deleted whole).
/// - `persist` has optional `memberID` / `staffID` owners (cascading), so deleting an account or
///   "log out everywhere" deletes her session rows at once instead of waiting for them to expire.
/// - `staff.totpLastCounter`: the last accepted TOTP time step, so a code cannot be replayed.
/// - `staff.name` compares case-insensitively, so the audit log cannot hold two look-alike actors.
/// - `member` checks that `restrictedUntil` and `restrictionReason` agree with `restriction`.
enum ForumSchema {
    /// The states a post can be stored in: the cases of Forum's `PostState`, without their data
    /// (hold reasons and reject reasons go in `stateDetail`, report counts come from `report`).
    static let postStates = StoredPostState.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE invite (
                codeHash BLOB PRIMARY KEY NOT NULL,
                space TEXT NULL,
                expiresDay TEXT NOT NULL CHECK (date(expiresDay) IS expiresDay),
                note TEXT NOT NULL DEFAULT ''
            ) WITHOUT ROWID;

            CREATE TABLE member (
                id INTEGER PRIMARY KEY,
                pseudonym TEXT NOT NULL UNIQUE,
                passphraseHash TEXT NOT NULL,
                recoveryHash BLOB NOT NULL UNIQUE,
                joinedDay TEXT NOT NULL CHECK (date(joinedDay) IS joinedDay),
                publishedPosts INTEGER NOT NULL DEFAULT 0 CHECK (publishedPosts >= 0),
                warnings INTEGER NOT NULL DEFAULT 0 CHECK (warnings >= 0),
                restriction TEXT NOT NULL DEFAULT 'none' CHECK (restriction IN ('none', 'suspended', 'banned')),
                restrictedUntil TEXT NULL,
                restrictionReason TEXT NULL,
                spaces TEXT NOT NULL DEFAULT '',
                sessionEpoch INTEGER NOT NULL DEFAULT 0,
                CHECK ((restriction = 'none' AND restrictedUntil IS NULL AND restrictionReason IS NULL)
                    OR (restriction = 'suspended' AND restrictedUntil IS NOT NULL AND restrictionReason IS NOT NULL)
                    OR (restriction = 'banned' AND restrictedUntil IS NULL AND restrictionReason IS NOT NULL))
            );

            CREATE TABLE thread (
                id INTEGER PRIMARY KEY,
                space TEXT NOT NULL,
                title TEXT NULL,
                authorID INTEGER NULL REFERENCES member(id) ON DELETE SET NULL,
                createdDay TEXT NOT NULL CHECK (date(createdDay) IS createdDay),
                slowModeSeconds INTEGER NULL CHECK (slowModeSeconds IS NULL OR slowModeSeconds > 0)
            );
            CREATE INDEX thread_space ON thread(space);
            CREATE INDEX thread_author ON thread(authorID);

            CREATE TABLE post (
                id INTEGER PRIMARY KEY,
                threadID INTEGER NOT NULL REFERENCES thread(id) ON DELETE CASCADE,
                position INTEGER NOT NULL CHECK (position >= 0),
                authorID INTEGER NULL REFERENCES member(id) ON DELETE SET NULL,
                body TEXT NULL,
                state TEXT NOT NULL CHECK (state IN (\(postStates))),
                stateDetail TEXT NULL,
                createdDay TEXT NOT NULL CHECK (date(createdDay) IS createdDay),
                UNIQUE (threadID, position),
                CHECK (body IS NOT NULL OR state IN ('removedByAuthor', 'removedByModerator')),
                CHECK (state != 'removedByAuthor' OR body IS NULL)
            );
            CREATE INDEX post_author ON post(authorID);

            CREATE TABLE report (
                postID INTEGER NOT NULL REFERENCES post(id) ON DELETE CASCADE,
                reporterID INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
                PRIMARY KEY (postID, reporterID)
            ) WITHOUT ROWID;
            CREATE INDEX report_reporter ON report(reporterID);

            CREATE TABLE staff (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                role TEXT NOT NULL CHECK (role IN ('admin', 'moderator', 'lead')),
                passphraseHash TEXT NOT NULL,
                totpSecret TEXT NOT NULL,
                totpLastCounter INTEGER NOT NULL DEFAULT 0,
                sessionEpoch INTEGER NOT NULL DEFAULT 0
            );

            CREATE TABLE auditEntry (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                target TEXT NOT NULL,
                reason TEXT NOT NULL,
                time TEXT NOT NULL
            );
            CREATE INDEX auditEntry_target ON auditEntry(target);
            CREATE TRIGGER auditEntry_refuseUpdate BEFORE UPDATE ON auditEntry
            BEGIN
                SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed');
            END;
            CREATE TRIGGER auditEntry_refuseDelete BEFORE DELETE ON auditEntry
            BEGIN
                SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be deleted');
            END;
            CREATE TRIGGER auditEntry_refuseReplace BEFORE INSERT ON auditEntry
            WHEN EXISTS (SELECT 1 FROM auditEntry WHERE id = NEW.id)
            BEGIN
                SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be replaced');
            END;

            CREATE TABLE persist (
                key TEXT PRIMARY KEY NOT NULL,
                value BLOB NOT NULL,
                expires INTEGER NULL,
                memberID INTEGER NULL REFERENCES member(id) ON DELETE CASCADE,
                staffID INTEGER NULL REFERENCES staff(id) ON DELETE CASCADE,
                CHECK (memberID IS NULL OR staffID IS NULL)
            ) WITHOUT ROWID;
            CREATE INDEX persist_member ON persist(memberID);
            CREATE INDEX persist_staff ON persist(staffID);
            CREATE INDEX persist_expires ON persist(expires);
            """)
    }

    /// A random 63-bit rowid not yet used in `table`. A clash is vanishingly rare; try again if it happens.
    static func freeRandomID(in db: Database, table: String) throws -> Int64 {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<8 {
            let id = Int64.random(in: 1...Int64.max, using: &generator)
            if try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ?)", arguments: [id])! {
                return id
            }
        }
        throw StorageError.noFreeSlot
    }
}
