import Forum
import Foundation
import Testing

private typealias F = ModerationFixture

/// Audit entries, their one-line descriptions, and what a moderator sees of a member.
@Suite struct AuditTests {
    static let sam = StaffName("Sam") ?? StaffName("fallback")!
    static let alex = StaffName("Alex") ?? StaffName("fallback")!
    static let post = PostID(rawValue: "p-17")
    static let thread = ThreadID(rawValue: "t-4")
    static let time = F.at("2026-03-14T10:02:00Z")

    static func entry(_ action: AuditAction, note: ModeratorText? = nil, at time: Date = time) -> AuditEntry {
        AuditEntry(actor: sam, action: action, note: note, time: time)
    }

    @Test(arguments: [
        (AuditAction.post(post, .approve), "2026-03-14T10:02:00Z Sam approved post p-17."),
        (.post(post, .redactAndApprove(F.redacted)), "2026-03-14T10:02:00Z Sam redacted and approved post p-17."),
        (.post(post, .reject(reasonForAuthor: F.reason)), "2026-03-14T10:02:00Z Sam rejected post p-17. Why: \"It names a school.\""),
        (.member(pseudonym: "Quiet Heron", .warn(message: F.otherReason)),
         "2026-03-14T10:02:00Z Sam warned member Quiet Heron. Why: \"Please keep to the house rules.\""),
        (.member(pseudonym: "Quiet Heron", .suspend(until: F.at("2026-03-21T00:00:00Z"), reason: F.reason)),
         "2026-03-14T10:02:00Z Sam suspended member Quiet Heron until 2026-03-21T00:00:00Z. Why: \"It names a school.\""),
        (.member(pseudonym: "Quiet Heron", .ban(reason: F.reason)),
         "2026-03-14T10:02:00Z Sam banned member Quiet Heron. Why: \"It names a school.\""),
        (.slowMode(thread, SlowMode(interval: 600)), "2026-03-14T10:02:00Z Sam turned on slow mode (one post every 10 minutes) in thread t-4."),
        (.slowMode(thread, SlowMode(interval: 3600)), "2026-03-14T10:02:00Z Sam turned on slow mode (one post every 1 hour) in thread t-4."),
        (.slowMode(thread, SlowMode(interval: 90)), "2026-03-14T10:02:00Z Sam turned on slow mode (one post every 90 seconds) in thread t-4."),
        (.slowMode(thread, nil), "2026-03-14T10:02:00Z Sam turned off slow mode in thread t-4."),
        (.grantRole(staff: alex, role: .moderator), "2026-03-14T10:02:00Z Sam gave Alex the moderator role."),
        (.revokeRole(staff: alex, role: .admin), "2026-03-14T10:02:00Z Sam took the admin role from Alex."),
    ])
    func describe(_ action: AuditAction, _ line: String) {
        #expect(Self.entry(action).describe() == line)
    }

    @Test func theRedactedTextIsNotRepeatedInTheLog() {
        #expect(!Self.entry(.post(Self.post, .redactAndApprove(F.redacted))).describe().contains("[place]"))
    }

    @Test func aNoteIsTheReasonAndKeepsToOneLine() {
        let note = F.words("Checked with the lead.\n\nFine to publish.")
        let entry = Self.entry(.post(Self.post, .approve), note: note)
        #expect(entry.reason == note)
        #expect(entry.describe() == "2026-03-14T10:02:00Z Sam approved post p-17. Why: \"Checked with the lead. / Fine to publish.\"")
        #expect(!entry.describe().contains("\n"))
        // A note takes the place of the reason the action gave the member.
        #expect(Self.entry(.post(Self.post, .reject(reasonForAuthor: F.reason)), note: note).reason == note)
        #expect(Self.entry(.post(Self.post, .reject(reasonForAuthor: F.reason))).reason == F.reason)
        #expect(Self.entry(.post(Self.post, .approve)).reason == nil)
    }

    @Test(arguments: [
        (AuditAction.post(post, .approve), AuditTarget.post(post), Permission.moderatePosts),
        (.member(pseudonym: "Quiet Heron", .ban(reason: F.reason)), .member(pseudonym: "Quiet Heron"), .moderateMembers),
        (.slowMode(thread, nil), .thread(thread), .setSlowMode),
        (.grantRole(staff: alex, role: .lead), .staff(alex), .manageStaff),
        (.revokeRole(staff: alex, role: .lead), .staff(alex), .manageStaff),
    ])
    func targetsAndPermissions(_ action: AuditAction, _ target: AuditTarget, _ permission: Permission) {
        let entry = Self.entry(action)
        #expect(entry.target == target)
        #expect(entry.action.requiredPermission == permission)
        #expect(Role.admin.permits(permission))
        #expect(!Role.member.permits(permission))
    }

    @Test func moderatorActionsAreRecordedAsThemselves() {
        #expect(AuditAction.post(Self.post, .approve).moderatorAction == .post(.approve))
        #expect(AuditAction.member(pseudonym: "x", .ban(reason: F.reason)).moderatorAction == .member(.ban(reason: F.reason)))
        #expect(AuditAction.slowMode(Self.thread, nil).moderatorAction == nil)
        #expect(AuditAction.grantRole(staff: Self.alex, role: .moderator).moderatorAction == nil)
    }

    // MARK: What a moderator sees of a member

    @Test func aMemberSummaryHoldsOnlyPseudonymBandAndHistory() {
        let now = F.now // Saturday 14 March 2026
        let history = [
            Self.entry(.post(Self.post, .reject(reasonForAuthor: F.reason)), at: F.at("2026-02-02T09:00:00Z")),
            Self.entry(.member(pseudonym: "Quiet Heron", .warn(message: F.otherReason)), at: F.at("2026-03-10T09:00:00Z")),
            // about somebody else: left out
            Self.entry(.member(pseudonym: "Bold Otter", .ban(reason: F.reason)), at: F.at("2026-03-11T09:00:00Z")),
            // not a moderator action: left out
            Self.entry(.slowMode(Self.thread, nil), at: F.at("2026-03-12T09:00:00Z")),
            Self.entry(.post(PostID(rawValue: "p-3"), .approve), at: F.at("2025-11-20T09:00:00Z")),
        ]
        let summary = MemberSummary(pseudonym: "Quiet Heron", memberSince: F.at("2025-11-01T12:00:00Z"),
                                    history: history, now: now, calendar: F.utc)
        #expect(summary.pseudonym == "Quiet Heron")
        #expect(summary.membership == .oneToSixMonths)
        #expect(summary.history == [
            MemberSummary.HistoryItem(action: .member(.warn(message: F.otherReason)), when: .thisWeek),
            MemberSummary.HistoryItem(action: .post(.reject(reasonForAuthor: F.reason)), when: .month(year: 2026, month: .february)),
            MemberSummary.HistoryItem(action: .post(.approve), when: .month(year: 2025, month: .november)),
        ].map { $0 })
    }
}
