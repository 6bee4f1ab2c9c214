import Services
import Foundation
import Forum
import IdentifyingDetails
import Hummingbird
import HummingbirdTesting
import Sealing
import Storage
import Testing
@testable import WebApp

@Suite struct ForumPostingTests {
    @Test func aNewMembersPostIsHeldAndOnlySheSeesIt() async throws {
        let fixture = try ForumFixture()
        try await fixture.makeMember("QuietOtter42")
        try await fixture.makeMember("BraveHeron17", published: 5)
        try await fixture.withApp { client in
            var author = Browser(client)
            try await author.signIn("QuietOtter42")
            let thread = try #require(try await author.startThread(body: "Has anybody moved with the council's help?"))
            let post = try #require(try await fixture.posts.posts(inThread: thread).first)
            #expect(post.state == .held)
            #expect(PostStateDetail.decode(post.stateDetail).holds == [.init(reason: "newMember")])
            let mine = try await author.get("/forum/threads/\(thread)")
            #expect(mine.status == .ok)
            #expect(mine.text.contains("Only you can see this post"))
            #expect(try await author.get("/forum/spaces/housing").text.contains("Finding a flat"))

            var other = Browser(client)
            try await other.signIn("BraveHeron17")
            #expect(try await other.get("/forum/threads/\(thread)").status == .notFound)
            #expect(!(try await other.get("/forum/spaces/housing").text.contains("Finding a flat")))
            // Nobody replies to, or reports, what they cannot see.
            let (reply, _) = try await other.reply(in: thread, "I can't see this")
            #expect(reply.status == .notFound)
            _ = try await other.get("/forum")
            #expect(try await other.post("/forum/posts/\(post.id)/report").status == .notFound)
        }
    }

    @Test func anEstablishedMembersPlainPostIsPublishedAndPublishedPostsCount() async throws {
        let fixture = try ForumFixture()
        let established = try await fixture.makeMember("BraveHeron17", published: 3)
        try await fixture.makeMember("QuietOtter42", published: 3)
        try await fixture.withApp { client in
            var author = Browser(client)
            try await author.signIn("BraveHeron17")
            let thread = try #require(try await author.startThread(body: "The housing officer was kind.\n\nThey listened."))
            #expect(try await fixture.posts.posts(inThread: thread).first?.state == .visible)
            #expect(try await fixture.members.member(id: established.id)?.publishedPosts == 4)
            var reader = Browser(client)
            try await reader.signIn("QuietOtter42")
            let page = try await reader.get("/forum/threads/\(thread)")
            #expect(page.text.contains("<p>The housing officer was kind.</p><p>They listened.</p>"))
            #expect(page.text.contains("this week"))
            #expect(page.text.contains("BraveHeron17"))
        }
    }

    @Test func anOlderPostShowsOnlyItsMonth() async throws {
        let fixture = try ForumFixture()
        let author = try await fixture.makeMember("BraveHeron17", published: 3)
        let (thread, _) = try await fixture.posts.createThread(
            space: "housing", title: "Last month", authorID: author.id, day: "2023-10-05", body: "Older words", state: .visible)
        try await fixture.withApp { client in
            var reader = Browser(client)
            try await reader.signIn("BraveHeron17")
            let page = try await reader.get("/forum/threads/\(thread.id)").text
            #expect(page.contains("October 2023"))
            #expect(!page.contains("2023-10-05") && !page.contains("5 October"))
        }
    }

    @Test func identifyingDetailsHoldAPostAndLinksStayText() async throws {
        let fixture = try ForumFixture()
        try await fixture.makeMember("BraveHeron17", published: 3)
        try await fixture.withApp { client in
            var author = Browser(client)
            try await author.signIn("BraveHeron17")
            let thread = try #require(try await author.startThread(body: "Ring me on 07700 900123 or see https://example.org/help"))
            let post = try #require(try await fixture.posts.posts(inThread: thread).first)
            #expect(post.state == .held)
            let holds = PostStateDetail.decode(post.stateDetail).holds ?? []
            #expect(holds.contains(.init(reason: "identifyingDetail", value: "phoneNumber")))
            #expect(holds.contains(.init(reason: "identifyingDetail", value: "url")))
            let page = try await author.get("/forum/threads/\(thread)").text
            #expect(page.contains("https://example.org/help"))
            #expect(!page.contains("href=\"https://example.org"), "a link is never made clickable")
        }
    }

