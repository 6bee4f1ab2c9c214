import Foundation
import GRDB
@testable import Storage
import Testing

@Suite struct ForumStoreTests {
    @Test func repliesTakeTheNextPositionAndReadBackInOrder() async throws {
        let fixture = try ForumFixture()
        let a = try await fixture.member("QuietOtter42")
        let (thread, first) = try await fixture.forum.createThread(
            space: "general", title: "Hello", authorID: a.id, day: "2026-11-20", body: "first", state: .held,
            stateDetail: #"{"holdReasons":["newMember"]}"#)
        #expect(first.position == 0)
        #expect(first.stateDetail == #"{"holdReasons":["newMember"]}"#)
        #expect(thread.title == "Hello")
        #expect(thread.slowModeSeconds == nil)
        var ids = [first.id]
        for index in 1...5 {
            let reply = try await fixture.forum.addReply(threadID: thread.id, authorID: a.id, day: "2026-11-21",
                                                         body: "reply \(index)", state: .visible)
            #expect(reply.position == index)
            ids.append(reply.id)
        }
        let posts = try await fixture.forum.posts(inThread: thread.id)
        #expect(posts.map(\.id) == ids)
        #expect(posts.map(\.body) == ["first"] + (1...5).map { "reply \($0)" })
        try await fixture.forum.setSlowMode(threadID: thread.id, seconds: 120)
        #expect(try await fixture.forum.thread(id: thread.id)?.slowModeSeconds == 120)
        try await fixture.forum.setSlowMode(threadID: thread.id, seconds: nil)
        #expect(try await fixture.forum.thread(id: thread.id)?.slowModeSeconds == nil)
    }

    /// The thread page's one read: the thread, its posts in order, each with its author's
    /// pseudonym (none once she deleted her account) and, in a state that carries reports, its
    /// distinct reporters (0 in any other: the state says nothing of reports there).
    @Test func aThreadIsReadWithItsAuthorsAndReportsInOneGo() async throws {
        let fixture = try ForumFixture()
        let a = try await fixture.member("QuietOtter42")
        let b = try await fixture.member("BraveHeron7")
        let c = try await fixture.member("GentleFinch3")
        let (thread, first) = try await fixture.forum.createThread(
            space: "housing", title: "Waiting", authorID: a.id, day: "2026-11-20", body: "first", state: .visible)
        let reply = try await fixture.forum.addReply(
            threadID: thread.id, authorID: b.id, day: "2026-11-21", body: "second", state: .visibleReported)
        let last = try await fixture.forum.addReply(threadID: thread.id, authorID: c.id, day: "2026-11-21", body: "third", state: .visible)
        try await fixture.forum.addReport(postID: first.id, reporterID: b.id)
        try await fixture.forum.addReport(postID: reply.id, reporterID: a.id)
        try await fixture.forum.addReport(postID: reply.id, reporterID: c.id)
        try await fixture.forum.addReport(postID: reply.id, reporterID: c.id)
        _ = try await fixture.members.deleteAccount(id: c.id)

        let reading = try #require(try await fixture.forum.reading(threadID: thread.id))
        #expect(reading.thread == thread)
        #expect(reading.posts.map(\.post.id) == [first.id, reply.id, last.id])
        #expect(reading.posts.map(\.authorPseudonym) == ["QuietOtter42", "BraveHeron7", nil])
        // c's report went with her account; a's remains. b's report of the first post is not
        // counted: it is in a state that carries no reports (a moderator dismissed them, say).
        #expect(reading.posts.map(\.reportCount) == [0, 1, 0])
        #expect(try await fixture.forum.reportCount(postID: first.id) == 1)
        #expect(reading.posts.map(\.post) == (try await fixture.forum.posts(inThread: thread.id)))
        for state in StoredPostState.allCases {
            try await fixture.forum.setState(postID: reply.id, to: state, stateDetail: nil)
            let counted = try #require(try await fixture.forum.reading(threadID: thread.id)).posts[1].reportCount
            #expect(counted == (StoredPostState.carriesReports.contains(state) ? 1 : 0), "\(state)")
        }
        #expect(try await fixture.forum.reading(threadID: thread.id + 1) == nil)

        // The thread's own row comes in the same statement: slow mode as set, and a thread
        // whose posts were all deleted whole is still a thread, with none.
        try await fixture.forum.setSlowMode(threadID: thread.id, seconds: 600)
        #expect(try await fixture.forum.reading(threadID: thread.id)?.thread == (try await fixture.forum.thread(id: thread.id)))
        #expect(try await fixture.forum.reading(threadID: thread.id)?.thread.slowModeSeconds == 600)
        // Its author's account deleted (another's reply keeps the thread): no title, no author,
        // as GRDB's own reading has it.
        _ = try await fixture.members.deleteAccount(id: a.id)
        let orphaned = try #require(try await fixture.forum.reading(threadID: thread.id))
        #expect(orphaned.thread.title == nil && orphaned.thread.authorID == nil && orphaned.thread.slowModeSeconds == 600)
        #expect(orphaned.thread == (try await fixture.forum.thread(id: thread.id)))
        #expect(orphaned.posts.map(\.post) == (try await fixture.forum.posts(inThread: thread.id)))
        for post in try await fixture.forum.posts(inThread: thread.id) { try await fixture.forum.deletePost(id: post.id) }
        let emptied = try #require(try await fixture.forum.reading(threadID: thread.id))
        #expect(emptied.posts.isEmpty && emptied.thread.id == thread.id)
    }

    /// A read by position that stops halfway (here by throwing from its first row) leaves no lock
    /// on the file and its cached statement ready: another connection, which waits for nobody,
    /// writes at once, and the next read sees the write. Fails without `RawRows`' reset.
    @Test func aReadThatStopsHalfwayLeavesNoLockBehind() async throws {
        let fixture = try ForumFixture()
        let author = try await fixture.member("QuietOtter42")
        let (thread, _) = try await fixture.forum.createThread(
            space: "housing", title: "Waiting", authorID: author.id, day: "2026-11-20", body: "first", state: .visible)
        for body in ["second", "third"] {
            _ = try await fixture.forum.addReply(threadID: thread.id, authorID: author.id, day: "2026-11-21", body: body, state: .visible)
        }
        struct Stop: Error {}
        await #expect(throws: Stop.self) {
            try await fixture.database.fetch { db in
                let statement = try db.cachedStatement(sql: ForumStore.readingSQL)
                try statement.setArguments([thread.id])
                try RawRows.forEach(statement, in: db) { _ in throw Stop() }
            }
        }
        let other = try DatabaseQueue(path: fixture.database.fileURL.path)
        try await other.write { db in try db.execute(sql: "UPDATE thread SET slowModeSeconds = 60 WHERE id = ?", arguments: [thread.id]) }
        let reading = try #require(try await fixture.forum.reading(threadID: thread.id))
        #expect(reading.thread.slowModeSeconds == 60 && reading.posts.count == 3)
    }

