import Foundation
import Forum
import Storage

/// What moderators do to posts, members and threads, without HTTP. Each decision goes through
/// Forum's rules (`PostState.applying`, `MemberStanding.applying`), is stored only if the post is
/// still as the moderator saw it, and appends exactly one audit entry naming the post, member or
/// thread: never a post's text, before or after a redaction.
public struct Moderation: Sendable {
    let posts: ForumStore
    let members: MemberStore
    let audit: AuditLog

    public init(posts: ForumStore, members: MemberStore, audit: AuditLog) {
        self.posts = posts
        self.members = members
        self.audit = audit
    }

    public enum Outcome: Sendable, Equatable {
        case done
        /// Forum's rules do not allow it; the words say why.
        case refused(String)
        /// The post changed while the moderator looked at it (another moderator decided, or its
        /// author edited or removed it). Nothing was changed.
        case changedMeanwhile
    }

    /// Approves, redacts and approves, or rejects `post`, seen by the moderator in `state`.
    public func decide(_ action: PostAction, on post: ForumPost, state: PostState, by actor: StaffName, at now: Date) async throws -> Outcome {
        let next: PostState
        do { next = try state.applying(action) } catch { return .refused(error.description) }
        let stored = next.stored
        do {
            // Only if the post is still as this moderator saw it: two moderators never both decide.
            // Every decision dismisses the reports: Forum counts only those made after it.
            if case .redactAndApprove(let text) = action {
                try await posts.replaceBody(postID: post.id, with: text.text, state: stored.state, stateDetail: stored.detail,
                                            dismissingReports: true, expecting: post.state)
            } else {
                try await posts.setState(postID: post.id, to: stored.state, stateDetail: stored.detail,
                                         dismissingReports: true, expecting: post.state)
            }
        } catch ForumStorageError.stateChanged {
            return .changedMeanwhile
        }
        // A held post now published counts toward her new-member hold. (A hidden post was
        // counted when it was first published.)
        if case .held = state, next.countsAsPublished, let author = post.authorID {
            _ = try await members.incrementPublishedPosts(id: author)
        }
        try await StaffAudit.append(AuditEntry(actor: actor, action: .post(PostID(rawValue: String(post.id)), action), time: now), to: audit)
        return .done
    }

    /// Warns, suspends or bans `member`.
    public func act(_ action: MemberAction, on member: ForumMember, by actor: StaffName, at now: Date) async throws -> Outcome {
        let standing: MemberStanding
        do { standing = try member.standing.applying(action, now: now) } catch { return .refused(error.description) }
        try await members.setStanding(id: member.id, warnings: standing.warnings, restriction: standing.restriction.stored)
        try await StaffAudit.append(AuditEntry(actor: actor, action: .member(pseudonym: member.pseudonym, action), time: now), to: audit)
        return .done
    }

    /// Turns slow mode on (one post per member per interval) or off (nil) in a thread.
    public func setSlowMode(_ mode: SlowMode?, thread: ForumThread, by actor: StaffName, at now: Date) async throws {
        try await posts.setSlowMode(threadID: thread.id, seconds: mode.map { Int($0.interval) })
        try await StaffAudit.append(AuditEntry(actor: actor, action: .slowMode(ThreadID(rawValue: String(thread.id)), mode), time: now), to: audit)
    }
}
