import GRDB

/// The published findings: migration "v3: published findings".
///
/// One row per publication, never deleted by the server, so a later round can compare what was
/// promised with what was done ("you said, we did"). The JSON is what the server validated and
/// re-encoded, never the bytes uploaded. Only days are kept, and who acted: a staff account's id,
/// or the command line. What was published, when and by whom cannot be changed afterwards
/// (a trigger refuses it); withdrawing only fills in the withdrawal columns.
enum PublishedFindingsSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE publishedFindings (
                id INTEGER PRIMARY KEY,
                json TEXT NOT NULL,
                publishedDay TEXT NOT NULL CHECK (date(publishedDay) IS publishedDay),
                publishedBy TEXT NOT NULL CHECK (publishedBy = 'command line' OR publishedBy GLOB 'staff:[0-9]*'),
                withdrawnDay TEXT NULL CHECK (withdrawnDay IS NULL OR date(withdrawnDay) IS withdrawnDay),
                withdrawnBy TEXT NULL CHECK (withdrawnBy IS NULL OR withdrawnBy = 'command line' OR withdrawnBy GLOB 'staff:[0-9]*'),
                CHECK ((withdrawnDay IS NULL) = (withdrawnBy IS NULL))
            );
            CREATE TRIGGER publishedFindings_keepWhatWasPublished BEFORE UPDATE OF json, publishedDay, publishedBy ON publishedFindings
            BEGIN
                SELECT RAISE(ABORT, 'published findings keep what was published, when and by whom');
            END;
            CREATE TRIGGER publishedFindings_withdrawnStaysWithdrawn BEFORE UPDATE OF withdrawnDay, withdrawnBy ON publishedFindings
            WHEN OLD.withdrawnDay IS NOT NULL
            BEGIN
                SELECT RAISE(ABORT, 'withdrawn findings stay withdrawn: publish them again instead');
            END;
            """)
    }
}
