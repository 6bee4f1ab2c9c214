import Foundation
import Forum
import Hummingbird
import Storage

/// The moderators' work: the review queue, one queued post with its actions, the read-only thread
/// view with slow mode, and the post actions themselves (approve, redact and approve, reject).
///
/// Every action goes through Forum's `PostState.applying(_:)`, is stored, and appends exactly one
/// audit entry naming the post by id: never its text, before or after a redaction.
struct ModerationController: Sendable {
    let services: ForumServices

    func addRoutes(to group: RouterGroup<ChorusRequestContext>) {
        group.get("queue", use: queue)
        group.get("posts/:id", use: postPage)
        group.post("posts/:id/approve", use: approve)
        group.post("posts/:id/redact", use: redact)
        group.post("posts/:id/reject", use: reject)
        group.get("threads/:id", use: thread)
        group.post("threads/:id/slow-mode", use: slowMode)
    }

    // MARK: - The queue

    @Sendable func queue(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let account = try services.staff(context, may: .readQueue)
        let queued = try await services.posts.reviewQueue()
            .map { (queued: $0, state: PostState(stored: $0.post, reportCount: $0.reportCount)) }
            .sorted { a, b in
                let (x, y) = (a.state.reviewReason?.urgency ?? 3, b.state.reviewReason?.urgency ?? 3)
                if x != y { return x < y }
                // Waiting longest first; within a day, by id (which says nothing about order).
                if a.queued.post.createdDay != b.queued.post.createdDay { return a.queued.post.createdDay < b.queued.post.createdDay }
                return a.queued.post.id < b.queued.post.id
            }
        var views = StaffPostViews(services: services)
        var posts: [[String: Any]] = []
        for item in queued {
            posts.append(try await views.card(item.queued.post, state: item.state, account: account))
        }
        return services.staffPage("staff-queue", ["posts": posts, "empty": posts.isEmpty], account: account, context: context)
    }

    @Sendable func postPage(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let account = try services.staff(context, may: .readQueue)
        let (post, state) = try await load(context)
        return try await postPage(post, state: state, account: account, context: context, errors: [], status: .ok)
    }

    func postPage(_ post: ForumPost, state: PostState, account: StaffAccount, context: ChorusRequestContext,
                  errors: [[String: String]], reason: String = "", redacted: String? = nil, status: HTTPResponse.Status) async throws -> Response {
        var views = StaffPostViews(services: services)
        var card = try await views.card(post, state: state, account: account)
        card["reasonValue"] = reason
        if let redacted { card["redactValue"] = redacted }
        // The form that was refused stays open, so the error's link reaches its field.
        card["redactOpen"] = errors.contains { $0["field"] == "body-\(post.id)" }
        card["rejectOpen"] = errors.contains { $0["field"] == "reason-\(post.id)" }
        return services.staffPage("staff-post", ["post": card, "errors": errors], account: account, context: context, status: status)
    }

    // MARK: - Post actions

    @Sendable func approve(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let account = try services.staff(context, may: .moderatePosts)
        let (post, state) = try await load(context)
        return try await act(.approve, on: post, state: state, account: account, context: context)
    }

    @Sendable func redact(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let account = try services.staff(context, may: .moderatePosts)
        let (post, state) = try await load(context)
        let raw = context.form?.text("body") ?? ""
        let text: PostText
        do {
            text = try services.policy.body(services.screen.masked(raw))
        } catch {
            let message: String
            switch error {
            case .empty: message = "Write the redacted text of the post."
            case .tooShort(let minimum): message = "The redacted text must be at least \(minimum) characters."
            case .tooLong(let maximum): message = "The redacted text must be at most \(maximum) characters."
            }
            return try await postPage(post, state: state, account: account, context: context,
                                      errors: [["field": "body-\(post.id)", "message": message]], redacted: raw, status: .unprocessableContent)
        }
        return try await act(.redactAndApprove(text), on: post, state: state, account: account, context: context)
    }

