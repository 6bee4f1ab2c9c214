import Foundation
import Forum
import Services
import Storage

/// Staff actions in words for the staff pages: a line of the audit log (any line, including the
/// command line's and ones this version does not know), and one action in a member's history.
enum StaffAuditWords {
    /// What an entry did, in words, for the audit page: any line the log holds, including the
    /// command line's and ones this version does not know.
    static func what(_ stored: StoredAuditEntry) -> String {
        let action = stored.action
        switch action {
        case "post.approve": return "approved a post"
        case "post.redactAndApprove": return "redacted and approved a post"
        case "post.reject": return "rejected or removed a post"
        case "member.warn": return "warned a member"
        case "member.ban": return "banned a member"
        case "thread.slowMode off": return "turned off slow mode"
        case "createInvites": return "created invite codes"
        case "staff.add": return "added a staff account"
        case "invites.create": return "created invite codes"
        case "findings.publish": return "published findings"
        case "findings.withdraw": return "withdrew the published findings"
        default:
            if action.hasPrefix("member.suspend until ") {
                return "suspended a member until " + action.dropFirst("member.suspend until ".count)
            }
            if action.hasPrefix("thread.slowMode "), let seconds = Int(action.dropFirst("thread.slowMode ".count).dropLast()) {
                return "turned on slow mode (one post every \(minutesWords(seconds)))"
            }
            return action
        }
    }

    static func minutesWords(_ seconds: Int) -> String {
        let minutes = seconds / 60
        if minutes % 60 == 0 { return minutes == 60 ? "hour" : "\(minutes / 60) hours" }
        return minutes == 1 ? "minute" : "\(minutes) minutes"
    }

    /// One moderator action from a member's history, in words.
    static func words(_ action: ModeratorAction) -> String {
        switch action {
        case .post(.approve): return "A post of hers was approved."
        case .post(.redactAndApprove): return "A post of hers was redacted and approved."
        case .post(.reject(let reason)): return "A post of hers was rejected or removed: \u{201C}\(reason.text)\u{201D}"
        case .member(.warn(let message)): return "She was warned: \u{201C}\(message.text)\u{201D}"
        case .member(.suspend(let until, let reason)):
            return "She was suspended until \(auditTime(until)): \u{201C}\(reason.text)\u{201D}"
        case .member(.ban(let reason)): return "She was banned: \u{201C}\(reason.text)\u{201D}"
        }
    }
}
