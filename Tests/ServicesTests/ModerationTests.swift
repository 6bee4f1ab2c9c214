import Forum
import Foundation
import Services
import Storage
import Testing

/// Moderators' decisions without HTTP: what is stored, what the audit log says (never a post's
/// words), and that two moderators never both decide on one post.
@Suite struct ModerationTests {
    struct Forum {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("moderation-\(UUID().uuidString)")
        let database: ChorusDatabase
        var posts: ForumStore { ForumStore(database: database) }
        var members: MemberStore { MemberStore(database: database) }
        var audit: AuditLog { AuditLog(database: database) }
        var moderation: Moderation { Moderation(posts: posts, members: members, audit: audit) }
        let moderator = StaffName("Sam")!
        let now = Date(timeIntervalSince1970: 1_796_000_000)

        init() throws {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            database = try ChorusDatabase(directory: directory)
        }

        /// A new member's first post, held for review, as Posting stores it.
        func heldPost(_ body: String) async throws -> (ForumMember, ForumPost) {
            let author = try await members.create(
                pseudonym: "QuietOtter\(Int.random(in: 10...99))", passphraseHash: "not-a-real-hash", recoveryHash: Data(UUID().uuidString.utf8),
                joinedDay: "2026-11-30")
            let stored = PostState.held(NonEmptySet(HoldReason.newMember)).stored
            let (_, post) = try await posts.createThread(
                space: "general", title: "Hello", authorID: author.id, day: "2026-11-30", body: body, state: stored.state, stateDetail: stored.detail)
            return (author, post)
        }
    }

    @Test func approvingAHeldPostPublishesItCountsItAndRecordsOneEntry() async throws {
        let forum = try Forum()
        let (author, post) = try await forum.heldPost("my first words here")
        let outcome = try await forum.moderation.decide(.approve, on: post, state: try await forum.posts.state(of: post), by: forum.moderator, at: forum.now)
        #expect(outcome == .done)
        let after = try #require(try await forum.posts.post(id: post.id))
        #expect(try await forum.posts.state(of: after) == .visible)
        #expect(try await forum.members.find(pseudonym: author.pseudonym)?.publishedPosts == 1)
        let entries = try await forum.audit.entries()
        #expect(entries.map(\.action) == ["post.approve"])
        #expect(entries.map(\.target) == ["post:\(post.id)"])
        #expect(entries.map(\.actor) == ["Sam"])
    }

    @Test func aRedactionIsStoredAndTheLogHoldsNeitherTheWordsNorTheRedaction() async throws {
        let forum = try Forum()
        let (_, post) = try await forum.heldPost("call me on 07700 900123 any time")
        let redacted = try #require(PostText(normalising: "call me [removed] any time"))
        let outcome = try await forum.moderation.decide(
            .redactAndApprove(redacted), on: post, state: try await forum.posts.state(of: post), by: forum.moderator, at: forum.now)
        #expect(outcome == .done)
        #expect(try await forum.posts.post(id: post.id)?.body == "call me [removed] any time")
        for entry in try await forum.audit.entries() {
            for field in [entry.action, entry.target, entry.reason] {
                #expect(!field.contains("07700") && !field.contains("removed] any"), "the audit log holds a post's words: \(field)")
            }
        }
    }

    @Test func twoModeratorsNeverBothDecide() async throws {
        let forum = try Forum()
        let (_, post) = try await forum.heldPost("two people are looking at this")
        let seen = try await forum.posts.state(of: post)
        let reason = try #require(ModeratorText("Please leave out names."))
        #expect(try await forum.moderation.decide(.approve, on: post, state: seen, by: forum.moderator, at: forum.now) == .done)
        // The second saw it held too, and would reject what is now published.
        let second = try await forum.moderation.decide(.reject(reasonForAuthor: reason), on: post, state: seen, by: StaffName("Alex")!, at: forum.now)
        #expect(second == .changedMeanwhile)
        #expect(try await forum.posts.state(of: try #require(try await forum.posts.post(id: post.id))) == .visible)
        #expect(try await forum.audit.entries().count == 1)
    }

    @Test func whatForumsRulesRefuseChangesNothing() async throws {
        let forum = try Forum()
        let (author, post) = try await forum.heldPost("approved once already")
        _ = try await forum.moderation.decide(.approve, on: post, state: try await forum.posts.state(of: post), by: forum.moderator, at: forum.now)
        let now = try #require(try await forum.posts.post(id: post.id))
        let again = try await forum.moderation.decide(.approve, on: now, state: try await forum.posts.state(of: now), by: forum.moderator, at: forum.now)
        guard case .refused = again else { Issue.record("approving a visible post was \(again)"); return }
        #expect(try await forum.audit.entries().count == 1)

        let ban = MemberAction.ban(reason: try #require(ModeratorText("Threats to another member.")))
        #expect(try await forum.moderation.act(ban, on: author, by: forum.moderator, at: forum.now) == .done)
        let banned = try #require(try await forum.members.find(pseudonym: author.pseudonym))
        guard case .refused = try await forum.moderation.act(ban, on: banned, by: forum.moderator, at: forum.now) else {
            Issue.record("banning a banned member twice was not refused"); return
        }
        #expect(Set(try await forum.audit.entries().map(\.action)) == ["post.approve", "member.ban"])
    }
}
