import Forum
import IdentifyingDetails
import Storage

/// Posting in the forum: the one sequence a new thread and a reply both go through. Her words are
/// screened (watched words masked), the moderation rules decide to publish, hold or block, and only
/// then is anything stored, in the state decided. A blocked post stores nothing.
public struct Posting: Sendable {
    let policy: ModerationPolicy
    let screen: IdentifyingDetailScreen
    let posts: ForumStore

    public init(policy: ModerationPolicy, screen: IdentifyingDetailScreen, posts: ForumStore) {
        self.policy = policy
        self.screen = screen
        self.posts = posts
    }

    public enum Outcome: Sendable {
        /// Stored: the thread it is in, the post, and the state it was stored in.
        case stored(threadID: Int64, post: ForumPost, state: PostState)
        /// Not stored; the decision says what kind of thing to take out.
        case blocked(PostDecision)
    }

    /// A new thread: the title is her words too, so it is screened with the body.
    public func newThread(space: String, title: ThreadTitle, body: PostText, author: ForumMember, day: String) async throws -> Outcome {
        let maskedTitle = screen.masked(title.text), maskedBody = screen.masked(body.text)
        let decision = policy.decideNewPost(authorPostCount: author.publishedPosts, screen: screen.outcome(for: maskedTitle + "\n\n" + maskedBody))
        guard let state = decision.state else { return .blocked(decision) }
        let stored = state.stored
        let (thread, post) = try await posts.createThread(
            space: space, title: maskedTitle, authorID: author.id, day: day, body: maskedBody, state: stored.state, stateDetail: stored.detail)
        return .stored(threadID: thread.id, post: post, state: state)
    }

    /// A reply in a thread she may see.
    public func reply(threadID: Int64, body: PostText, author: ForumMember, day: String) async throws -> Outcome {
        let masked = screen.masked(body.text)
        let decision = policy.decideNewPost(authorPostCount: author.publishedPosts, screen: screen.outcome(for: masked))
        guard let state = decision.state else { return .blocked(decision) }
        let stored = state.stored
        let post = try await posts.addReply(
            threadID: threadID, authorID: author.id, day: day, body: masked, state: stored.state, stateDetail: stored.detail)
        return .stored(threadID: threadID, post: post, state: state)
    }
}