    @Test func watchedWordsBlockOrMaskAndABlockedPostKeepsHerText() async throws {
        let watch = WatchList(words: [("kill you", .block), ("damn", .mask)])
        let fixture = try ForumFixture(forum: ForumConfiguration(watchList: watch))
        try await fixture.makeMember("BraveHeron17", published: 3)
        try await fixture.withApp { client in
            var author = Browser(client)
            try await author.signIn("BraveHeron17")
            _ = try await author.get("/forum/spaces/housing/new")
            let blocked = try await author.post("/forum/spaces/housing/new", [("title", "Angry"), ("body", "He said he would kill you all")])
            #expect(blocked.status == .unprocessableContent)
            #expect(blocked.text.contains("a word that cannot be posted here"))
            #expect(blocked.text.contains("He said he would kill you all"), "her text stays in the form")
            #expect(try await fixture.posts.threads(inSpace: "housing").isEmpty)
            let thread = try #require(try await author.startThread(title: "Landlords", body: "The damn landlord never fixed it"))
            let post = try #require(try await fixture.posts.posts(inThread: thread).first)
            #expect(post.body == "The *** landlord never fixed it")
            #expect(post.state == .visible)
        }
    }

    @Test func lengthLimitsAreExplainedAndHerTextIsKept() async throws {
        let fixture = try ForumFixture()
        try await fixture.makeMember("BraveHeron17", published: 3)
        try await fixture.withApp { client in
            var author = Browser(client)
            try await author.signIn("BraveHeron17")
            _ = try await author.get("/forum/spaces/housing/new")
            let long = String(repeating: "word ", count: 1100)
            let response = try await author.post("/forum/spaces/housing/new", [("title", ""), ("body", long)])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Write a title."))
            #expect(response.text.contains("at most 5000 characters"))
            #expect(try await fixture.posts.threads(inSpace: "housing").isEmpty)
        }
    }

    @Test func newMembersHitTheStricterRateLimitUntilTheHourHasPassed() async throws {
        let fixture = try ForumFixture()
        // Joined this week: for 7 days a new member may post 3 times an hour.
        try await fixture.makeMember("QuietOtter42", published: 3, joinedDay: "2023-11-13")
        try await fixture.withApp { client in
            var author = Browser(client)
            try await author.signIn("QuietOtter42")
            let thread = try #require(try await author.startThread(body: "First"))
            for n in 2...3 {
                let (response, _) = try await author.reply(in: thread, "Post \(n)")
                #expect(response.status == .seeOther)
            }
            let (fourth, _) = try await author.reply(in: thread, "Post 4")
            #expect(fourth.status == .unprocessableContent)
            #expect(fourth.text.contains("You can post again in about 60 minutes"))
            #expect(fourth.text.contains("Post 4"))
            #expect(try await fixture.posts.posts(inThread: thread).count == 3)
            fixture.clock.advance(minutes: 61)
            let (later, _) = try await author.reply(in: thread, "Post 4")
            #expect(later.status == .seeOther)
        }
    }

    @Test func slowModeSpacesOutEachMembersReplies() async throws {
        let fixture = try ForumFixture()
        // Joined long ago: the ordinary limits (20 an hour) apply.
        try await fixture.makeMember("BraveHeron17", published: 3)
        try await fixture.withApp { client in
            var author = Browser(client)
            try await author.signIn("BraveHeron17")
            let thread = try #require(try await author.startThread(body: "First"))
            try await fixture.posts.setSlowMode(threadID: thread, seconds: 600)
            // Starting the thread was her first post in it.
            let (tooSoon, _) = try await author.reply(in: thread, "A reply")
            #expect(tooSoon.status == .unprocessableContent)
            fixture.clock.advance(minutes: 10)
            let (first, _) = try await author.reply(in: thread, "A reply")
            #expect(first.status == .seeOther)
            #expect(try await author.get("/forum/threads/\(thread)").text.contains("Slow mode is on"))
            fixture.clock.advance(minutes: 5)
            let (second, _) = try await author.reply(in: thread, "Another reply")
            #expect(second.status == .unprocessableContent)
            #expect(second.text.contains("slow mode"))
            fixture.clock.advance(minutes: 5)
            let (third, _) = try await author.reply(in: thread, "Another reply")
            #expect(third.status == .seeOther)
        }
    }