    /// Reads keep the connection's compiled statements. GRDB's own read turned SQLite's
    /// `query_only` flag on and off, which expires every prepared statement, so each read compiled
    /// the thread page's query again (fails with `connection.read` in `ChorusDatabase.fetch`).
    @Test func readsDoNotRecompileTheCachedStatements() async throws {
        let fixture = try ForumFixture()
        let author = try await fixture.member("QuietOtter42")
        let (thread, _) = try await fixture.forum.createThread(
            space: "housing", title: "Waiting", authorID: author.id, day: "2026-11-20", body: "first", state: .visible)
        for _ in 0..<5 {
            _ = try await fixture.forum.reading(threadID: thread.id)
            _ = try await fixture.members.member(id: author.id)
            _ = try await fixture.keyValues.get(key: "absent")
        }
        #expect(try await fixture.database.recompilationsForTesting(ofCachedStatement: ForumStore.readingSQL) == 0)
    }

    /// Ids are random slots: neither members' nor posts' ids follow the order they were made in.
    @Test func aConditionalChangeRefusesAPostThatMovedMeanwhile() async throws {
        let fixture = try ForumFixture()
        let a = try await fixture.member("QuietOtter42")
        let (_, post) = try await fixture.forum.createThread(
            space: "housing", title: "T", authorID: a.id, day: "2026-11-21", body: "Held words", state: .held)
        // One moderator approves; a second, who saw it held, tries to reject it.
        try await fixture.forum.setState(postID: post.id, to: .visible, stateDetail: nil, expecting: .held)
        await #expect(throws: ForumStorageError.stateChanged) {
            try await fixture.forum.setState(postID: post.id, to: .rejected, stateDetail: "{}", expecting: .held)
        }
        await #expect(throws: ForumStorageError.stateChanged) {
            try await fixture.forum.replaceBody(postID: post.id, with: "Redacted", state: .visible, stateDetail: nil, expecting: .held)
        }
        let after = try #require(try await fixture.forum.post(id: post.id))
        #expect(after.state == .visible && after.body == "Held words")
        await #expect(throws: ForumStorageError.notFound) {
            try await fixture.forum.setState(postID: 12345, to: .visible, stateDetail: nil, expecting: .held)
        }
    }

    @Test func memberAndPostIdsAreNotInInsertionOrder() async throws {
        let fixture = try ForumFixture()
        var memberIDs: [Int64] = []
        for index in 0..<40 { memberIDs.append(try await fixture.member("Member\(index)").id) }
        #expect(Set(memberIDs).count == 40)
        #expect(memberIDs != memberIDs.sorted())
        #expect(memberIDs != memberIDs.sorted().reversed())

        let (thread, first) = try await fixture.forum.createThread(space: "general", title: "T", authorID: memberIDs[0],
                                                                   day: ForumFixture.day, body: "0", state: .visible)
        var postIDs = [first.id]
        for index in 1..<40 {
            postIDs.append(try await fixture.forum.addReply(threadID: thread.id, authorID: memberIDs[index], day: ForumFixture.day,
                                                            body: "\(index)", state: .visible).id)
        }
        #expect(Set(postIDs).count == 40)
        #expect(postIDs != postIDs.sorted())
        #expect(postIDs != postIDs.sorted().reversed())
        // A table is kept in id order, so its layout is not the order of writing either.
        #expect(try await fixture.count("SELECT count(*) FROM post") == 40)
    }

    @Test func reportsCountDistinctReportersUntilDismissed() async throws {
        let fixture = try ForumFixture()
        let forum = fixture.forum
        let author = try await fixture.member("QuietOtter42")
        let x = try await fixture.member("BrightHeron17")
        let y = try await fixture.member("GentleFinch303")
        let (_, post) = try await forum.createThread(space: "general", title: "T", authorID: author.id, day: ForumFixture.day,
                                                     body: "b", state: .visible)
        #expect(try await forum.reportCount(postID: post.id) == 0)
        #expect(try await forum.addReport(postID: post.id, reporterID: x.id) == 1)
        #expect(try await forum.addReport(postID: post.id, reporterID: x.id) == 1)
        #expect(try await forum.addReport(postID: post.id, reporterID: x.id) == 1)
        #expect(try await forum.addReport(postID: post.id, reporterID: y.id) == 2)
        #expect(try await forum.reportCount(postID: post.id) == 2)

        try await forum.setState(postID: post.id, to: .hiddenPendingReview, stateDetail: nil)
        let queue = try await forum.reviewQueue()
        #expect(queue.map(\.post.id) == [post.id])
        #expect(queue.first?.reportCount == 2)

        // A moderator approves it: the reports are dismissed with the decision.
        try await forum.setState(postID: post.id, to: .visible, stateDetail: nil, dismissingReports: true)
        #expect(try await forum.reportCount(postID: post.id) == 0)
        #expect(try await forum.reviewQueue() == [])
        #expect(try await forum.addReport(postID: post.id, reporterID: x.id) == 1)
    }

    @Test func aSpaceListsItsThreadsByTheirNewestShownPost() async throws {
        let fixture = try ForumFixture()
        let forum = fixture.forum
        let a = try await fixture.member("QuietOtter42")
        let (older, _) = try await forum.createThread(space: "general", title: "Older", authorID: a.id, day: "2026-11-01",
                                                      body: "b", state: .visible)
        let (newer, _) = try await forum.createThread(space: "general", title: "Newer", authorID: a.id, day: "2026-11-10",
                                                      body: "b", state: .visible)
        let (waiting, _) = try await forum.createThread(space: "general", title: "Waiting", authorID: a.id, day: "2026-11-20",
                                                        body: "b", state: .held)
        _ = try await forum.createThread(space: "riverside", title: "Elsewhere", authorID: a.id, day: "2026-11-21",
                                         body: "b", state: .visible)
        _ = try await forum.addReply(threadID: older.id, authorID: a.id, day: "2026-11-15", body: "r", state: .visible)
        // A held reply moves nothing: other members cannot see it.
        _ = try await forum.addReply(threadID: newer.id, authorID: a.id, day: "2026-11-22", body: "r", state: .held)

        let list = try await forum.threads(inSpace: "general")
        #expect(list.map(\.thread.id) == [older.id, newer.id, waiting.id])
        #expect(list.map(\.latestShownDay) == ["2026-11-15", "2026-11-10", nil])
        #expect(list.map(\.shownPostCount) == [2, 1, 0])
    }

    /// The largest post Chorus stores still fits its page: no overflow page, whose place in the
    /// file would give away the order posts were written in.
    @Test func theLargestPostFitsItsPage() async throws {
        let fixture = try ForumFixture()
        let a = try await fixture.member("QuietOtter42")
        let body = String(repeating: "é", count: ForumStore.maximumBodyBytes / 2)
        let detail = String(repeating: "d", count: ForumStore.maximumStateDetailBytes)
        let title = String(repeating: "t", count: ForumStore.maximumTitleBytes)
        let (thread, _) = try await fixture.forum.createThread(space: "general", title: title, authorID: a.id, day: ForumFixture.day,
                                                               body: body, state: .held, stateDetail: detail)
        for _ in 0..<20 {
            _ = try await fixture.forum.addReply(threadID: thread.id, authorID: a.id, day: ForumFixture.day,
                                                 body: body, state: .held, stateDetail: detail)
        }
        #expect(try fixture.database.overflowPageCount(of: "post") == 0)
        #expect(try fixture.database.overflowPageCount(of: "thread") == 0)

        await #expect(throws: ForumStorageError.textTooLarge) {
            _ = try await fixture.forum.addReply(threadID: thread.id, authorID: a.id, day: ForumFixture.day,
                                                 body: body + "x", state: .visible)
        }
        #expect(try await fixture.forum.posts(inThread: thread.id).count == 21)
    }

    @Test func theSchemaKeepsDaysOnlyAndNoBodyForAPostItsAuthorRemoved() async throws {
        let fixture = try ForumFixture()
        let a = try await fixture.member("QuietOtter42")
        await #expect(throws: ForumStorageError.invalidDay) {
            _ = try await fixture.forum.createThread(space: "general", title: "T", authorID: a.id, day: "2026-11-22 21:14",
                                                     body: "b", state: .visible)
        }
        await #expect(throws: ForumStorageError.bodyInBodilessState) {
            _ = try await fixture.forum.createThread(space: "general", title: "T", authorID: a.id, day: ForumFixture.day,
                                                     body: "b", state: .removedByAuthor)
        }
        let (thread, post) = try await fixture.forum.createThread(space: "general", title: "T", authorID: a.id, day: ForumFixture.day,
                                                                  body: "b", state: .visible)
        // Past the stores, straight in SQL: still refused.
        for sql in [
            "UPDATE post SET createdDay = '2026-11-22T21:14:03Z' WHERE id = \(post.id)",
            "UPDATE thread SET createdDay = '2026-11-22 21:14' WHERE id = \(thread.id)",
            "UPDATE member SET joinedDay = '1764000000' WHERE id = \(a.id)",
            "UPDATE post SET state = 'removedByAuthor' WHERE id = \(post.id)",
            "UPDATE post SET body = NULL WHERE id = \(post.id)",
            "UPDATE post SET state = 'gone' WHERE id = \(post.id)",
        ] {
            await #expect(throws: (any Error).self, "\(sql)") { try await fixture.database.executeForTesting(sql) }
        }
        #expect(try await fixture.forum.post(id: post.id) == post)
    }
}
