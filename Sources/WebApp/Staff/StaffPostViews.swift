import Foundation
import Forum
import IdentifyingDetails
import Services
import Storage

/// What the staff pages show of posts and their authors. A moderator learns, about a member,
/// only what `MemberSummary` holds: her pseudonym, her membership band and her moderation history.
struct StaffPostViews {
    let services: ForumServices
    private var summaries: [Int64: [String: Any]] = [:]
    private var threads: [Int64: ForumThread] = [:]

    init(services: ForumServices) { self.services = services }

    /// A post in the queue (or on its own page): why it is there, its text with the screen's
    /// matches marked, where it is, who wrote it, and the actions her role allows.
    mutating func card(_ post: ForumPost, state: PostState, account: StaffAccount) async throws -> [String: Any] {
        let body = post.body ?? ""
        var card: [String: Any] = [
            "id": String(post.id),
            "reasons": Self.reasons(state),
            "paragraphs": Self.highlighted(body, matches: services.screen.matches(in: body)),
            "redactValue": body,
            "when": services.coarseTime(ofDay: post.createdDay),
            "maximumLength": String(services.policy.bodyLength.upperBound),
            "mayModerate": StaffPermissions.permits(account, .moderatePosts),
            "mayApprove": (try? state.applying(.approve)) != nil,
        ]
        if let thread = try await thread(post.threadID) {
            card["thread"] = [
                "id": String(thread.id),
                "title": thread.title ?? "(title removed with its author's account)",
                "space": services.space(thread.space)?.name ?? thread.space,
                "mayRead": StaffPermissions.permits(account, .readForum),
            ]
        }
        if StaffPermissions.permits(account, .readMemberHistory) {
            card["member"] = try await summary(post.authorID) ?? ["former": true]
        }
        return card
    }

    /// A post in the staff thread view: every post, whatever its state, with the state in words.
    mutating func threadPost(_ post: ForumPost, account: StaffAccount) async throws -> [String: Any] {
        let state = try await services.posts.state(of: post)
        var view: [String: Any] = [
            "id": String(post.id),
            "state": Self.stateWords(state),
            "when": services.coarseTime(ofDay: post.createdDay),
            "paragraphs": Self.highlighted(post.body ?? "", matches: []),
            "queued": state.reviewReason != nil && StaffPermissions.permits(account, .readQueue),
        ]
        if let summary = try await summary(post.authorID) {
            view["author"] = summary["pseudonym"]
            view["mayReadMember"] = StaffPermissions.permits(account, .readMemberHistory)
        }
        return view
    }

    private mutating func thread(_ id: Int64) async throws -> ForumThread? {
        if let known = threads[id] { return known }
        let thread = try await services.posts.thread(id: id)
        threads[id] = thread
        return thread
    }

    /// Her `MemberSummary`, for a template; nil once her account is deleted.
    mutating func summary(_ authorID: Int64?) async throws -> [String: Any]? {
        guard let authorID else { return nil }
        if let known = summaries[authorID] { return known }
        guard let member = try await services.members.member(id: authorID) else { return nil }
        let view = try await Self.summaryView(of: member, services: services)
        summaries[authorID] = view
        return view
    }

    static func summaryView(of member: ForumMember, services: ForumServices) async throws -> [String: Any] {
        let postTargets = try await services.posts.postIDs(authorID: member.id).map { "post:\($0)" }
        let stored = try await services.audit.entries(targets: ["member:\(member.pseudonym)"] + postTargets)
        let summary = MemberSummary(pseudonym: member.pseudonym, memberSince: member.memberSince,
                                    history: stored.compactMap(StaffAudit.entry), now: services.clock(), calendar: services.calendar)
        return [
            "pseudonym": summary.pseudonym,
            "band": summary.membership.staffWords,
            "history": summary.history.map { ["when": services.words(for: $0.when), "what": StaffAuditWords.words($0.action)] },
            "noHistory": summary.history.isEmpty,
        ]
    }

    /// Why a post is in the queue, each reason in words.
    static func reasons(_ state: PostState) -> [String] {
        switch state.reviewReason {
        case .held(let reasons)?:
            return reasons.sorted().map { reason in
                switch reason {
                case .newMember: return "Held: her first posts wait for a moderator."
                case .identifyingDetail(let kind):
                    return "Held: it may contain \(DetailKind(rawValue: kind)?.reason ?? "an identifying detail")."
                case .watchedWord(let word): return "Held: it contains \u{201C}\(word)\u{201D}, a word on the watch list."
                }
            }
        case .reported(let count)?:
            return ["Reported by \(count.value) \(count.value == 1 ? "member" : "members"); still visible."]
        case .hiddenAfterReports(let count)?:
            return ["Hidden after \(count.value) \(count.value == 1 ? "report" : "reports")."]
        case nil:
            return []
        }
    }

    static func stateWords(_ state: PostState) -> String {
        switch state {
        case .held: return "Held for a moderator"
        case .visible: return "Published"
        case .visibleReported(let reports): return "Published, reported by \(reports.value)"
        case .hiddenPendingReview(let reports): return "Hidden after \(reports.value) reports"
        case .rejected(let reason): return "Rejected: \u{201C}\(reason.text)\u{201D}"
        case .removedByAuthor: return "Removed by its author"
        case .removedByModerator(let reason): return "Removed by a moderator: \u{201C}\(reason.text)\u{201D}"
        }
    }

    /// The body as paragraphs of lines of pieces, each piece marked when the screen matched it.
    /// Mustache escapes every piece; the template adds `<mark>` around marked ones.
    static func highlighted(_ body: String, matches: [DetailMatch]) -> [[String: Any]] {
        var paragraphs: [[[[String: Any]]]] = []
        var lines: [[[String: Any]]] = []
        var line: [[String: Any]] = []
        func endLine() {
            if !line.isEmpty { lines.append(line) }
            line = []
        }
        func endParagraph() {
            endLine()
            if !lines.isEmpty { paragraphs.append(lines) }
            lines = []
        }
        var newlines = 0
        for segment in HighlightSegment.segments(of: body, highlighting: matches) {
            let parts = segment.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                if index > 0 {
                    newlines += 1
                    if newlines == 1 { endLine() } else if newlines == 2 { endParagraph() }
                }
                if !part.isEmpty {
                    newlines = 0
                    line.append(["text": String(part), "mark": segment.match != nil,
                                 "kind": segment.match.map { $0.kind.reason } ?? ""])
                }
            }
        }
        endParagraph()
        return paragraphs.map { lines in
            ["lines": lines.enumerated().map { index, pieces in ["pieces": pieces, "br": index < lines.count - 1] }]
        }
    }
}
