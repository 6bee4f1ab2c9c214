import Foundation
import Forum
import IdentifyingDetails
import Hummingbird
import Localisation
import Services
import Storage
import SurveyKit

/// Writing in the forum: new threads, replies, edits, deleting her own posts, reporting others'.
/// Every post goes through the same steps: her standing and the rate limits, the length limits,
/// the identifying-detail screen (masking watched words), then Forum's decision to publish, hold
/// for a moderator, or block with a reason she can act on. Her text is never lost on a refusal.
struct PostingController: ForumPageController {
    var services: ForumServices
    var reading: ForumReadingController

    func addRoutes(to group: RouterGroup<ChorusRequestContext>) {
        group.get("spaces/:space/new", use: localized(PostingController.newThreadForm))
        group.post("spaces/:space/new", use: localized(PostingController.newThread))
        group.post("threads/:thread/reply", use: localized(PostingController.reply))
        group.get("posts/:post/edit", use: localized(PostingController.editForm))
        group.post("posts/:post/edit", use: localized(PostingController.edit))
        group.get("posts/:post/delete", use: localized(PostingController.deleteForm))
        group.post("posts/:post/delete", use: localized(PostingController.delete))
        group.get("posts/:post/report", use: localized(PostingController.reportForm))
        group.post("posts/:post/report", use: localized(PostingController.report))
    }

    /// Both this controller and the thread page it shows again on a refused reply speak her language.
    func speaking(_ request: Request) -> PostingController {
        var copy = self
        copy.services = services.speaking(request)
        copy.reading.services = copy.services
        return copy
    }

    // MARK: - New threads

    @Sendable func newThreadForm(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let member = try services.member(context, may: .startThread)
        let space = try services.openSpace(context.parameters.get("space") ?? "", for: member)
        return newThreadPage(space: space, title: "", body: "", errors: [], context: context, status: .ok)
    }

    @Sendable func newThread(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let member = try services.member(context, may: .startThread)
        let space = try services.openSpace(context.parameters.get("space") ?? "", for: member)
        let form = context.form ?? FormValues(fields: [])
        let rawTitle = form.text("title"), rawBody = form.text("body")
        func refuse(_ errors: [String]) -> Response {
            newThreadPage(space: space, title: rawTitle, body: rawBody, errors: errors, context: context, status: .unprocessableContent)
        }
        let now = services.clock()
        if let refusal = services.refusalWords(await services.posting.checkNewThread(member: member, now: now), now: now) { return refuse([refusal]) }
        let title: ThreadTitle, body: PostText
        do {
            title = try services.policy.title(rawTitle)
            body = try services.policy.body(rawBody)
        } catch {
            return refuse(services.textProblems(title: rawTitle, body: rawBody))
        }
        switch try await services.posting.newThread(space: space.id, title: title, body: body, author: member, now: now) {
        case .blocked(let decision):
            return refuse([services.blockMessage(decision)])
        case .stored(let threadID, _, _):
            return .seeOther(services.address("/forum/threads/\(threadID)"))
        }
    }

    private func newThreadPage(space: ForumSpace, title: String, body: String, errors: [String], context: ChorusRequestContext, status: HTTPResponse.Status) -> Response {
        var values: [String: Any] = [
            "space": ["id": space.id, "name": services.words(space.names)], "title": title, "body": body,
            "maximumLength": services.policy.bodyLength.upperBound, "maximumTitle": services.policy.titleLength.upperBound,
        ]
        if !errors.isEmpty { values["errors"] = errors.map { ["message": $0] } }
        return services.page("forum-new-thread", values, context: context, status: status)
    }

    // MARK: - Replies

    @Sendable func reply(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let member = try services.member(context, may: .reply)
        let (thread, space) = try await services.visibleThread(context.parameters.get("thread"), for: member)
        let rawBody = (context.form ?? FormValues(fields: [])).text("body")
        func refuse(_ errors: [String]) async throws -> Response {
            try await reading.threadPage(thread: thread, space: space, member: member, context: context,
                                         reply: rawBody, errors: errors, status: .unprocessableContent)
        }
        // Nobody replies to a thread she cannot see the start of.
        guard let first = try await services.posts.posts(inThread: thread.id).first,
              PostState(stored: first, reportCount: 0).isVisibleToMembers || first.authorID == member.id || first.state == .removedByAuthor
        else { throw ForumRefusal.notFound }
        let now = services.clock()
        if let refusal = services.refusalWords(await services.posting.checkReply(in: thread, member: member, now: now), now: now) {
            return try await refuse([refusal])
        }
        let body: PostText
        do { body = try services.policy.body(rawBody) } catch { return try await refuse(services.textProblems(title: nil, body: rawBody)) }
        switch try await services.posting.reply(threadID: thread.id, body: body, author: member, now: now) {
        case .blocked(let decision):
            return try await refuse([services.blockMessage(decision)])
        case .stored(_, let post, _):
            return .seeOther(services.address("/forum/threads/\(thread.id)#post-\(post.id)"))
        }
    }

    // MARK: - Editing and deleting her own posts

