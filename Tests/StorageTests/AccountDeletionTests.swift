import Foundation
@testable import Storage
import Testing

/// Deleting an account leaves no trace of her words in any file, and leaves other members'
/// replies readable in their threads (docs/forum-design.md, "Deleting an account").
@Suite struct AccountDeletionTests {
    @Test func deletingAnAccountLeavesNoTraceOfHerWordsAndKeepsTheReplies() async throws {
        let fixture = try ForumFixture()
        let forum = fixture.forum
        let marker = "ERASE-ME-\(UUID().uuidString)"
        let her = try await fixture.member("QuietOtter42")
        let friend = try await fixture.member("BrightHeron17")
        let other = try await fixture.member("GentleFinch303")

        // A thread she started (her words in the title too), which others replied to.
        let (started, opening) = try await forum.createThread(
            space: "general", title: "Title \(marker)", authorID: her.id, day: ForumFixture.day,
            body: "First post \(marker)", state: .visible)
        let reply1 = try await forum.addReply(threadID: started.id, authorID: friend.id, day: ForumFixture.day,
                                              body: "I hear you, friend.", state: .visible)
        let herReply = try await forum.addReply(threadID: started.id, authorID: her.id, day: ForumFixture.day,
                                                body: "Thank you \(marker)", state: .visible)
        let reply2 = try await forum.addReply(threadID: started.id, authorID: other.id, day: ForumFixture.day,
                                              body: "Same here.", state: .visible)

        // Someone else's thread, with her posts in every state that matters.
        let (theirs, theirOpening) = try await forum.createThread(
            space: "general", title: "Evenings", authorID: friend.id, day: ForumFixture.day,
            body: "How do you spend evenings?", state: .visible)
        let herVisible = try await forum.addReply(threadID: theirs.id, authorID: her.id, day: ForumFixture.day,
                                                  body: "Reading \(marker)", state: .visibleReported)
        let herHeld = try await forum.addReply(threadID: theirs.id, authorID: her.id, day: ForumFixture.day,
                                               body: "Held \(marker)", state: .held,
                                               stateDetail: #"{"holdReasons":[{"watchedWord":"\#(marker)"}]}"#)
        let herRemoved = try await forum.addReply(threadID: theirs.id, authorID: her.id, day: ForumFixture.day,
                                                  body: "Removed \(marker)", state: .visible)
        try await forum.setState(postID: herRemoved.id, to: .removedByModerator, stateDetail: #"{"reason":"Quoted: \#(marker)"}"#)
        let lastReply = try await forum.addReply(threadID: theirs.id, authorID: friend.id, day: ForumFixture.day,
                                                 body: "Knitting.", state: .visible)

        // A thread of hers nobody else posted in.
        let (alone, _) = try await forum.createThread(
            space: "general", title: "Alone \(marker)", authorID: her.id, day: ForumFixture.day,
            body: "Nobody answered \(marker)", state: .visible)

        // Reports on her post and by her; a session of hers.
        try await forum.addReport(postID: herVisible.id, reporterID: other.id)
        try await forum.addReport(postID: reply1.id, reporterID: her.id)
        try await forum.addReport(postID: reply1.id, reporterID: other.id)
        try await fixture.keyValues.set(key: "session-1", value: Data("{\"member\":\"\(marker)\"}".utf8),
                                        expires: KeyValueStore.now() + 600, owner: .member(her.id))
        try await fixture.keyValues.set(key: "session-2", value: Data("{\"member\":\"friend\"}".utf8),
                                        expires: KeyValueStore.now() + 600, owner: .member(friend.id))

        // The scan can see the marker before (so its absence afterwards means something).
        #expect(try fixture.anyFileHolds(marker))

        let deletion = try #require(try await fixture.members.deleteAccount(id: her.id))
        #expect(deletion == AccountDeletion(postsErased: 4, postsDeleted: 2, threadsDeleted: 1))

        // Her words are in no file: not the database, not the log, nothing else in the folder.
        #expect(try !fixture.anyFileHolds(marker))
        #expect(try fixture.filesHolding(marker) == [])
        #expect(try fixture.filesHolding("QuietOtter42") == [])

        // She is gone, with her reports and her session; nobody else's went.
        #expect(try await fixture.members.member(id: her.id) == nil)
        #expect(try await fixture.members.find(pseudonym: "QuietOtter42") == nil)
        #expect(try await fixture.keyValues.get(key: "session-1") == nil)
        #expect(try await fixture.keyValues.get(key: "session-2") != nil)
        #expect(try await forum.reportCount(postID: reply1.id) == 1)
        #expect(try await forum.reportCount(postID: herVisible.id) == 0)

        // Her thread stands, titleless and authorless; the replies read as they were.
        let thread = try #require(try await forum.thread(id: started.id))
        #expect(thread.title == nil)
        #expect(thread.authorID == nil)
        let posts = try await forum.posts(inThread: started.id)
        #expect(posts.map(\.id) == [opening.id, reply1.id, herReply.id, reply2.id])
        #expect(posts.map(\.body) == [nil, "I hear you, friend.", nil, "Same here."])
        #expect(posts.map(\.state) == [.removedByAuthor, .visible, .removedByAuthor, .visible])
        #expect(posts.map(\.authorID) == [nil, friend.id, nil, other.id])

        // In the other thread: her published post is a placeholder, her held post is gone, and a
        // post a moderator removed stays removed by the moderator, with nothing of hers left.
        let theirPosts = try await forum.posts(inThread: theirs.id)
        #expect(theirPosts.map(\.id) == [theirOpening.id, herVisible.id, herRemoved.id, lastReply.id])
        #expect(theirPosts.map(\.state) == [.visible, .removedByAuthor, .removedByModerator, .visible])
        #expect(theirPosts.map(\.body) == ["How do you spend evenings?", nil, nil, "Knitting."])
        #expect(theirPosts.allSatisfy { $0.stateDetail == nil })
        #expect(try await forum.post(id: herHeld.id) == nil)

        // The thread only she posted in is gone.
        #expect(try await forum.thread(id: alone.id) == nil)
        #expect(try await fixture.count("SELECT count(*) FROM post WHERE authorID = \(her.id)") == 0)
    }

    @Test func deletingAnUnknownAccountChangesNothing() async throws {
        let fixture = try ForumFixture()
        _ = try await fixture.member("CalmRiver55")
        #expect(try await fixture.members.deleteAccount(id: 12345) == nil)
        #expect(try await fixture.members.count() == 1)
    }

    @Test func herOwnRemovalErasesTheBodyAndADeletedPostLeavesNoText() async throws {
        let fixture = try ForumFixture()
        let forum = fixture.forum
        let marker = "ONE-POST-\(UUID().uuidString)"
        let her = try await fixture.member("QuietOtter42")
        let friend = try await fixture.member("BrightHeron17")
        let (thread, _) = try await forum.createThread(space: "general", title: "Hello", authorID: friend.id,
                                                       day: ForumFixture.day, body: "Hello all", state: .visible)
        let seen = try await forum.addReply(threadID: thread.id, authorID: her.id, day: ForumFixture.day,
                                            body: "Seen \(marker)", state: .visible)
        let unseen = try await forum.addReply(threadID: thread.id, authorID: her.id, day: ForumFixture.day,
                                              body: "Unseen \(marker)", state: .held)
        try await forum.addReport(postID: seen.id, reporterID: friend.id)
        #expect(try fixture.anyFileHolds(marker))

        try await forum.removeByAuthor(postID: seen.id)
        try await forum.deletePost(id: unseen.id)

        #expect(try fixture.filesHolding(marker) == [])
        let removed = try #require(try await forum.post(id: seen.id))
        #expect(removed.body == nil)
        #expect(removed.state == .removedByAuthor)
        #expect(removed.authorID == her.id)
        #expect(try await forum.reportCount(postID: seen.id) == 0)
        #expect(try await forum.post(id: unseen.id) == nil)
        await #expect(throws: ForumStorageError.notFound) { try await forum.deletePost(id: unseen.id) }
    }

    @Test func aRedactedDetailIsInNoFileAfterwards() async throws {
        let fixture = try ForumFixture()
        let forum = fixture.forum
        let her = try await fixture.member("QuietOtter42")
        let detail = "07700 900\(Int.random(in: 100...999)) REDACT-\(UUID().uuidString)"
        let (_, post) = try await forum.createThread(space: "general", title: "Help", authorID: her.id,
                                                     day: ForumFixture.day, body: "Call me on \(detail)", state: .held)
        #expect(try fixture.anyFileHolds(detail))
        try await forum.replaceBody(postID: post.id, with: "Call me on [removed]", state: .visible, stateDetail: nil)
        #expect(try fixture.filesHolding(detail) == [])
        #expect(try await forum.post(id: post.id)?.body == "Call me on [removed]")
    }
}