    @Test func editingWorksInsideTheWindowAndScreensTheNewText() async throws {
        let fixture = try ForumFixture()
        try await fixture.makeMember("BraveHeron17", published: 3)
        try await fixture.withApp { client in
            var author = Browser(client)
            try await author.signIn("BraveHeron17")
            let thread = try #require(try await author.startThread(body: "Original words"))
            let post = try #require(try await fixture.posts.posts(inThread: thread).first)
            #expect(try await author.get("/forum/posts/\(post.id)/edit").status == .ok)
            let saved = try await author.post("/forum/posts/\(post.id)/edit", [("body", "Better words")])
            #expect(saved.status == .seeOther)
            #expect(try await fixture.posts.post(id: post.id)?.body == "Better words")
            // New text with a phone number goes back to a moderator.
            _ = try await author.get("/forum/posts/\(post.id)/edit")
            _ = try await author.post("/forum/posts/\(post.id)/edit", [("body", "Call 07700 900123")])
            #expect(try await fixture.posts.post(id: post.id)?.state == .held)
            // (A page now and then keeps her session alive: it ends after 30 idle minutes.)
            fixture.clock.advance(minutes: 20)
            _ = try await author.get("/forum")
            fixture.clock.advance(minutes: 11)
            let late = try await author.get("/forum/posts/\(post.id)/edit")
            #expect(late.status == .forbidden)
            #expect(late.text.contains("30 minutes"))
            // Nobody edits somebody else's post.
            try await fixture.makeMember("QuietOtter42", published: 3)
            var other = Browser(client)
            try await other.signIn("QuietOtter42")
            #expect(try await other.post("/forum/posts/\(post.id)/edit", [("body", "Mine now")]).status == .notFound)
        }
    }

