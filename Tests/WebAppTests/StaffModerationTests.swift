import Foundation
import Forum
import HTTPTypes
import Hummingbird
import HummingbirdTesting

import Testing
@testable import Storage
@testable import WebApp

/// Each moderation path: what it changes in storage, and the one audit entry it writes.
@Suite struct StaffModerationTests {
    static let body = "We moved last week and the new flat has damp in every room."

    /// Signs a moderator in, runs `body`, and returns the audit log afterwards.
    static func asModerator(_ fixture: Fixture, _ body: @escaping @Sendable (StaffBrowser) async throws -> Void) async throws -> [StoredAuditEntry] {
        try await StaffTest.addStaff(fixture, name: "Sam", role: .moderator)
        try await fixture.withApp { client in
            try await body(try await StaffTest.signIn(client, name: "Sam"))
        }
        return try await StaffTest.audit(fixture)
    }

    /// Exactly one entry, by Sam, about `target`, without the post's text.
    static func expectOneEntry(_ entries: [StoredAuditEntry], action: String, target: String, reason: String = "",
                               sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(entries.count == 1, sourceLocation: sourceLocation)
        guard let entry = entries.first else { return }
        #expect(entry.actor == "Sam", sourceLocation: sourceLocation)
        #expect(entry.action == action, sourceLocation: sourceLocation)
        #expect(entry.target == target, sourceLocation: sourceLocation)
        #expect(entry.reason == reason, sourceLocation: sourceLocation)
        #expect(entry.time == "2023-11-14T22:13:20Z", sourceLocation: sourceLocation)
        for field in [entry.action, entry.target, entry.reason] {
            #expect(!field.contains("damp"), sourceLocation: sourceLocation)
        }
    }

    @Test func approvingAHeldPostPublishesItAndCountsIt() async throws {
        let fixture = try Fixture()
        let content = try await StaffTest.heldPost(fixture, body: Self.body)
        let entries = try await Self.asModerator(fixture) { (browser: StaffBrowser) async throws -> Void in
            let response = try await browser.post("/staff/posts/\(content.post.id)/approve")
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/staff/queue")
            // Approving again makes no sense: a clear refusal, nothing changes.
            let again = try await browser.post("/staff/posts/\(content.post.id)/approve")
            #expect(again.status == .conflict)
            #expect(again.text.contains("already published"))
        }
        let post = try #require(try await ForumStore(database: fixture.database).post(id: content.post.id))
        #expect(post.state == .visible)
        #expect(post.body == Self.body)
        #expect(try await MemberStore(database: fixture.database).member(id: content.member.id)?.publishedPosts == content.member.publishedPosts + 1)
        Self.expectOneEntry(entries, action: "post.approve", target: "post:\(content.post.id)")
    }

    @Test func redactingReplacesTheTextAndLeavesNoTraceOfIt() async throws {
        let fixture = try Fixture()
        let content = try await StaffTest.heldPost(fixture, body: "Call me on 07700 900123 about the flat.",
                                                   reasons: NonEmptySet(.identifyingDetail(kind: "phoneNumber")))
        let entries = try await Self.asModerator(fixture) { (browser: StaffBrowser) async throws -> Void in
            let response = try await browser.post("/staff/posts/\(content.post.id)/redact", [("body", "Call me about the flat.")])
            #expect(response.status == .seeOther)
        }
        let post = try #require(try await ForumStore(database: fixture.database).post(id: content.post.id))
        #expect(post.state == .visible)
        #expect(post.body == "Call me about the flat.")
        // The old text is in no row of the database file's tables.
        let rows = try await fixture.database.connection.read { db in
            try String.fetchAll(db, sql: "SELECT coalesce(body, '') || coalesce(stateDetail, '') FROM post")
                + String.fetchAll(db, sql: "SELECT action || target || reason FROM auditEntry")
        }
        #expect(!rows.contains { $0.contains("07700") })
        #expect(try await MemberStore(database: fixture.database).member(id: content.member.id)?.publishedPosts == 1)
        #expect(entries.count == 1)
        #expect(entries.first?.action == "post.redactAndApprove")
        #expect(entries.first?.reason == "")
    }