    @Sendable func editForm(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let member = try services.member(context, may: .editOwnPosts)
        let (post, state) = try await ownPost(context, member: member)
        try await checkEditable(post: post, state: state, member: member)
        return editPage(post: post, body: post.body ?? "", errors: [], context: context, status: .ok)
    }

    @Sendable func edit(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let member = try services.member(context, may: .editOwnPosts)
        let (post, state) = try await ownPost(context, member: member)
        let rawBody = (context.form ?? FormValues(fields: [])).text("body")
        try await checkEditable(post: post, state: state, member: member)
        let body: PostText
        do { body = try services.policy.body(rawBody) } catch {
            return editPage(post: post, body: rawBody, errors: services.textProblems(title: nil, body: rawBody), context: context, status: .unprocessableContent)
        }
        switch try await services.posting.edit(post: post, state: state, body: body, author: member, now: services.clock()) {
        case .refused(let refusal):
            throw ForumRefusal.forbidden(services.editRefusalMessage(refusal))
        case .blocked(let concerns):
            return editPage(post: post, body: rawBody, errors: [services.blockMessage(.block(concerns))], context: context, status: .unprocessableContent)
        case .changedMeanwhile:
            throw ForumRefusal.forbidden(services.renderer.catalogue[.forumEditUnderReview])
        case .saved:
            return .seeOther(services.address("/forum/threads/\(post.threadID)#post-\(post.id)"))
        }
    }

    private func checkEditable(post: ForumPost, state: PostState, member: ForumMember) async throws {
        if let refusal = await services.posting.editRefusal(post: post, state: state, author: member, now: services.clock()) {
            throw ForumRefusal.forbidden(services.editRefusalMessage(refusal))
        }
    }

    private func editPage(post: ForumPost, body: String, errors: [String], context: ChorusRequestContext, status: HTTPResponse.Status) -> Response {
        var values: [String: Any] = ["post": ["id": String(post.id), "threadID": String(post.threadID)], "body": body,
                                     "maximumLength": services.policy.bodyLength.upperBound]
        if !errors.isEmpty { values["errors"] = errors.map { ["message": $0] } }
        return services.page("forum-edit", values, context: context, status: status)
    }

    /// Asks before her post is deleted: the thread page links here, and only the form here deletes.
    @Sendable func deleteForm(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        // As for deleting itself, her standing never takes this away: it shows only her own words.
        let member = try services.signedInMember(context)
        let (post, state) = try await ownPost(context, member: member)
        guard state.authorMayRemove else { throw ForumRefusal.forbidden(services.renderer.catalogue[.forumNothingToDelete]) }
        return try await confirmPage(
            post, state: state, action: "delete", heading: .forumDeleteConfirmHeading, message: .forumDeleteConfirmBody,
            button: .forumDeleteConfirmButton, member: member, context: context)
    }

    @Sendable func delete(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        // Deleting her own words is never taken away by her standing.
        let member = try services.signedInMember(context)
        let (post, state) = try await ownPost(context, member: member)
        let removal: Posting.Removal
        do { removal = try await services.posting.remove(post: post, state: state) } catch is ModerationError {
            throw ForumRefusal.forbidden(services.renderer.catalogue[.forumNothingToDelete])
        }
        if removal == .deleted(wholeThread: true) { return .seeOther(services.address("/forum")) }
        return .seeOther(services.address("/forum/threads/\(post.threadID)"))
    }

    /// The post with this id, if she wrote it; otherwise not found.
    private func ownPost(_ context: ChorusRequestContext, member: ForumMember) async throws -> (ForumPost, PostState) {
        guard let id = context.parameters.get("post").flatMap(Int64.init), let post = try await services.posts.post(id: id),
              post.authorID == member.id else { throw ForumRefusal.notFound }
        _ = try await services.visibleThread(String(post.threadID), for: member)
        return (post, try await services.posts.state(of: post))
    }

    // MARK: - Reporting

    /// Asks before a post is reported: the thread page links here, and only the form here reports.
    @Sendable func reportForm(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let member = try services.member(context, may: .report)
        let (post, state, _) = try await reportablePost(context, member: member)
        return try await confirmPage(
            post, state: state, action: "report", heading: .forumReportConfirmHeading, message: .forumReportConfirmBody,
            button: .forumReportConfirmButton, member: member, context: context)
    }

    @Sendable func report(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        let member = try services.member(context, may: .report)
        let (post, state, thread) = try await reportablePost(context, member: member)
        try await services.posting.report(post: post, state: state, by: member)
        return services.page("message", [
            "heading": services.renderer.catalogue[.forumReportedHeading],
            "message": services.renderer.catalogue[.forumReportedBody],
            "link": ["href": services.address("/forum/threads/\(thread.id)"), "text": services.renderer.catalogue[.forumBackToThread]],
        ], context: context)
    }
}

