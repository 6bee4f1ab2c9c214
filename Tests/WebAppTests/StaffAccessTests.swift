import Foundation
import Forum
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Sealing
import Storage
import Testing
@testable import WebApp

/// Every staff route, against every role, driven from Forum's `Role` table: a route the role
/// permits is not refused; any other is refused with 403; a signed-out browser is sent to sign in.
@Suite struct StaffAccessTests {
    struct Route: CustomStringConvertible {
        let method: HTTPRequest.Method
        let path: String
        /// Nil: any signed-in staff account.
        let permission: Permission?
        var fields: [(String, String)] = []

        var description: String { "\(method) \(path)" }
    }

    /// Every route `addStaffRoutes` registers, except sign-in itself, in an order in which each
    /// action makes sense after the one before (approve a held post, then redact, then remove it). `{post}`, `{thread}` and
    /// `{member}` are replaced with real ones.
    static let routes: [Route] = [
        Route(method: .get, path: "/staff", permission: nil),
        Route(method: .get, path: "/staff/queue", permission: .readQueue),
        Route(method: .get, path: "/staff/posts/{post}", permission: .readQueue),
        Route(method: .post, path: "/staff/posts/{post}/approve", permission: .moderatePosts),
        Route(method: .post, path: "/staff/posts/{post}/redact", permission: .moderatePosts, fields: [("body", "Redacted text.")]),
        Route(method: .post, path: "/staff/posts/{post}/reject", permission: .moderatePosts, fields: [("reason", "Off topic.")]),
        Route(method: .get, path: "/staff/threads/{thread}", permission: .readForum),
        Route(method: .post, path: "/staff/threads/{thread}/slow-mode", permission: .setSlowMode, fields: [("minutes", "10")]),
        Route(method: .get, path: "/staff/members?pseudonym={member}", permission: .readMemberHistory),
        Route(method: .get, path: "/staff/members/{member}", permission: .readMemberHistory),
        Route(method: .post, path: "/staff/members/{member}/warn", permission: .moderateMembers, fields: [("message", "Be kind.")]),
        Route(method: .post, path: "/staff/members/{member}/suspend", permission: .moderateMembers, fields: [("days", "3"), ("reason", "Cooling off.")]),
        Route(method: .post, path: "/staff/members/{member}/ban", permission: .moderateMembers, fields: [("reason", "Threats.")]),
        Route(method: .get, path: "/staff/audit", permission: .readAuditLog),
        Route(method: .get, path: "/staff/invites", permission: .createInvites),
        Route(method: .post, path: "/staff/invites", permission: .createInvites, fields: [("count", "2"), ("days", "30"), ("space", ""), ("note", "")]),
    ]

    static func uri(_ route: Route, _ content: StaffTest.Content) -> String {
        route.path.replacingOccurrences(of: "{post}", with: String(content.post.id))
            .replacingOccurrences(of: "{thread}", with: String(content.thread.id))
            .replacingOccurrences(of: "{member}", with: content.member.pseudonym)
    }

    @Test func aSignedOutBrowserIsSentToSignInEverywhere() async throws {
        let fixture = try Fixture()
        let content = try await StaffTest.heldPost(fixture, body: "Is anyone else moving this month?")
        try await fixture.withApp { client in
            for route in Self.routes {
                let response = try await client.execute(uri: Self.uri(route, content), method: route.method, headers: formHeaders,
                                                        body: route.method == .post ? formBody(route.fields) : nil)
                #expect(response.status == .seeOther, "\(route)")
                #expect(response.headers[.location] == "/staff/sign-in", "\(route)")
            }
            #expect(try await StaffTest.audit(fixture).isEmpty)
        }
        #expect(try await ForumStore(database: fixture.database).post(id: content.post.id)?.state == .held)
    }

    /// `staff remove` and `staff reset` act on a running server: the signed-in browser is sent to
    /// sign in at its next page, and after a reset the old passphrase and code open nothing.
    @Test func removingOrResettingAnAccountEndsItsSessionsAtOnce() async throws {
        let fixture = try Fixture()
        let leaving = try await StaffTest.addStaff(fixture, name: "Leaving", role: .moderator)
        let resetting = try await StaffTest.addStaff(fixture, name: "Resetting", role: .moderator)
        try await fixture.withApp { client in
            let gone = try await StaffTest.signIn(client, name: "Leaving")
            let reset = try await StaffTest.signIn(client, name: "Resetting")
            #expect(try await gone.get("/staff").status == .ok)
            let store = StaffStore(database: fixture.database)
            try await store.remove(id: leaving.id)
            let newHash = try PassphraseHash.hash(Array("a wholly different river phrase".utf8), strength: .interactive)
            try await store.reset(id: resetting.id, passphraseHash: newHash, totpSecret: "ZYXWVTSRQPNMKJHGFEDCBA9876543210")
            for browser in [gone, reset] {
                let response = try await browser.get("/staff")
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/staff/sign-in")
            }
            let again = try await client.execute(uri: "/staff/sign-in", method: .post, headers: formHeaders,
                                                 body: StaffTest.signInForm(name: "Resetting", code: StaffTest.code(steps: 1)))
            #expect(again.status != .seeOther, "the old passphrase and code still opened the account")
        }
    }

