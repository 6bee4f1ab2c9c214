import Foundation
import Forum
import Storage
import SurveyKit

/// Turns stored threads and posts into what one member sees: Forum's `presentation(to:)` decides,
/// this only words it. Nothing here shows an exact time, who reported what, or whether anybody
/// is online.
struct PostViews {
    let services: ForumServices
    let viewer: ForumMember
    /// Pseudonyms by member id, looked up once per page.
    private(set) var names: [Int64: String] = [:]
    /// "This week", "October 2026": the words for each day (by its number), worked out once per page.
    private var dayWords: [Int: String] = Dictionary(minimumCapacity: 32)
    /// What is the same for every post of the page, worked out once for it.
    private let now: Date
    private let banding: CoarseTime.Banding
    private let mayReport: Bool
    private let formerMember: String
    /// When her own posts on the page were written (their edit windows), from memory.
    private var writtenAt: [Int64: Date] = [:]

    init(services: ForumServices, viewer: ForumMember) {
        self.services = services
        self.viewer = viewer
        now = services.clock()
        banding = services.banding()
        mayReport = viewer.standing.allows(.report, at: now)
        formerMember = services.renderer.catalogue[.forumFormerMember]
    }

    mutating func pseudonym(_ id: Int64?) async throws -> String? {
        guard let id else { return nil }
        if let known = names[id] { return known }
        let name = try await services.members.member(id: id)?.pseudonym
        names[id] = name
        return name
    }

    /// Learns when her own posts among `posts` were written, in one turn, before `view(of:)`
    /// decides whether she may still edit them.
    mutating func learnWhenWritten(_ posts: [ReadablePost]) async {
        let me = viewer.id
        let hers = posts.compactMap { $0.post.authorID == me ? $0.post.id : nil }
        guard !hers.isEmpty else { return }
        writtenAt = await services.activity.writtenAt(posts: hers)
    }

    /// The post as `viewer` sees it, or nil when it is not in the thread for her. Makes no query:
    /// its author and reports came with it, and when she wrote it from `learnWhenWritten`.
    mutating func view(of readable: ReadablePost) -> MemberPostView? {
        view(of: readable.post, state: PostState(stored: readable.post, reportCount: readable.reportCount),
             authorPseudonym: readable.authorPseudonym)
    }

    /// The same, for a post whose state is already known.
    mutating func view(of post: ForumPost, state: PostState, authorPseudonym: String?) -> MemberPostView? {
        let isAuthor = post.authorID == viewer.id
        var author: String? = authorPseudonym ?? formerMember
        var body: String?, note: String?, placeholder: String?
        switch state.presentation(to: isAuthor ? .author : .otherMember) {
        case .absent:
            return nil
        case .body:
            body = post.body ?? ""
        case .bodyWithNote(let authorNote):
            body = post.body ?? ""
            note = noteText(authorNote)
        case .placeholder(let shown):
            placeholder = placeholderText(shown)
            author = nil
        }
        var mayEdit = false, mayDelete = false
        if isAuthor, placeholder == nil {
            if let written = writtenAt[post.id],
               case .allowed = services.policy.canEdit(state: state, postedAt: written, standing: viewer.standing, now: now) {
                mayEdit = true
            }
            mayDelete = state.authorMayRemove
        }
        return MemberPostView(
            id: post.id, when: coarseTime(ofDay: post.createdDay), author: author, body: body, note: note,
            placeholder: placeholder, mayEdit: mayEdit, mayDelete: mayDelete,
            mayReport: !isAuthor && state.isVisibleToMembers && mayReport)
    }

    private mutating func coarseTime(ofDay day: String) -> String {
        // Kept by the day's number: hashing the day's text for every post was a twentieth of the page.
        let number = UTCDay.daysSince1970(of: day)
        if let number, let known = dayWords[number] { return known }
        let words = services.coarseTime(ofDayNumber: number, banding: banding)
        if let number { dayWords[number] = words }
        return words
    }

    func noteText(_ note: AuthorNote) -> String {
        let catalogue = services.renderer.catalogue
        switch note {
        case .waitingForModerator: return catalogue[.forumNoteWaiting]
        case .hiddenWhileModeratorLooks: return catalogue[.forumNoteHidden]
        case .rejected(let reason): return catalogue.text(.forumNoteRejected, ["reason": reason.text])
        case .removedByModerator(let reason): return catalogue.text(.forumNoteRemoved, ["reason": reason.text])
        }
    }

    func placeholderText(_ placeholder: PostPlaceholder) -> String {
        let catalogue = services.renderer.catalogue
        switch placeholder {
        case .hiddenWhileModeratorLooks: return catalogue[.forumPlaceholderHidden]
        case .removedByAuthor: return catalogue[.forumPlaceholderRemovedByAuthor]
        case .removedByModerator: return catalogue[.forumPlaceholderRemovedByModerator]
        }
    }
}

extension PostState {
    /// Whether its author can still delete it (`afterAuthorRemoves()` would not refuse).
    var authorMayRemove: Bool {
        switch self {
        case .removedByAuthor, .removedByModerator: return false
        default: return true
        }
    }
}
