import Foundation
import Forum
import Storage

/// How staff actions are written into the audit log's strings, and read back for a member's
/// history. One place, so the moderation actions, the audit page and `MemberSummary` agree.
///
/// | action                          | target               | reason                  |
/// |---------------------------------|----------------------|-------------------------|
/// | `post.approve`                  | `post:<id>`          | (none)                  |
/// | `post.redactAndApprove`         | `post:<id>`          | (none: never the text)  |
/// | `post.reject`                   | `post:<id>`          | what the author is told |
/// | `member.warn`                   | `member:<pseudonym>` | the warning             |
/// | `member.suspend until <ISO>`    | `member:<pseudonym>` | what she is told        |
/// | `member.ban`                    | `member:<pseudonym>` | what she is told        |
/// | `thread.slowMode <seconds>s`    | `thread:<id>`        | (none)                  |
/// | `thread.slowMode off`           | `thread:<id>`        | (none)                  |
/// | `createInvites`                 | `invites:<count>`    | the space, the last day |
public enum StaffAudit {
    public static func target(_ target: AuditTarget) -> String {
        switch target {
        case .post(let id): return "post:\(id)"
        case .member(let pseudonym): return "member:\(pseudonym)"
        case .thread(let id): return "thread:\(id)"
        case .staff(let name): return "staff:\(name)"
        }
    }

    public static func action(_ action: AuditAction) -> String {
        switch action {
        case .post(_, .approve): return "post.approve"
        case .post(_, .redactAndApprove): return "post.redactAndApprove"
        case .post(_, .reject): return "post.reject"
        case .member(_, .warn): return "member.warn"
        case .member(_, .suspend(let until, _)): return "member.suspend until \(auditTime(until))"
        case .member(_, .ban): return "member.ban"
        case .slowMode(_, let mode?): return "thread.slowMode \(Int(mode.interval.rounded()))s"
        case .slowMode(_, nil): return "thread.slowMode off"
        case .grantRole(_, let role): return "staff.grantRole \(role.rawValue)"
        case .revokeRole(_, let role): return "staff.revokeRole \(role.rawValue)"
        }
    }

    /// Appends `entry`. The reason is the words the member was given (or the note), never a post's text.
    @discardableResult
    public static func append(_ entry: AuditEntry, to log: AuditLog) async throws -> StoredAuditEntry {
        try await log.append(actor: entry.actor.text, action: action(entry.action), target: target(entry.target),
                             reason: entry.reason?.text ?? "", time: auditTime(entry.time))
    }

    /// A stored post or member action as Forum's `AuditEntry` (for `MemberSummary`); nil for
    /// anything else, or a line that does not read.
    public static func entry(_ stored: StoredAuditEntry) -> AuditEntry? {
        guard let actor = StaffName(stored.actor), let time = try? Date(stored.time, strategy: .iso8601) else { return nil }
        let reason = ModeratorText(stored.reason)
        let parts = stored.target.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        let action: AuditAction
        switch (parts[0], stored.action) {
        case ("post", "post.approve"):
            action = .post(PostID(rawValue: parts[1]), .approve)
        case ("post", "post.redactAndApprove"):
            // The redacted text is not in the log; the history only says a redaction happened.
            action = .post(PostID(rawValue: parts[1]), .redactAndApprove(PostText(normalising: "(redacted)")!))
        case ("post", "post.reject"):
            guard let reason else { return nil }
            action = .post(PostID(rawValue: parts[1]), .reject(reasonForAuthor: reason))
        case ("member", "member.warn"):
            guard let reason else { return nil }
            action = .member(pseudonym: parts[1], .warn(message: reason))
        case ("member", let text) where text.hasPrefix("member.suspend until "):
            guard let reason, let until = try? Date(String(text.dropFirst("member.suspend until ".count)), strategy: .iso8601) else {
                return nil
            }
            action = .member(pseudonym: parts[1], .suspend(until: until, reason: reason))
        case ("member", "member.ban"):
            guard let reason else { return nil }
            action = .member(pseudonym: parts[1], .ban(reason: reason))
        default:
            return nil
        }
        return AuditEntry(actor: actor, action: action, time: time)
    }
}
