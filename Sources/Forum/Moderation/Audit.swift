import Foundation

/// A post's identifier, as storage makes it.
public struct PostID: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}

/// A thread's identifier, as storage makes it.
public struct ThreadID: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}

/// A staff action worth recording. Each case names its target, so an entry cannot point a
/// post action at a member.
public enum AuditAction: Hashable, Sendable {
    case post(PostID, PostAction)
    case member(pseudonym: String, MemberAction)
    /// Slow mode switched on (with its interval) or off (nil).
    case slowMode(ThreadID, SlowMode?)
    case grantRole(staff: StaffName, role: Role)
    case revokeRole(staff: StaffName, role: Role)

    /// What the action was done to.
    public var target: AuditTarget {
        switch self {
        case .post(let id, _): return .post(id)
        case .member(let pseudonym, _): return .member(pseudonym: pseudonym)
        case .slowMode(let id, _): return .thread(id)
        case .grantRole(let staff, _), .revokeRole(let staff, _): return .staff(staff)
        }
    }

    /// The moderator action, for post and member actions.
    public var moderatorAction: ModeratorAction? {
        switch self {
        case .post(_, let action): return .post(action)
        case .member(_, let action): return .member(action)
        case .slowMode, .grantRole, .revokeRole: return nil
        }
    }

    /// The permission the actor needed: the web app checks it before acting, and a test can
    /// check a whole log against the roles.
    public var requiredPermission: Permission {
        switch self {
        case .post: return .moderatePosts
        case .member: return .moderateMembers
        case .slowMode: return .setSlowMode
        case .grantRole, .revokeRole: return .manageStaff
        }
    }
}

/// What a staff action was done to.
public enum AuditTarget: Hashable, Sendable {
    case post(PostID)
    case member(pseudonym: String)
    case thread(ThreadID)
    case staff(StaffName)
}

/// One line of the audit log: who did what, to what, when and why. Admins read it
/// (`Permission.readAuditLog`); storage only ever appends to it.
public struct AuditEntry: Hashable, Sendable {
    /// Who: the staff member who acted.
    public let actor: StaffName
    /// What, and to what.
    public let action: AuditAction
    /// Why, in the staff member's words, beyond any reason the action carries.
    public let note: ModeratorText?
    /// When (exact: this is staff activity, not a survivor's).
    public let time: Date

    public init(actor: StaffName, action: AuditAction, note: ModeratorText? = nil, time: Date) {
        self.actor = actor
        self.action = action
        self.note = note
        self.time = time
    }

    public var target: AuditTarget { action.target }

    /// Why: the note if there is one, else the reason the action gave the member (a rejection's
    /// reason, a warning, a suspension's or ban's reason). Nil only for approvals, redactions,
    /// slow mode and role changes made without a note.
    public var reason: ModeratorText? { note ?? action.moderatorAction?.statedReason }

    /// One line for the admin page, for example
    /// `2026-03-14T10:02:00Z Sam rejected post p-17. Why: "Names a school."`.
    /// Staff-facing, in English; redacted text is not repeated.
    public func describe() -> String {
        var line = "\(time.formatted(.iso8601)) \(actor) \(Self.describe(action))."
        if let reason {
            line += " Why: \"\(reason.text.split(whereSeparator: \.isNewline).joined(separator: " / "))\""
        }
        return line
    }

    static func describe(_ action: AuditAction) -> String {
        switch action {
        case .post(let id, .approve): return "approved post \(id)"
        case .post(let id, .redactAndApprove): return "redacted and approved post \(id)"
        case .post(let id, .reject): return "rejected post \(id)"
        case .member(let pseudonym, .warn): return "warned member \(pseudonym)"
        case .member(let pseudonym, .suspend(let until, _)):
            return "suspended member \(pseudonym) until \(until.formatted(.iso8601))"
        case .member(let pseudonym, .ban): return "banned member \(pseudonym)"
        case .slowMode(let id, let mode?): return "turned on slow mode (\(describe(interval: mode.interval))) in thread \(id)"
        case .slowMode(let id, nil): return "turned off slow mode in thread \(id)"
        case .grantRole(let staff, let role): return "gave \(staff) the \(role.rawValue) role"
        case .revokeRole(let staff, let role): return "took the \(role.rawValue) role from \(staff)"
        }
    }

    static func describe(interval: TimeInterval) -> String {
        let seconds = Int(interval.rounded())
        func count(_ n: Int, _ unit: String) -> String { "\(n) \(unit)\(n == 1 ? "" : "s")" }
        if seconds % 3600 == 0 { return "one post every " + count(seconds / 3600, "hour") }
        if seconds % 60 == 0 { return "one post every " + count(seconds / 60, "minute") }
        return "one post every " + count(seconds, "second")
    }
}

/// Everything a moderator learns about a member: her pseudonym, how long she has been a member
/// (as a band), and her moderation history. Nothing more: no join date, no exact times, no
/// other staff's names. Made from storage's facts, which it does not keep.
public struct MemberSummary: Hashable, Sendable {
    /// One thing a moderator did about her or one of her posts, and roughly when.
    public struct HistoryItem: Hashable, Sendable {
        public let action: ModeratorAction
        public let when: CoarseTime

        public init(action: ModeratorAction, when: CoarseTime) {
            self.action = action
            self.when = when
        }
    }

    public let pseudonym: String
    public let membership: MembershipBand
    /// Newest first.
    public let history: [HistoryItem]

    /// - Parameters:
    ///   - history: audit entries about her and her posts, as storage found them. Entries that are
    ///     not moderator actions, and member actions naming somebody else, are left out.
    public init(pseudonym: String, memberSince: Date, history: [AuditEntry], now: Date, calendar: Calendar) {
        self.pseudonym = pseudonym
        membership = MembershipBand(memberSince: memberSince, now: now, calendar: calendar)
        self.history = history
            .filter { entry in
                if case .member(let named, _) = entry.action { return named == pseudonym }
                return entry.action.moderatorAction != nil
            }
            .sorted { $0.time > $1.time }
            .compactMap { entry in
                entry.action.moderatorAction.map {
                    HistoryItem(action: $0, when: CoarseTime(entry.time, now: now, calendar: calendar))
                }
            }
    }
}
