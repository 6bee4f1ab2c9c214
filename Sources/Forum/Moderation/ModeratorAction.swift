import Foundation

/// What a moderator does to a post in the queue.
public enum PostAction: Hashable, Sendable {
    /// Publish it as it is (or, for a reported post, dismiss the reports).
    case approve
    /// Publish it with the moderator's redacted text in place of the author's.
    /// Make the text with `ModerationPolicy.body(_:)` so it keeps to the length limits.
    case redactAndApprove(PostText)
    /// Turn it down, or take it down if it was published; the author sees the reason.
    case reject(reasonForAuthor: ModeratorText)
}

/// What a moderator does to a member. Each carries the words the member is shown.
public enum MemberAction: Hashable, Sendable {
    case warn(message: ModeratorText)
    /// Reading and reporting only, until the given time.
    case suspend(until: Date, reason: ModeratorText)
    /// For good: nothing but deleting her account.
    case ban(reason: ModeratorText)
}

/// Every action the issue gives moderators: approve; redact then approve; reject with a reason
/// the author sees; warn; suspend; ban. Post actions and member actions are separate types, so
/// that "warn a post" or "approve a member" cannot be written.
public enum ModeratorAction: Hashable, Sendable {
    case post(PostAction)
    case member(MemberAction)

    /// The permission a staff member needs to take this action.
    public var requiredPermission: Permission {
        switch self {
        case .post: return .moderatePosts
        case .member: return .moderateMembers
        }
    }

    /// The words the author or member is shown, when the action carries any.
    public var statedReason: ModeratorText? {
        switch self {
        case .post(.approve), .post(.redactAndApprove): return nil
        case .post(.reject(let reason)): return reason
        case .member(.warn(let message)): return message
        case .member(.suspend(_, let reason)), .member(.ban(let reason)): return reason
        }
    }
}

/// Why a moderation step was refused. Nothing changes when one is thrown.
public enum ModerationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The author removed the post (or her account): there is nothing left to moderate or delete.
    case postRemovedByAuthor
    /// A moderator has already removed the post.
    case postRemovedByModerator
    /// A moderator has already rejected the post; the author may write a new one.
    case postAlreadyRejected
    /// Approving a post that is already published, with no reports to dismiss.
    case postAlreadyVisible
    /// Only posts other members can read can be reported.
    case postNotReportable
    /// The member is banned: there is nothing further to warn or suspend.
    case memberBanned
    /// The member is already banned.
    case memberAlreadyBanned
    /// A suspension must end after the moment it is given.
    case suspensionMustEndInFuture

    public var description: String {
        switch self {
        case .postRemovedByAuthor: return "The author removed this post, so there is nothing to moderate."
        case .postRemovedByModerator: return "A moderator has already removed this post."
        case .postAlreadyRejected: return "A moderator has already rejected this post."
        case .postAlreadyVisible: return "This post is already published and has no reports to dismiss."
        case .postNotReportable: return "Only published posts can be reported."
        case .memberBanned: return "This member is banned."
        case .memberAlreadyBanned: return "This member is already banned."
        case .suspensionMustEndInFuture: return "A suspension must end in the future."
        }
    }
}

extension PostState {
    /// The post after a moderator's action, or the reason the action makes no sense.
    ///
    /// - A held post is approved (as written or redacted) into `.visible`, or rejected.
    /// - A reported or hidden post is approved back to `.visible` (the reports are dismissed:
    ///   storage counts only reports made after this decision) or rejected, which removes it.
    /// - A visible post may be redacted, or rejected (removed); approving it again is refused.
    /// - Rejected and removed posts are final.
    public func applying(_ action: PostAction) throws(ModerationError) -> PostState {
        switch self {
        case .removedByAuthor: throw .postRemovedByAuthor
        case .removedByModerator: throw .postRemovedByModerator
        case .rejected: throw .postAlreadyRejected
        case .held:
            switch action {
            case .approve, .redactAndApprove: return .visible
            case .reject(let reason): return .rejected(reason: reason)
            }
        case .visibleReported, .hiddenPendingReview:
            switch action {
            case .approve, .redactAndApprove: return .visible
            case .reject(let reason): return .removedByModerator(reason: reason)
            }
        case .visible:
            switch action {
            case .approve: throw .postAlreadyVisible
            case .redactAndApprove: return .visible
            case .reject(let reason): return .removedByModerator(reason: reason)
            }
        }
    }
}
