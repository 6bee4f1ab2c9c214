/// Who somebody is to the service. Every account has exactly one role.
public enum Role: String, Hashable, Sendable, CaseIterable {
    /// Runs the service: staff accounts, invites, the audit log; can moderate too.
    case admin
    /// Works the review queue and keeps the house rules.
    case moderator
    /// The Authentic Voice lead: consultations, exports and findings. Not a moderator, and
    /// does not read the forum: survivors talk to each other there, not to the consultation.
    case lead
    /// A forum member, known only by her pseudonym.
    case member
}

/// Something a route lets somebody do. The web app checks one on every route, with
/// `Role.permits(_:)` (and, for members, `MemberStanding.allows(_:at:)` as well).
public enum Permission: String, Hashable, Sendable, CaseIterable {
    // The forum, as a member
    case readForum
    case startThread
    case reply
    case report
    /// Edit her own posts, within the edit window.
    case editOwnPosts
    /// Delete her account: every post and session goes at once.
    case deleteOwnAccount

    // Moderation
    /// See the review queue and why each post is in it.
    case readQueue
    /// See a member's pseudonym, membership band and moderation history (`MemberSummary`).
    case readMemberHistory
    /// Approve, redact and approve, or reject posts.
    case moderatePosts
    /// Warn, suspend or ban members.
    case moderateMembers
    /// Switch a thread's slow mode on or off.
    case setSlowMode
    /// Add, change or remove watched words and their actions.
    case manageWatchedWords

    // Administration
    case readAuditLog
    /// Create and remove staff accounts and change their roles.
    case manageStaff
    /// Make invitation codes for new members.
    case createInvites

    // Consultation
    /// Put up a survey or consultation.
    case postConsultation
    /// Download the sealed responses for offline analysis.
    case exportResponses
    /// Read findings uploaded but not yet published.
    case readFindings
    /// Publish findings ("you said, we did").
    case publishFindings
}

extension Role {
    /// The one table: what each role may do. Anything not listed is refused.
    ///
    /// Deliberate refusals: staff do not post in the forum or hold member accounts; moderators
    /// cannot read the audit log that records them (admins can); the lead neither reads the forum
    /// nor moderates; nobody but the lead exports responses. Findings are published by the lead
    /// and by admins, who run the server and can already publish from its command line, and who
    /// must be able to take the findings page down when the lead is away.
    public var permissions: Set<Permission> {
        switch self {
        case .member:
            return [.readForum, .startThread, .reply, .report, .editOwnPosts, .deleteOwnAccount]
        case .moderator:
            return [.readForum, .readQueue, .readMemberHistory, .moderatePosts, .moderateMembers,
                    .setSlowMode, .manageWatchedWords]
        case .admin:
            return [.readForum, .readQueue, .readMemberHistory, .moderatePosts, .moderateMembers,
                    .setSlowMode, .manageWatchedWords, .readAuditLog, .manageStaff, .createInvites,
                    .readFindings, .publishFindings]
        case .lead:
            return [.createInvites, .postConsultation, .exportResponses, .readFindings, .publishFindings]
        }
    }

    /// The whole table, for an admin page or a test.
    public static let table: [Role: Set<Permission>] = Dictionary(uniqueKeysWithValues: allCases.map { ($0, $0.permissions) })

    public func permits(_ permission: Permission) -> Bool { permissions.contains(permission) }
}
