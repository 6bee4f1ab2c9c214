import Forum
import Testing

/// The role × permission table, written out here a second time so that a change to
/// `Role.permissions` has to be made on purpose, in both places.
@Suite struct PermissionTests {
    /// One row per permission: which of admin, moderator, lead, member hold it.
    static let expected: [Permission: (admin: Bool, moderator: Bool, lead: Bool, member: Bool)] = [
        .readForum: (true, true, false, true),
        .startThread: (false, false, false, true),
        .reply: (false, false, false, true),
        .report: (false, false, false, true),
        .editOwnPosts: (false, false, false, true),
        .deleteOwnAccount: (false, false, false, true),

        .readQueue: (true, true, false, false),
        .readMemberHistory: (true, true, false, false),
        .moderatePosts: (true, true, false, false),
        .moderateMembers: (true, true, false, false),
        .setSlowMode: (true, true, false, false),
        .manageWatchedWords: (true, true, false, false),

        .readAuditLog: (true, false, false, false),
        .manageStaff: (true, false, false, false),
        .createInvites: (true, false, true, false),

        .postConsultation: (false, false, true, false),
        .exportResponses: (false, false, true, false),
        .readFindings: (true, false, true, false),
        .publishFindings: (true, false, true, false),
    ]

    static func expected(_ role: Role, _ permission: Permission) -> Bool? {
        guard let row = expected[permission] else { return nil }
        switch role {
        case .admin: return row.admin
        case .moderator: return row.moderator
        case .lead: return row.lead
        case .member: return row.member
        }
    }

    @Test func everyPermissionHasARow() {
        #expect(Set(Self.expected.keys) == Set(Permission.allCases))
    }

    /// Every role × every permission: grants and refusals alike.
    @Test(arguments: Role.allCases, Permission.allCases)
    func table(_ role: Role, _ permission: Permission) throws {
        let expected = try #require(Self.expected(role, permission) as Bool?)
        #expect(role.permits(permission) == expected)
        #expect(role.permissions.contains(permission) == expected)
        #expect(Role.table[role]?.contains(permission) == expected)
    }

    @Test func theTableHasEveryRole() {
        #expect(Set(Role.table.keys) == Set(Role.allCases))
    }

    @Test(arguments: Role.allCases)
    func onlyMembersPostAndOnlyTheLeadExports(_ role: Role) {
        #expect(role.permits(.startThread) == (role == .member))
        #expect(role.permits(.exportResponses) == (role == .lead))
        #expect(role.permits(.publishFindings) == (role == .lead || role == .admin))
        #expect(role.permits(.readAuditLog) == (role == .admin))
    }

    @Test func moderatorsCannotReadTheLogThatRecordsThem() {
        #expect(Role.moderator.permits(.moderatePosts))
        #expect(!Role.moderator.permits(.readAuditLog))
        #expect(!Role.moderator.permits(.manageStaff))
    }

    @Test func everyPermissionBelongsToSomebody() {
        for permission in Permission.allCases {
            #expect(Role.allCases.contains { $0.permits(permission) }, "nobody holds \(permission)")
        }
    }

    @Test func rawValuesAreStableNames() {
        // Storage keeps roles by name; routes may log permission names.
        #expect(Role.allCases.map(\.rawValue) == ["admin", "moderator", "lead", "member"])
        #expect(Permission(rawValue: "readAuditLog") == .readAuditLog)
    }
}
