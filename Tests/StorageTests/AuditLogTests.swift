import Foundation
@testable import Storage
import Testing

/// The audit log is append-only, and SQLite itself enforces it, whatever SQL is run.
@Suite struct AuditLogTests {
    static func appendThree(_ log: AuditLog) async throws {
        try await log.append(actor: "Sam", action: "reject", target: "post:17", reason: "Names a school.", time: "2026-03-14T10:02:00Z")
        try await log.append(actor: "Ali", action: "warn", target: "member:QuietOtter42", reason: "Be kind.", time: "2026-03-14T10:05:00Z")
        try await log.append(actor: "Sam", action: "approve", target: "post:18", time: "2026-03-14T10:07:00Z")
    }

    @Test func entriesComeNewestFirst() async throws {
        let fixture = try ForumFixture()
        try await Self.appendThree(fixture.audit)
        let entries = try await fixture.audit.entries()
        #expect(entries.map(\.target) == ["post:18", "member:QuietOtter42", "post:17"])
        #expect(entries.last?.reason == "Names a school.")
        #expect(entries.first?.reason == "")
        let older = try await fixture.audit.entries(limit: 1, beforeID: entries[0].id)
        #expect(older.map(\.target) == ["member:QuietOtter42"])
        #expect(try await fixture.audit.entries(targets: ["post:17", "member:QuietOtter42"]).map(\.action) == ["warn", "reject"])
        #expect(try await fixture.audit.hasEntries(target: "member:QuietOtter42"))
        #expect(try await !fixture.audit.hasEntries(target: "member:BrightHeron17"))
    }

    @Test(arguments: [
        "UPDATE auditEntry SET reason = 'nothing happened'",
        "UPDATE auditEntry SET actor = 'Nobody' WHERE target = 'post:17'",
        "DELETE FROM auditEntry",
        "DELETE FROM auditEntry WHERE actor = 'Sam'",
        "INSERT OR REPLACE INTO auditEntry (id, actor, action, target, reason, time) SELECT id, 'Nobody', 'none', target, '', time FROM auditEntry LIMIT 1",
        "REPLACE INTO auditEntry (id, actor, action, target, reason, time) SELECT max(id), 'Nobody', 'none', 'x', '', 'x' FROM auditEntry",
    ])
    func sqliteRefusesToChangeOrDeleteAnEntry(sql: String) async throws {
        let fixture = try ForumFixture()
        try await Self.appendThree(fixture.audit)
        let before = try await fixture.audit.entries()
        let error = await #expect(throws: (any Error).self) { try await fixture.database.executeForTesting(sql) }
        #expect(String(describing: error).contains("append-only"))
        #expect(try await fixture.audit.entries() == before)
    }

    @Test func appendingStillWorksAfterARefusal() async throws {
        let fixture = try ForumFixture()
        try await Self.appendThree(fixture.audit)
        _ = try? await fixture.database.executeForTesting("DELETE FROM auditEntry")
        try await fixture.audit.append(actor: "Sam", action: "ban", target: "member:X", reason: "r", time: "2026-03-15T09:00:00Z")
        #expect(try await fixture.audit.entries().count == 4)
    }
}