    @Test func anEmptyRedactionIsRefusedAndChangesNothing() async throws {
        let fixture = try Fixture()
        let content = try await StaffTest.heldPost(fixture, body: Self.body)
        let entries = try await Self.asModerator(fixture) { (browser: StaffBrowser) async throws -> Void in
            let response = try await browser.post("/staff/posts/\(content.post.id)/redact", [("body", "   ")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Write the redacted text of the post."))
        }
        #expect(try await ForumStore(database: fixture.database).post(id: content.post.id) == content.post)
        #expect(entries.isEmpty)
    }

    @Test func rejectingAHeldPostNeedsAReasonAndRecordsIt() async throws {
        let fixture = try Fixture()
        let content = try await StaffTest.heldPost(fixture, body: Self.body)
        let entries = try await Self.asModerator(fixture) { (browser: StaffBrowser) async throws -> Void in
            let empty = try await browser.post("/staff/posts/\(content.post.id)/reject", [("reason", " ")])
            #expect(empty.status == .unprocessableContent)
            #expect(empty.text.contains("Write the reason the author will see."))
            #expect(empty.text.contains("<details open><summary>Reject"))
            let response = try await browser.post("/staff/posts/\(content.post.id)/reject", [("reason", "It names a school.")])
            #expect(response.status == .seeOther)
        }
        let post = try #require(try await ForumStore(database: fixture.database).post(id: content.post.id))
        #expect(post.state == .rejected)
        #expect(PostState(stored: post, reportCount: 0) == .rejected(reason: ModeratorText("It names a school.")!))
        #expect(try await MemberStore(database: fixture.database).member(id: content.member.id)?.publishedPosts == 0)
        Self.expectOneEntry(entries, action: "post.reject", target: "post:\(content.post.id)", reason: "It names a school.")
    }

    @Test func rejectingAReportedPostRemovesIt() async throws {
        let fixture = try Fixture()
        let content = try await StaffTest.reportedPost(fixture, body: Self.body, reports: 1)
        #expect(try await ForumStore(database: fixture.database).post(id: content.post.id)?.state == .visibleReported)
        let entries = try await Self.asModerator(fixture) { (browser: StaffBrowser) async throws -> Void in
            #expect(try await browser.post("/staff/posts/\(content.post.id)/reject", [("reason", "Unkind.")]).status == .seeOther)
        }
        let post = try #require(try await ForumStore(database: fixture.database).post(id: content.post.id))
        #expect(post.state == .removedByModerator)
        #expect(PostState(stored: post, reportCount: 0) == .removedByModerator(reason: ModeratorText("Unkind.")!))
        Self.expectOneEntry(entries, action: "post.reject", target: "post:\(content.post.id)", reason: "Unkind.")
    }

    @Test(arguments: [1, 3])
    func approvingAReportedOrHiddenPostDismissesTheReports(_ reports: Int) async throws {
        let fixture = try Fixture()
        let content = try await StaffTest.reportedPost(fixture, body: Self.body, reports: reports)
        let store = ForumStore(database: fixture.database)
        #expect(try await store.post(id: content.post.id)?.state == (reports == 3 ? .hiddenPendingReview : .visibleReported))
        let entries = try await Self.asModerator(fixture) { (browser: StaffBrowser) async throws -> Void in
            #expect(try await browser.post("/staff/posts/\(content.post.id)/approve").status == .seeOther)
        }
        #expect(try await store.post(id: content.post.id)?.state == .visible)
        #expect(try await store.reportCount(postID: content.post.id) == 0)
        #expect(try await store.reviewQueue().isEmpty)
        // It was counted when first published.
        #expect(try await MemberStore(database: fixture.database).member(id: content.member.id)?.publishedPosts == 0)
        Self.expectOneEntry(entries, action: "post.approve", target: "post:\(content.post.id)")
    }

    @Test func anUnknownPostIsNotFound() async throws {
        let fixture = try Fixture()
        let entries = try await Self.asModerator(fixture) { (browser: StaffBrowser) async throws -> Void in
            #expect(try await browser.post("/staff/posts/12345/approve").status == .notFound)
            #expect(try await browser.post("/staff/posts/abc/approve").status == .notFound)
            #expect(try await browser.get("/staff/threads/12345").status == .notFound)
        }
        #expect(entries.isEmpty)
    }

    // MARK: - Members

    @Test func warningAddsOne() async throws {
        let fixture = try Fixture()
        let member = try await StaffTest.addMember(fixture, "QuietRiver42")
        let entries = try await Self.asModerator(fixture) { (browser: StaffBrowser) async throws -> Void in
            let response = try await browser.post("/staff/members/QuietRiver42/warn", [("message", "Please keep it kind.")])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/staff/members/QuietRiver42")
            let page = try await browser.get("/staff/members/QuietRiver42")
            #expect(page.text.contains("warned 1 time"))
            #expect(page.text.contains("She was warned: \u{201C}Please keep it kind.\u{201D}"))
        }
        #expect(try await MemberStore(database: fixture.database).member(id: member.id)?.warnings == 1)
        Self.expectOneEntry(entries, action: "member.warn", target: "member:QuietRiver42", reason: "Please keep it kind.")
    }

    @Test func suspendingSetsTheEnd() async throws {
        let fixture = try Fixture()
        let member = try await StaffTest.addMember(fixture, "QuietRiver42")
        let entries = try await Self.asModerator(fixture) { (browser: StaffBrowser) async throws -> Void in
            for days in ["0", "91", "x"] {
                #expect(try await browser.post("/staff/members/QuietRiver42/suspend", [("days", days), ("reason", "Cool off.")]).status == .unprocessableContent)
            }
            #expect(try await browser.post("/staff/members/QuietRiver42/suspend", [("days", "7"), ("reason", "")]).status == .unprocessableContent)
            #expect(try await browser.post("/staff/members/QuietRiver42/suspend", [("days", "7"), ("reason", "Cool off.")]).status == .seeOther)
        }
        let stored = try #require(try await MemberStore(database: fixture.database).member(id: member.id))
        #expect(stored.restriction == .suspended(until: "2023-11-21T22:13:20Z", reason: "Cool off."))
        #expect(stored.warnings == 0)
        Self.expectOneEntry(entries, action: "member.suspend until 2023-11-21T22:13:20Z", target: "member:QuietRiver42", reason: "Cool off.")
    }

    @Test func banningIsFinal() async throws {
        let fixture = try Fixture()
        let member = try await StaffTest.addMember(fixture, "QuietRiver42")
        let entries = try await Self.asModerator(fixture) { (browser: StaffBrowser) async throws -> Void in
            #expect(try await browser.post("/staff/members/QuietRiver42/ban", [("reason", "Threats.")]).status == .seeOther)
            let again = try await browser.post("/staff/members/QuietRiver42/ban", [("reason", "Threats.")])
            #expect(again.status == .conflict)
            #expect(again.text.contains("already banned"))
            #expect(try await browser.post("/staff/members/QuietRiver42/warn", [("message", "x")]).status == .conflict)
            #expect(try await browser.post("/staff/members/Nobody1/ban", [("reason", "x")]).status == .notFound)
        }
        let stored = try #require(try await MemberStore(database: fixture.database).member(id: member.id))
        #expect(stored.restriction == .banned(reason: "Threats."))
        // Not signed out: her epoch is untouched (she may still delete her account).
        #expect(stored.sessionEpoch == member.sessionEpoch)
        Self.expectOneEntry(entries, action: "member.ban", target: "member:QuietRiver42", reason: "Threats.")
    }

    // MARK: - Slow mode

    @Test func slowModeSetsTheColumn() async throws {
        let fixture = try Fixture()
        let content = try await StaffTest.heldPost(fixture, body: Self.body)
        let threads = ForumStore(database: fixture.database)
        let entries = try await Self.asModerator(fixture) { (browser: StaffBrowser) async throws -> Void in
            let path = "/staff/threads/\(content.thread.id)/slow-mode"
            #expect(try await browser.post(path, [("minutes", "1441")]).status == .unprocessableContent)
            #expect(try await browser.post(path, [("minutes", "-1")]).status == .unprocessableContent)
            #expect(try await browser.post(path, [("minutes", "15")]).status == .seeOther)
            #expect(try await threads.thread(id: content.thread.id)?.slowModeSeconds == 900)
            let page = try await browser.get("/staff/threads/\(content.thread.id)")
            #expect(page.text.contains("one post per member every 15 minutes"))
            #expect(try await browser.post(path, [("minutes", "0")]).status == .seeOther)
        }
        #expect(try await threads.thread(id: content.thread.id)?.slowModeSeconds == nil)
        #expect(entries.map(\.action) == ["thread.slowMode off", "thread.slowMode 900s"])
        #expect(entries.allSatisfy { $0.target == "thread:\(content.thread.id)" })
    }
}
