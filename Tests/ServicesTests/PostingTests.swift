import Forum
import Foundation
import IdentifyingDetails
import Services
import Storage
import Testing

/// A member's posting without HTTP: a blocked post stores nothing, her times stay in memory, an
/// edit never undoes a moderator's decision, and removing an unseen first post removes its thread.
@Suite struct PostingTests {
    let forum: ModerationTests.Forum
    let posting: Posting
    let now = Date(timeIntervalSince1970: 1_796_000_000)

    init() throws {
        forum = try ModerationTests.Forum()
        posting = Posting(
            policy: .standard, screen: IdentifyingDetailScreen(watchList: WatchList(words: [("blockedword", .block)])),
            posts: forum.posts, members: forum.members, activity: ForumActivity())
    }

    /// A member who joined today (`now`): her first week's rate limits apply.
    func member() async throws -> ForumMember {
        try await forum.members.create(
            pseudonym: "BraveHeron\(Int.random(in: 10...99))", passphraseHash: "not-a-real-hash", recoveryHash: Data(UUID().uuidString.utf8),
            joinedDay: "2026-11-30")
    }

    @Test func aBlockedPostStoresNothing() async throws {
        let author = try await member()
        let outcome = try await posting.newThread(
            space: "general", title: ThreadTitle(normalising: "A question")!, body: PostText(normalising: "it says blockedword here")!, author: author, now: now)
        guard case .blocked = outcome else { Issue.record("stored: \(outcome)"); return }
        #expect(try await forum.posts.threads(inSpace: "general").isEmpty)
        #expect(try !anyFileHolds("blockedword"))
    }

    @Test func postingBeyondTheRateLimitIsRefusedByTimesKeptInMemoryOnly() async throws {
        var author = try await member()
        var checks: [PostingCheck] = []
        for index in 0..<12 {
            checks.append(await posting.checkNewThread(member: author, now: now))
            guard checks.last == .allowed else { break }
            _ = try await posting.newThread(
                space: "general", title: ThreadTitle(normalising: "Thread \(index)")!, body: PostText(normalising: "words of thread \(index)")!,
                author: author, now: now)
            author = try #require(try await forum.members.find(pseudonym: author.pseudonym))
        }
        guard case .refused(.rateLimited) = checks.last else { Issue.record("never limited: \(checks)"); return }
        #expect(checks.count == 4, "a new member may start 3 threads an hour")
        // The database holds the day, never the time.
        #expect(try !anyFileHolds(now.formatted(.iso8601)))
    }

    @Test func anEditNeverUndoesAModeratorsDecision() async throws {
        let author = try await member()
        guard case .stored(_, let post, let state) = try await posting.newThread(
            space: "general", title: ThreadTitle(normalising: "Hello")!, body: PostText(normalising: "first words")!, author: author, now: now)
        else { Issue.record("not stored"); return }
        // She opened the edit page; meanwhile a moderator rejected the post.
        let reason = try #require(ModeratorText("Please leave out names."))
        #expect(try await forum.moderation.decide(.reject(reasonForAuthor: reason), on: post, state: state, by: forum.moderator, at: now) == .done)
        let result = try await posting.edit(post: post, state: state, body: PostText(normalising: "second words")!, author: author, now: now)
        #expect(result == .changedMeanwhile)
        #expect(try await forum.posts.post(id: post.id)?.body == "first words")
    }

    @Test func removingAnUnseenFirstPostRemovesItsThread() async throws {
        let author = try await member()
        guard case .stored(let threadID, let post, let state) = try await posting.newThread(
            space: "general", title: ThreadTitle(normalising: "Hello")!, body: PostText(normalising: "nobody saw this")!, author: author, now: now)
        else { Issue.record("not stored"); return }
        #expect(try await posting.remove(post: post, state: state) == .deleted(wholeThread: true))
        #expect(try await forum.posts.thread(id: threadID) == nil)
        #expect(try !anyFileHolds("nobody saw this"))
    }

    func anyFileHolds(_ marker: String) throws -> Bool {
        try FileManager.default.contentsOfDirectory(atPath: forum.directory.path).contains { name in
            ((try? Data(contentsOf: forum.directory.appendingPathComponent(name))) ?? Data()).range(of: Data(marker.utf8)) != nil
        }
    }
}
