import Foundation
import Forum
import Hummingbird
import Storage
import SurveyKit

/// Reading the forum: the spaces open to her, a space's threads, a thread's posts.
/// There is no member list, no online status, no "last seen" and no read receipts to show.
struct ForumReadingController: ForumPageController {
    var services: ForumServices

    func addRoutes(to group: RouterGroup<ChorusRequestContext>) {
        group.get("", use: localized(ForumReadingController.home))
        group.get("spaces/:space", use: localized(ForumReadingController.space))
        group.get("threads/:thread", use: localized(ForumReadingController.thread))
    }

    @Sendable func home(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let member = try services.member(context, may: .readForum)
        let spaces = services.spaces.filter { $0.isOpen(to: member.spaces) }.map { space -> [String: Any] in
            ["id": space.id, "name": services.words(space.names), "description": services.words(space.descriptions), "restricted": space.restricted]
        }
        return services.page("forum-home", ["spaces": spaces], context: context)
    }

    @Sendable func space(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let member = try services.member(context, may: .readForum)
        let space = try services.openSpace(context.parameters.get("space") ?? "", for: member)
        var views = PostViews(services: services, viewer: member)
        var threads: [[String: Any]] = []
        for summary in try await services.posts.threads(inSpace: space.id) {
            // A thread nobody else can see yet (its first post is held) is listed for its author only.
            let isAuthor = summary.thread.authorID == member.id
            guard summary.shownPostCount > 0 || isAuthor else { continue }
            threads.append([
                "id": String(summary.thread.id),
                "title": summary.thread.title ?? services.renderer.catalogue[.forumTitleRemoved],
                "author": try await views.pseudonym(summary.thread.authorID) ?? services.renderer.catalogue[.forumFormerMember],
                "replies": max(summary.shownPostCount - 1, 0),
                "when": summary.latestShownDay.map(services.coarseTime(ofDay:)) ?? services.renderer.catalogue[.forumNotYetShown],
            ])
        }
        let mayStart = Role.member.permits(.startThread) && member.standing.allows(.startThread, at: services.clock())
        return services.page("forum-space", [
            "space": ["id": space.id, "name": services.words(space.names), "description": services.words(space.descriptions)],
            "threads": threads, "mayStart": mayStart,
        ], context: context)
    }

    @Sendable func thread(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let member = try services.member(context, may: .readForum)
        // The thread and its posts, with their authors and reports, in one read.
        guard let id = context.parameters.get("thread").flatMap(Int64.init),
              let reading = try await services.posts.reading(threadID: id) else { throw ForumRefusal.notFound }
        let space = try services.openSpace(reading.thread.space, for: member)
        return try await threadPage(reading, space: space, member: member, context: context, reply: "", errors: [], status: .ok)
    }

    /// The thread page, shown again (with her text and what to change) when a reply is refused.
    func threadPage(
        thread: ForumThread, space: ForumSpace, member: ForumMember, context: ChorusRequestContext,
        reply: String, errors: [String], status: HTTPResponse.Status
    ) async throws -> Response {
        guard let reading = try await services.posts.reading(threadID: thread.id) else { throw ForumRefusal.notFound }
        return try await threadPage(reading, space: space, member: member, context: context, reply: reply, errors: errors, status: status)
    }

    private func threadPage(
        _ reading: ThreadReading, space: ForumSpace, member: ForumMember, context: ChorusRequestContext,
        reply: String, errors: [String], status: HTTPResponse.Status
    ) async throws -> Response {
        let thread = reading.thread
        var views = PostViews(services: services, viewer: member)
        await views.learnWhenWritten(reading.posts)
        var posts: [MemberPostView] = []
        posts.reserveCapacity(reading.posts.count)
        for post in reading.posts {
            if let view = views.view(of: post) { posts.append(view) }
        }
        guard !posts.isEmpty else { throw ForumRefusal.notFound }
        let postsHTML = services.postsHTML(posts)
        var values: [String: Any] = [
            "thread": ["id": String(thread.id), "title": thread.title ?? services.renderer.catalogue[.forumTitleRemoved]],
            "space": ["id": space.id, "name": services.words(space.names)],
            "postsHTML": postsHTML,
            "reply": reply,
            "mayReply": member.standing.allows(.reply, at: services.clock()),
            "maximumLength": services.policy.bodyLength.upperBound,
        ]
        if let seconds = thread.slowModeSeconds {
            values["slowMode"] = services.renderer.catalogue.text(.forumSlowModeOn, ["minutes": String(max(seconds / 60, 1))])
        }
        if !errors.isEmpty { values["errors"] = errors.map { ["message": $0] } }
        return services.page("forum-thread", values, context: context, status: status)
    }
}

extension ForumServices {
    /// Posts as a member sees them, written as HTML in this page's language.
    func postsHTML(_ posts: [MemberPostView]) -> RawHTML {
        let catalogue = renderer.catalogue
        return PostListHTML.render(
            posts, words: .init(edit: catalogue[.forumEdit], delete: catalogue[.forumDelete], report: catalogue[.forumReport]),
            langQuery: renderer.langQuery)
    }

    /// A space she may see, or not found (a restricted space she has no invite for does not exist for her).
    func openSpace(_ id: String, for member: ForumMember) throws(ForumRefusal) -> ForumSpace {
        guard let space = space(id), space.isOpen(to: member.spaces) else { throw .notFound }
        return space
    }

    /// A thread in a space she may see, or not found.
    func visibleThread(_ id: String?, for member: ForumMember) async throws -> (ForumThread, ForumSpace) {
        guard let id = id.flatMap(Int64.init), let thread = try await posts.thread(id: id) else { throw ForumRefusal.notFound }
        return (thread, try openSpace(thread.space, for: member))
    }
}