    @Test func reportsKeepAPostVisibleUntilEnoughMembersReportIt() async throws {
        let fixture = try ForumFixture()
        try await fixture.makeMember("BraveHeron17", published: 3)
        for name in ["QuietOtter42", "GentleWren33", "SteadyFinch21"] { try await fixture.makeMember(name, published: 3) }
        try await fixture.withApp { client in
            var author = Browser(client)
            try await author.signIn("BraveHeron17")
            let thread = try #require(try await author.startThread(body: "Something others may dislike"))
            let post = try #require(try await fixture.posts.posts(inThread: thread).first)
            #expect(try await author.post("/forum/posts/\(post.id)/report").status == .notFound, "nobody reports her own post")
            var states: [StoredPostState] = []
            for name in ["QuietOtter42", "GentleWren33", "SteadyFinch21"] {
                var reader = Browser(client)
                try await reader.signIn(name)
                let page = try await reader.get("/forum/threads/\(thread)")
                #expect(page.text.contains("<a href=\"/forum/posts/\(post.id)/report\">Report to a moderator</a>"))
                let asking = try await reader.get("/forum/posts/\(post.id)/report")
                #expect(asking.status == .ok && asking.text.contains("Something others may dislike"))
                let reported = try await reader.post("/forum/posts/\(post.id)/report")
                #expect(reported.status == .ok)
                // Reporting twice counts once.
                _ = try await reader.post("/forum/posts/\(post.id)/report")
                states.append(try #require(try await fixture.posts.post(id: post.id)).state)
            }
            #expect(states == [.visibleReported, .visibleReported, .hiddenPendingReview])
            var reader = Browser(client)
            try await reader.signIn("QuietOtter42")
            let hidden = try await reader.get("/forum/threads/\(thread)").text
            #expect(hidden.contains("hidden while a moderator looks"))
            #expect(!hidden.contains("Something others may dislike"))
            let own = try await author.get("/forum/threads/\(thread)").text
            #expect(own.contains("Something others may dislike") && own.contains("Members reported this post"))
        }
    }

    @Test func deletingHerOwnPostLeavesRepliesReadable() async throws {
        let fixture = try ForumFixture()
        try await fixture.makeMember("BraveHeron17", published: 3)
        try await fixture.makeMember("QuietOtter42", published: 3)
        try await fixture.withApp { client in
            var author = Browser(client)
            try await author.signIn("BraveHeron17")
            let thread = try #require(try await author.startThread(body: "Words I regret"))
            var other = Browser(client)
            try await other.signIn("QuietOtter42")
            _ = try await other.reply(in: thread, "A kind answer")
            let first = try #require(try await fixture.posts.posts(inThread: thread).first)
            #expect(try await author.get("/forum/threads/\(thread)").text.contains("<a href=\"/forum/posts/\(first.id)/delete\">Delete</a>"))
            #expect(try await author.get("/forum/posts/\(first.id)/delete").text.contains("Words I regret"))
            #expect(try await author.post("/forum/posts/\(first.id)/delete").status == .seeOther)
            let page = try await other.get("/forum/threads/\(thread)").text
            #expect(page.contains("removed by its author"))
            #expect(page.contains("A kind answer"))
            #expect(!page.contains("Words I regret"))
            #expect(try await fixture.posts.post(id: first.id)?.body == nil)
        }
    }

    /// Deleting and reporting each ask first, on a page of their own that shows the post: the
    /// thread page only links there, and opening the page (a tap, a browser fetching links ahead)
    /// changes nothing. Only the page's form acts, with her form token.
    @Test func deletingAndReportingAskFirstAndAskingChangesNothing() async throws {
        let fixture = try ForumFixture()
        try await fixture.makeMember("BraveHeron17", published: 3)
        try await fixture.makeMember("QuietOtter42", published: 3)
        try await fixture.withApp { client in
            var author = Browser(client)
            try await author.signIn("BraveHeron17")
            let thread = try #require(try await author.startThread(body: "My words <b>here</b>"))
            let post = try #require(try await fixture.posts.posts(inThread: thread).first)
            var reader = Browser(client)
            try await reader.signIn("QuietOtter42")

            let page = try await reader.get("/forum/threads/\(thread)").text
            #expect(!page.contains("action=\"/forum/posts/"), "no post carries a form")
            let asking = try await reader.get("/forum/posts/\(post.id)/report")
            #expect(asking.status == .ok)
            #expect(asking.text.contains("Report this post to a moderator?"))
            #expect(asking.text.contains("My words &lt;b&gt;here&lt;/b&gt;") && asking.text.contains("BraveHeron17"))
            #expect(asking.text.contains("<form method=\"post\" action=\"/forum/posts/\(post.id)/report\""))
            #expect(asking.text.contains("name=\"_csrf\" value=\"\(try #require(reader.csrf))\""))
            #expect(asking.text.contains("href=\"/forum/threads/\(thread)#post-\(post.id)\""))
            #expect(!asking.text.contains("/delete\"") && !asking.text.contains("/edit\""), "the page does only one thing")
            #expect(try await fixture.posts.reportCount(postID: post.id) == 0)
            #expect(try await fixture.posts.post(id: post.id)?.state == .visible)
            // In Welsh, and the form keeps the language.
            let welsh = try await reader.get("/forum/posts/\(post.id)/report?lang=cy").text
            #expect(welsh.contains("Rhoi gwybod i gymedrolwr am y neges hon?"))
            #expect(welsh.contains("action=\"/forum/posts/\(post.id)/report?lang=cy\""))

            // Her own post: she is asked before deleting; nobody else is, and nobody reports her own.
            #expect(try await author.get("/forum/posts/\(post.id)/report").status == .notFound)
            #expect(try await reader.get("/forum/posts/\(post.id)/delete").status == .notFound)
            let deleting = try await author.get("/forum/posts/\(post.id)/delete")
            #expect(deleting.status == .ok && deleting.text.contains("Delete this post?"))
            #expect(deleting.text.contains("<form method=\"post\" action=\"/forum/posts/\(post.id)/delete\""))
            #expect(try await fixture.posts.post(id: post.id)?.body == "My words <b>here</b>")
            #expect(try await author.get("/forum/posts/\(post.id + 1)/delete").status == .notFound)

            // Reporting through the page works, and a post already reported by her is asked about again harmlessly.
            #expect(try await reader.post("/forum/posts/\(post.id)/report").status == .ok)
            #expect(try await fixture.posts.reportCount(postID: post.id) == 1)
            // Once deleted (a placeholder stays: others saw it), there is nothing to ask about.
            #expect(try await author.post("/forum/posts/\(post.id)/delete").status == .seeOther)
            let again = try await author.get("/forum/posts/\(post.id)/delete")
            #expect(again.status == .forbidden && again.text.contains("This post has already been removed."))
            #expect(try await reader.get("/forum/posts/\(post.id)/report").status == .notFound)
        }
    }
}