    @Sendable func reject(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let account = try services.staff(context, may: .moderatePosts)
        let (post, state) = try await load(context)
        let raw = context.form?.text("reason") ?? ""
        guard let reason = ModeratorText(raw) else {
            let message = StaffPermissions.textProblem(raw, what: "the reason the author will see")
            return try await postPage(post, state: state, account: account, context: context,
                                      errors: [["field": "reason-\(post.id)", "message": message]], reason: raw, status: .unprocessableContent)
        }
        return try await act(.reject(reasonForAuthor: reason), on: post, state: state, account: account, context: context)
    }

    /// Decides with `Moderation`, and says so, or why not.
    func act(_ action: PostAction, on post: ForumPost, state: PostState, account: StaffAccount,
             context: ChorusRequestContext) async throws -> Response {
        switch try await services.moderation.decide(action, on: post, state: state, by: services.actor(account), at: services.clock()) {
        case .done:
            return .seeOther("/staff/queue")
        case .refused(let why):
            return services.staffMessage("That cannot be done to this post", why,
                                         back: ("/staff/queue", "Back to the queue"), account: account, context: context, status: .conflict)
        case .changedMeanwhile:
            return services.staffMessage("Somebody acted first", "This post changed while you were looking at it (another moderator decided, or its author edited or removed it). Nothing was changed; look at it again in the queue.",
                                         back: ("/staff/queue", "Back to the queue"), account: account, context: context, status: .conflict)
        }
    }

    // MARK: - Threads and slow mode

    @Sendable func thread(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let account = try services.staff(context, may: .readForum)
        guard let id = context.parameters.get("id", as: Int64.self), let thread = try await services.posts.thread(id: id) else {
            throw ForumRefusal.notFound
        }
        return try await threadPage(thread, account: account, context: context, errors: [], status: .ok)
    }

    func threadPage(_ thread: ForumThread, account: StaffAccount, context: ChorusRequestContext,
                    errors: [[String: String]], status: HTTPResponse.Status) async throws -> Response {
        var views = StaffPostViews(services: services)
        var posts: [[String: Any]] = []
        for post in try await services.posts.posts(inThread: thread.id) {
            posts.append(try await views.threadPost(post, account: account))
        }
        let minutes = thread.slowModeSeconds.map { $0 / 60 } ?? 0
        let values: [String: Any] = [
            "thread": ["id": String(thread.id), "title": thread.title ?? "(title removed with its author's account)"],
            "space": services.space(thread.space)?.name ?? thread.space,
            "slowMode": thread.slowModeSeconds.map { "On: one post per member every \(StaffAuditWords.minutesWords($0))." } ?? "Off.",
            "slowModeMinutes": String(minutes),
            "maximumMinutes": String(Int(SlowMode.maximumInterval) / 60),
            "posts": posts, "errors": errors,
        ]
        return services.staffPage("staff-thread", values, account: account, context: context, status: status)
    }

    @Sendable func slowMode(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let account = try services.staff(context, may: .setSlowMode)
        guard let id = context.parameters.get("id", as: Int64.self), let thread = try await services.posts.thread(id: id) else {
            throw ForumRefusal.notFound
        }
        let maximum = Int(SlowMode.maximumInterval) / 60
        guard let minutes = Int((context.form?.text("minutes") ?? "").trimmingCharacters(in: .whitespaces)), (0...maximum).contains(minutes) else {
            return try await threadPage(thread, account: account, context: context,
                                        errors: [["field": "minutes", "message": "Enter a whole number of minutes from 0 (off) to \(maximum)."]],
                                        status: .unprocessableContent)
        }
        let mode = minutes == 0 ? nil : SlowMode(interval: TimeInterval(minutes * 60))
        try await services.moderation.setSlowMode(mode, thread: thread, by: services.actor(account), at: services.clock())
        return .seeOther("/staff/threads/\(thread.id)")
    }

    // MARK: - Helpers

    /// The post named in the path, with its state, or "not found".
    func load(_ context: ChorusRequestContext) async throws -> (ForumPost, PostState) {
        guard let id = context.parameters.get("id", as: Int64.self), let post = try await services.posts.post(id: id) else {
            throw ForumRefusal.notFound
        }
        return (post, try await services.posts.state(of: post))
    }
}
