import Foundation
import Forum
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Storage
import Testing
@testable import WebApp

/// What the staff pages show: the queue, the audit log, invites.
@Suite struct StaffPagesTests {
    @Test func theQueueMarksAHeldPhoneNumberAndSaysWhy() async throws {
        let fixture = try Fixture()
        let content = try await StaffTest.heldPost(fixture, body: "My new number is 07700 900123 <b>if</b> you need it.",
                                                   reasons: NonEmptySet([.newMember, .identifyingDetail(kind: "phoneNumber")])!)
        try await StaffTest.addStaff(fixture, name: "Sam", role: .moderator)
        try await fixture.withApp { client in
            let browser = try await StaffTest.signIn(client, name: "Sam")
            let html = try await browser.get("/staff/queue").text
            #expect(html.contains("<mark class=\"held-detail\" title=\"a phone number\">07700 900123</mark>"))
            // Her text is escaped, never markup.
            #expect(html.contains("&lt;b&gt;if&lt;/b&gt;"))
            #expect(!html.contains("<b>if</b>"))
            #expect(html.contains("Held: it may contain a phone number."))
            #expect(html.contains("Held: her first posts wait for a moderator."))
            #expect(html.contains("Housing"))
            #expect(html.contains("<a href=\"/staff/threads/\(content.thread.id)\">Moving house</a>"))
            // All a moderator learns about her: pseudonym, band, history.
            #expect(html.contains("QuietRiver42"))
            #expect(html.contains("a member for 1 to 6 months"))
            #expect(html.contains("No moderation history."))
            #expect(!html.contains("2023-06-01"))
        }
    }

    @Test func theQueueComesMostUrgentFirst() async throws {
        let fixture = try Fixture()
        _ = try await StaffTest.heldPost(fixture, body: "Held post text.")
        let reported = try await StaffTest.reportedPost(fixture, body: "Reported once text.", reports: 1)
        // A second reported thread, hidden after three reports.
        let posts = ForumStore(database: fixture.database)
        let (_, hidden) = try await posts.createThread(space: "recovery", title: "Sleep", authorID: reported.member.id,
                                                       day: "2023-11-13", body: "Hidden post text.", state: .visible)
        for index in 0..<3 {
            let reporter = try await StaffTest.addMember(fixture, "Other\(index)")
            _ = try await posts.addReport(postID: hidden.id, reporterID: reporter.id)
        }
        try await posts.setState(postID: hidden.id, to: .hiddenPendingReview, stateDetail: nil)
        try await StaffTest.addStaff(fixture, name: "Sam", role: .moderator)
        try await fixture.withApp { client in
            let browser = try await StaffTest.signIn(client, name: "Sam")
            let html = try await browser.get("/staff/queue").text
            let order = ["Hidden post text.", "Held post text.", "Reported once text."].compactMap { html.range(of: $0)?.lowerBound }
            #expect(order.count == 3)
            #expect(order == order.sorted())
            #expect(html.contains("Hidden after 3 reports."))
            #expect(html.contains("Reported by 1 member; still visible."))
        }
    }

    @Test func aMembersHistoryShowsWhatModeratorsDid() async throws {
        let fixture = try Fixture()
        let content = try await StaffTest.heldPost(fixture, body: "First post.")
        try await StaffTest.addStaff(fixture, name: "Sam", role: .moderator)
        try await fixture.withApp { client in
            let browser = try await StaffTest.signIn(client, name: "Sam")
            _ = try await browser.post("/staff/posts/\(content.post.id)/reject", [("reason", "It names a street.")])
            _ = try await browser.post("/staff/members/QuietRiver42/warn", [("message", "Mind the rules.")])
            let html = try await browser.get("/staff/members/QuietRiver42").text
            #expect(html.contains("this week: She was warned: \u{201C}Mind the rules.\u{201D}"))
            #expect(html.contains("this week: A post of hers was rejected or removed: \u{201C}It names a street.\u{201D}"))
            // No other staff member's name, no exact time.
            #expect(!html.contains("2023-11-14T"))
            #expect(html.components(separatedBy: "Sam").count == 2)  // only "Signed in as Sam"
        }
    }

    @Test func theAuditLogListsEntriesForAdminsNewestFirstAndPages() async throws {
        let fixture = try Fixture()
        let content = try await StaffTest.heldPost(fixture, body: "First post.")
        let log = AuditLog(database: fixture.database)
        for index in 0..<AuditController.pageSize {
            try await log.append(actor: "command line", action: "staff.add", target: "staff:S\(index)", reason: "role moderator",
                                 time: "2023-11-01T10:00:00Z")
        }
        try await StaffTest.addStaff(fixture, name: "Ada", role: .admin)
        try await fixture.withApp { client in
            let browser = try await StaffTest.signIn(client, name: "Ada")
            _ = try await browser.post("/staff/posts/\(content.post.id)/reject", [("reason", "It names a street.")])
            let html = try await browser.get("/staff/audit").text
            #expect(html.contains("<td>2023-11-14T22:13:20Z</td><td>Ada</td><td>rejected or removed a post</td><td>post:\(content.post.id)</td><td>It names a street.</td>"))
            #expect(html.range(of: "post:\(content.post.id)")!.lowerBound < html.range(of: "staff:S49")!.lowerBound)
            #expect(!html.contains("staff:S0<"))
            let older = try #require(html.range(of: "href=\"/staff/audit?before=").map { html[$0.upperBound...].prefix { $0 != "\"" } })
            let page2 = try await browser.get("/staff/audit?before=\(older)").text
            #expect(page2.contains("staff:S0<"))
            #expect(!page2.contains("post:\(content.post.id)"))
        }
    }

    @Test func invitesAreShownOnceAndTheNoteStaysOutOfTheLog() async throws {
        let fixture = try Fixture()
        try await StaffTest.addStaff(fixture, name: "Lee", role: .lead)
        try await fixture.withApp { client in
            let browser = try await StaffTest.signIn(client, name: "Lee")
            let form = try await browser.get("/staff/invites")
            #expect(form.status == .ok)
            for bad in [("count", "0"), ("count", "101"), ("days", "366"), ("space", "nowhere")] {
                var fields = ["count": "3", "days": "30", "space": "", "note": ""]
                fields[bad.0] = bad.1
                let response = try await browser.post("/staff/invites", fields.map { ($0.key, $0.value) })
                #expect(response.status == .unprocessableContent, "\(bad)")
            }
            let response = try await browser.post("/staff/invites", [("count", "3"), ("days", "30"), ("space", "housing"), ("note", "Riverside Refuge batch")])
            #expect(response.status == .ok)
            let codes = response.text.components(separatedBy: "<li><code>").dropFirst().map { String($0.prefix { $0 != "<" }) }
            #expect(codes.count == 3)
            let invites = InviteStore(database: fixture.database)
            #expect(try await invites.count() == 3)
            let first = try #require(codes.first)
            let code = try #require(InviteCode(typed: first))
            #expect(try await invites.isRedeemable(codeHash: Data(code.storageHash), today: "2023-11-14"))
        }
        let entries = try await StaffTest.audit(fixture)
        #expect(entries.count == 1)
        #expect(entries.first?.action == "createInvites")
        #expect(entries.first?.target == "invites:3")
        #expect(entries.first?.actor == "Lee")
        #expect(entries.first?.reason.contains("housing") == true)
        #expect(entries.allSatisfy { !"\($0)".contains("Riverside") })
    }
}