extension PostingController {
    /// Somebody else's post she can see in a thread she can see; otherwise not found.
    private func reportablePost(_ context: ChorusRequestContext, member: ForumMember) async throws -> (ForumPost, PostState, ForumThread) {
        guard let id = context.parameters.get("post").flatMap(Int64.init), let post = try await services.posts.post(id: id),
              post.authorID != member.id else { throw ForumRefusal.notFound }
        let (thread, _) = try await services.visibleThread(String(post.threadID), for: member)
        let state = try await services.posts.state(of: post)
        guard state.isVisibleToMembers else { throw ForumRefusal.notFound }
        return (post, state, thread)
    }

    /// The page that asks before `action` (delete or report) is done to `post`: the post as she
    /// sees it in the thread, what will happen, the one button that does it and the way back.
    private func confirmPage(
        _ post: ForumPost, state: PostState, action: String, heading: StringKey, message: StringKey, button: StringKey,
        member: ForumMember, context: ChorusRequestContext
    ) async throws -> Response {
        var views = PostViews(services: services, viewer: member)
        let author = try await views.pseudonym(post.authorID)
        guard var view = views.view(of: post, state: state, authorPseudonym: author) else {
            throw ForumRefusal.notFound
        }
        // Only the one thing this page does: no links to edit, delete or report from here.
        (view.mayEdit, view.mayDelete, view.mayReport) = (false, false, false)
        let catalogue = services.renderer.catalogue
        return services.page("forum-post-confirm", [
            "heading": catalogue[heading], "message": catalogue[message], "button": catalogue[button], "action": action,
            "post": ["id": String(post.id), "threadID": String(post.threadID)], "postHTML": services.postsHTML([view]),
        ], context: context)
    }
}

extension ForumServices {
    /// Why she may not post now, in words, or nil if she may.
    func refusalWords(_ check: PostingCheck, now: Date) -> String? {
        switch check {
        case .allowed:
            return nil
        case .refused(.standing(let status)):
            return standingMessage(status)
        case .refused(.rateLimited(let until)):
            return renderer.catalogue.text(.forumRateLimited, ["minutes": Self.minutes(from: now, to: until)])
        case .refused(.slowMode(let until)):
            return renderer.catalogue.text(.forumSlowModeWait, ["minutes": Self.minutes(from: now, to: until)])
        }
    }

    static func minutes(from now: Date, to until: Date) -> String {
        String(max(Int((until.timeIntervalSince(now) / 60).rounded(.up)), 1))
    }

    /// What is wrong with a title or body that the length rules refused.
    func textProblems(title: String?, body: String) -> [String] {
        let catalogue = renderer.catalogue
        var problems: [String] = []
        func words(_ problem: PostTextProblem, emptyKey: StringKey, longKey: StringKey) -> String {
            switch problem {
            case .empty, .tooShort: return catalogue[emptyKey]
            case .tooLong(let maximum): return catalogue.text(longKey, ["max": String(maximum)])
            }
        }
        if let title {
            do { _ = try policy.title(title) } catch { problems.append(words(error, emptyKey: .forumTitleEmpty, longKey: .forumTitleTooLong)) }
        }
        do { _ = try policy.body(body) } catch { problems.append(words(error, emptyKey: .forumBodyEmpty, longKey: .forumBodyTooLong)) }
        return problems
    }

    /// What to take out of a blocked post: the kinds of thing, never the detail itself.
    func blockMessage(_ decision: PostDecision) -> String {
        guard case .block(let concerns) = decision else { return renderer.catalogue[.forumBlocked] }
        let kinds = concerns.map { concern -> String in
            switch concern {
            case .identifyingDetail(let kind): return words(for: DetailKind(rawValue: kind) ?? .watchedWord)
            case .watchedWord: return words(for: .watchedWord)
            }
        }
        var unique: [String] = []
        for kind in kinds where !unique.contains(kind) { unique.append(kind) }
        return renderer.catalogue.text(.forumBlockedBecause, ["kinds": unique.joined(separator: ", ")])
    }

    /// A kind of detail in her language, as a member is told it (staff read `DetailKind.reason`).
    func words(for kind: DetailKind) -> String {
        let key: StringKey = switch kind {
        case .phoneNumber: .forumDetailPhoneNumber
        case .email: .forumDetailEmail
        case .postcode: .forumDetailPostcode
        case .streetAddress: .forumDetailStreetAddress
        case .url: .forumDetailWebAddress
        case .socialHandle: .forumDetailSocialHandle
        case .vehicleRegistration: .forumDetailVehicleRegistration
        case .dateOfBirth: .forumDetailDateOfBirth
        case .watchedName: .forumDetailWatchedName
        case .watchedPlace: .forumDetailWatchedPlace
        case .watchedWord: .forumDetailWatchedWord
        }
        return renderer.catalogue[key]
    }

    func editRefusalMessage(_ refusal: EditRefusal) -> String {
        let catalogue = renderer.catalogue
        switch refusal {
        case .standing(let status): return standingMessage(status)
        case .windowClosed: return catalogue.text(.forumEditWindowClosed, ["minutes": String(Int(policy.editWindow / 60))])
        case .underReview: return catalogue[.forumEditUnderReview]
        case .notEditable: return catalogue[.forumNothingToEdit]
        }
    }
}