    @Test(arguments: [StaffRole.admin, .moderator, .lead])
    func eachRoleReachesExactlyWhatTheTableAllows(_ staffRole: StaffRole) async throws {
        let role = try #require(Role(rawValue: staffRole.rawValue))
        let fixture = try Fixture()
        let content = try await StaffTest.heldPost(fixture, body: "Is anyone else moving this month?")
        try await StaffTest.addStaff(fixture, name: "Pat", role: staffRole)
        try await fixture.withApp { client in
            let browser = try await StaffTest.signIn(client, name: "Pat")
            // The home page links only to what the role may open.
            let home = try await browser.get("/staff").text
            for (link, permission) in [("/staff/queue", Permission.readQueue), ("/staff/audit", .readAuditLog), ("/staff/invites", .createInvites),
                                       ("/staff/members", .readMemberHistory)] {
                #expect(home.contains("\"\(link)\"") == role.permits(permission), "\(staffRole) home: \(link)")
            }
            for route in Self.routes {
                let uri = Self.uri(route, content)
                let response = route.method == .post ? try await browser.post(uri, route.fields) : try await browser.get(uri)
                let allowed = route.permission.map(role.permits) ?? true
                if allowed {
                    #expect(response.status != .forbidden, "\(staffRole) \(route)")
                    #expect(response.headers[.location] != "/staff/sign-in", "\(staffRole) \(route)")
                    #expect([.ok, .seeOther].contains(response.status), "\(staffRole) \(route): \(response.status)")
                } else {
                    #expect(response.status == .forbidden, "\(staffRole) \(route)")
                }
            }
        }
        // What a refused role tried changed nothing.
        let post = try #require(try await ForumStore(database: fixture.database).post(id: content.post.id))
        let member = try #require(try await MemberStore(database: fixture.database).find(pseudonym: content.member.pseudonym))
        if !role.permits(.moderatePosts) { #expect(post.state == .held) }
        if !role.permits(.moderateMembers) { #expect(member.warnings == 0 && member.restriction == .none) }
        if !role.permits(.setSlowMode) {
            #expect(try await ForumStore(database: fixture.database).thread(id: content.thread.id)?.slowModeSeconds == nil)
        }
    }

    @Test func theTableStillSaysWhatTheBriefSays() {
        // Moderators: not the audit log, not invites. Lead: invites only. Admin: everything here.
        let permissions = Set(Self.routes.compactMap(\.permission))
        let refusedModerators: Set<Permission> = permissions.filter { !Role.moderator.permits($0) }
        let allowedLead: Set<Permission> = permissions.filter { Role.lead.permits($0) }
        #expect(refusedModerators == [.readAuditLog, .createInvites])
        #expect(allowedLead == [.createInvites])
        #expect(permissions.allSatisfy(Role.admin.permits))
    }

    @Test func aPostWithoutTheTokenOrWithAWrongOneChangesNothing() async throws {
        let fixture = try Fixture()
        let content = try await StaffTest.heldPost(fixture, body: "Is anyone else moving this month?")
        try await StaffTest.addStaff(fixture, name: "Ada", role: .admin)
        try await fixture.withApp { client in
            let browser = try await StaffTest.signIn(client, name: "Ada")
            for route in Self.routes where route.method == .post {
                for token in [StaffBrowser.Token.missing, .other(String(repeating: "0", count: browser.csrf.count)), .other("")] {
                    let response = try await browser.post(Self.uri(route, content), route.fields, token: token)
                    #expect(response.status == .forbidden, "\(route)")
                }
            }
            let signOut = try await browser.post("/staff/sign-out", token: .missing)
            #expect(signOut.status == .forbidden)
            #expect(try await browser.get("/staff/queue").status == .ok)
        }
        let posts = ForumStore(database: fixture.database)
        #expect(try await posts.post(id: content.post.id) == content.post)
        #expect(try await posts.thread(id: content.thread.id)?.slowModeSeconds == nil)
        let member = try #require(try await MemberStore(database: fixture.database).find(pseudonym: content.member.pseudonym))
        #expect(member.warnings == 0 && member.restriction == .none)
        #expect(try await InviteStore(database: fixture.database).count() == 0)
        #expect(try await StaffTest.audit(fixture).isEmpty)
    }
}
