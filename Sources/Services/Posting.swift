import Foundation
import Forum
import IdentifyingDetails
import Storage
import SurveyKit

/// What a member does with her posts, without HTTP: starting a thread, replying, editing, removing
/// and reporting. Her words are screened (watched words masked), Forum's rules decide to publish,
/// hold or block, and only then is anything stored, in the state decided. A blocked post stores
/// nothing. The exact times the rules need (rate limits, slow mode, the edit window) are kept in
/// memory only (`ForumActivity`), never written down.
public struct Posting: Sendable {
    let policy: ModerationPolicy
    let screen: IdentifyingDetailScreen
    let posts: ForumStore
    let members: MemberStore
    let activity: ForumActivity

    public init(policy: ModerationPolicy, screen: IdentifyingDetailScreen, posts: ForumStore, members: MemberStore, activity: ForumActivity) {
        self.policy = policy
        self.screen = screen
        self.posts = posts
        self.members = members
        self.activity = activity
    }

    public enum Outcome: Sendable {
        /// Stored: the thread it is in, the post, and the state it was stored in.
        case stored(threadID: Int64, post: ForumPost, state: PostState)
        /// Not stored; the decision says what kind of thing to take out.
        case blocked(PostDecision)
    }

    // MARK: - New posts

    /// Whether she may start a thread now (her standing, the rate limits).
    public func checkNewThread(member: ForumMember, now: Date) async -> PostingCheck {
        await check(.newThread, member: member, now: now)
    }

    /// Whether she may reply in `thread` now (her standing, the rate limits, its slow mode).
    public func checkReply(in thread: ForumThread, member: ForumMember, now: Date) async -> PostingCheck {
        let slowMode = thread.slowModeSeconds.flatMap { SlowMode(interval: TimeInterval($0)) }
        let last = await activity.lastPost(member: member.id, thread: thread.id)
        return await check(.reply(slowMode: slowMode, lastPostInThread: last), member: member, now: now)
    }

    private func check(_ kind: PostKind, member: ForumMember, now: Date) async -> PostingCheck {
        let recent = await activity.recentPostTimes(member: member.id, now: now)
        return policy.checkPosting(kind, standing: member.standing, memberSince: member.memberSince, recentPostTimes: recent, now: now)
    }

    /// A new thread: the title is her words too, so it is screened with the body.
    public func newThread(space: String, title: ThreadTitle, body: PostText, author: ForumMember, now: Date) async throws -> Outcome {
        let maskedTitle = screen.masked(title.text), maskedBody = screen.masked(body.text)
        let decision = policy.decideNewPost(authorPostCount: author.publishedPosts, screen: screen.outcome(for: maskedTitle + "\n\n" + maskedBody))
        guard let state = decision.state else { return .blocked(decision) }
        let stored = state.stored
        let (thread, post) = try await posts.createThread(
            space: space, title: maskedTitle, authorID: author.id, day: UTCDay.string(from: now), body: maskedBody,
            state: stored.state, stateDetail: stored.detail)
        try await posted(post, state: state, author: author, threadID: thread.id, now: now)
        return .stored(threadID: thread.id, post: post, state: state)
    }

    /// A reply in a thread she may see.
    public func reply(threadID: Int64, body: PostText, author: ForumMember, now: Date) async throws -> Outcome {
        let masked = screen.masked(body.text)
        let decision = policy.decideNewPost(authorPostCount: author.publishedPosts, screen: screen.outcome(for: masked))
        guard let state = decision.state else { return .blocked(decision) }
        let stored = state.stored
        let post = try await posts.addReply(
            threadID: threadID, authorID: author.id, day: UTCDay.string(from: now), body: masked, state: stored.state, stateDetail: stored.detail)
        try await posted(post, state: state, author: author, threadID: threadID, now: now)
        return .stored(threadID: threadID, post: post, state: state)
    }

    /// After a post is stored: her in-memory posting times, and her published count if it went up.
    private func posted(_ post: ForumPost, state: PostState, author: ForumMember, threadID: Int64, now: Date) async throws {
        await activity.recordPost(member: author.id, thread: threadID, post: post.id, at: now)
        if state.countsAsPublished { _ = try await members.incrementPublishedPosts(id: author.id) }
    }

    // MARK: - Her own posts

    /// Why she may not edit `post` now, or nil. Exact posting times live in memory only: after a
    /// restart no edit window is open.
    public func editRefusal(post: ForumPost, state: PostState, author: ForumMember, now: Date) async -> EditRefusal? {
        let written = await activity.writtenAt(post: post.id) ?? .distantPast
        if case .refused(let refusal) = policy.canEdit(state: state, postedAt: written, standing: author.standing, now: now) { return refusal }
        return nil
    }

    public enum EditResult: Sendable, Equatable {
        /// Saved; the post is now in this state (held again if the new words need a look).
        case saved(PostState)
        /// Not saved: the new words hold something that is never published.
        case blocked(NonEmptySet<ScreenConcern>)
        case refused(EditRefusal)
        /// A moderator (or reports) moved it while she was editing: her edit would undo their decision.
        case changedMeanwhile
    }

    /// Replaces the words of her post, screened and decided again.
    public func edit(post: ForumPost, state: PostState, body: PostText, author: ForumMember, now: Date) async throws -> EditResult {
        let written = await activity.writtenAt(post: post.id) ?? .distantPast
        let masked = screen.masked(body.text)
        let othersPublished = state.countsAsPublished ? max(author.publishedPosts - 1, 0) : author.publishedPosts
        let outcome = policy.edit(state: state, postedAt: written, standing: author.standing,
                                  authorPostCount: othersPublished, screen: screen.outcome(for: masked), now: now)
        switch outcome {
        case .refused(let refusal):
            return .refused(refusal)
        case .blocked(let concerns):
            return .blocked(concerns)
        case .saved(let newState):
            let stored = newState.stored
            do {
                try await posts.replaceBody(postID: post.id, with: masked, state: stored.state, stateDetail: stored.detail, expecting: post.state)
            } catch ForumStorageError.stateChanged {
                return .changedMeanwhile
            }
            if newState.countsAsPublished, !state.countsAsPublished {
                _ = try await members.incrementPublishedPosts(id: author.id)
            }
            return .saved(newState)
        }
    }

    public enum Removal: Sendable, Equatable {
        /// Nobody else saw it: the row is gone, and the whole thread with it when it was the first post.
        case deleted(wholeThread: Bool)
        /// Others saw it: it stays in its place, marked as removed by her, with no words.
        case removed
    }

    /// Removes her own post. Deleting her own words is never taken away by her standing. Throws
    /// `ModerationError` when there is nothing of hers left to remove.
    public func remove(post: ForumPost, state: PostState) async throws -> Removal {
        guard try state.afterAuthorRemoves() == nil else {
            try await posts.removeByAuthor(postID: post.id)
            return .removed
        }
        if post.position == 0 { try await posts.deleteThread(id: post.threadID) } else { try await posts.deletePost(id: post.id) }
        return .deleted(wholeThread: post.position == 0)
    }

    /// Another member reports a post she can see; enough reports hide it until a moderator looks.
    public func report(post: ForumPost, state: PostState, by reporter: ForumMember) async throws {
        let count = try await posts.addReport(postID: post.id, reporterID: reporter.id)
        let after = try policy.afterReport(state, reportCount: ReportCount(count) ?? ReportCount(1)!)
        let stored = after.stored
        try await posts.setState(postID: post.id, to: stored.state, stateDetail: stored.detail)
    }
}
