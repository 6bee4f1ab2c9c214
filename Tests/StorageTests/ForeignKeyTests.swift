import Foundation
@testable import Storage
import Testing

/// References are kept by SQLite itself (`PRAGMA foreign_keys = ON`), not only by the stores.
@Suite struct ForeignKeyTests {
    @Test func foreignKeysAreOn() throws {
        let fixture = try ForumFixture()
        #expect(try fixture.database.pragma("foreign_keys") == "1")
    }

    @Test func deletingAThreadDeletesItsPostsAndTheirReports() async throws {
        let fixture = try ForumFixture()
        let forum = fixture.forum
        let a = try await fixture.member("QuietOtter42")
        let b = try await fixture.member("BrightHeron17")
        let (doomed, first) = try await forum.createThread(space: "general", title: "T", authorID: a.id, day: ForumFixture.day,
                                                           body: "one", state: .visible)
        let reply = try await forum.addReply(threadID: doomed.id, authorID: b.id, day: ForumFixture.day, body: "two", state: .visible)
        let (kept, keptPost) = try await forum.createThread(space: "general", title: "K", authorID: b.id, day: ForumFixture.day,
                                                            body: "three", state: .visible)
        try await forum.addReport(postID: first.id, reporterID: b.id)
        try await forum.addReport(postID: reply.id, reporterID: a.id)
        try await forum.addReport(postID: keptPost.id, reporterID: a.id)

        try await forum.deleteThread(id: doomed.id)
        #expect(try await forum.thread(id: doomed.id) == nil)
        #expect(try await forum.posts(inThread: doomed.id) == [])
        #expect(try await fixture.count("SELECT count(*) FROM post") == 1)
        #expect(try await fixture.count("SELECT count(*) FROM report") == 1)
        #expect(try await forum.reportCount(postID: keptPost.id) == 1)
        #expect(try await forum.thread(id: kept.id) != nil)
    }

    @Test func deletingAMemberRowNullsHerAuthorshipAndCascadesHerReportsAndSessions() async throws {
        let fixture = try ForumFixture()
        let forum = fixture.forum
        let a = try await fixture.member("QuietOtter42")
        let b = try await fixture.member("BrightHeron17")
        let (thread, post) = try await forum.createThread(space: "general", title: "T", authorID: a.id, day: ForumFixture.day,
                                                          body: "one", state: .visible)
        let reply = try await forum.addReply(threadID: thread.id, authorID: b.id, day: ForumFixture.day, body: "two", state: .visible)
        try await forum.addReport(postID: reply.id, reporterID: a.id)
        try await fixture.keyValues.set(key: "s", value: Data([1]), expires: nil, owner: .member(a.id))

        // Straight through SQL, past every store: the schema does the rest.
        try await fixture.database.executeForTesting("DELETE FROM member WHERE id = \(a.id)")
        #expect(try await forum.thread(id: thread.id)?.authorID == nil)
        #expect(try await forum.post(id: post.id)?.authorID == nil)
        #expect(try await forum.post(id: post.id)?.body == "one")
        #expect(try await forum.post(id: reply.id)?.authorID == b.id)
        #expect(try await forum.reportCount(postID: reply.id) == 0)
        #expect(try await fixture.keyValues.count() == 0)
    }

    @Test func aPostOrReportMustPointAtSomethingThatExists() async throws {
        let fixture = try ForumFixture()
        let a = try await fixture.member("QuietOtter42")
        await #expect(throws: ForumStorageError.notFound) {
            _ = try await fixture.forum.addReply(threadID: 99, authorID: a.id, day: ForumFixture.day, body: "x", state: .visible)
        }
        await #expect(throws: ForumStorageError.notFound) {
            try await fixture.forum.addReport(postID: 99, reporterID: a.id)
        }
        await #expect(throws: (any Error).self) {
            try await fixture.database.executeForTesting(
                "INSERT INTO post (id, threadID, position, body, state, createdDay) VALUES (1, 99, 0, 'x', 'visible', '2026-11-22')")
        }
        await #expect(throws: ForumStorageError.notFound) {
            try await fixture.keyValues.set(key: "k", value: Data(), expires: nil, owner: .member(99))
        }
    }
}
