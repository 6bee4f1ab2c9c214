import Foundation
import Forum
import IdentifyingDetails
import Storage
import SurveyKit

// Storage keeps states by name and their details as JSON; Forum's rules work on `PostState`; the
// identifying-detail screen gives verdicts. These are the translations between the three, shared by
// the posting service and the pages that show and moderate posts.

/// What a post's `stateDetail` column holds: why it was held, or the moderator's reason.
public struct PostStateDetail: Codable, Equatable, Sendable {
    public struct Hold: Codable, Equatable, Sendable {
        /// "newMember", "identifyingDetail" or "watchedWord".
        public var reason: String
        /// The detail kind, or the watched word.
        public var value: String?

        public init(reason: String, value: String? = nil) {
            self.reason = reason
            self.value = value
        }
    }

    public var holds: [Hold]?
    public var reason: String?

    public init(holds: [Hold]? = nil, reason: String? = nil) {
        self.holds = holds
        self.reason = reason
    }

    public static func decode(_ json: String?) -> PostStateDetail {
        guard let json, let detail = try? JSONDecoder().decode(PostStateDetail.self, from: Data(json.utf8)) else {
            return PostStateDetail()
        }
        return detail
    }

    public var json: String? {
        guard holds != nil || reason != nil, let data = try? JSONEncoder().encode(self) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

extension HoldReason {
    public var stored: PostStateDetail.Hold {
        switch self {
        case .newMember: return .init(reason: "newMember")
        case .identifyingDetail(let kind): return .init(reason: "identifyingDetail", value: kind)
        case .watchedWord(let word): return .init(reason: "watchedWord", value: word)
        }
    }

    public init?(stored: PostStateDetail.Hold) {
        switch (stored.reason, stored.value) {
        case ("newMember", _): self = .newMember
        case ("identifyingDetail", let kind?): self = .identifyingDetail(kind: kind)
        case ("watchedWord", let word?): self = .watchedWord(word)
        default: return nil
        }
    }
}

extension PostState {
    /// A stored post's state, with its reports counted. A detail that does not read (it cannot
    /// happen short of editing the file by hand) errs towards a moderator looking.
    public init(stored post: ForumPost, reportCount: Int) {
        // The detail is read only for the states that carry one: a thread page reads every post.
        let reports = ReportCount(reportCount) ?? ReportCount(1)!
        var reason: ModeratorText {
            PostStateDetail.decode(post.stateDetail).reason.flatMap(ModeratorText.init) ?? ModeratorText("No reason was recorded.")!
        }
        switch post.state {
        case .held:
            let holds = PostStateDetail.decode(post.stateDetail).holds ?? []
            self = .held(NonEmptySet(holds.compactMap(HoldReason.init(stored:))) ?? NonEmptySet(.newMember))
        case .visible: self = .visible
        case .visibleReported: self = .visibleReported(reports: reports)
        case .hiddenPendingReview: self = .hiddenPendingReview(reports: reports)
        case .rejected: self = .rejected(reason: reason)
        case .removedByAuthor: self = .removedByAuthor
        case .removedByModerator: self = .removedByModerator(reason: reason)
        }
    }

    /// The state's name and detail, for `ForumStore`. Report counts live in the report table.
    public var stored: (state: StoredPostState, detail: String?) {
        switch self {
        case .held(let reasons): return (.held, PostStateDetail(holds: reasons.map(\.stored)).json)
        case .visible: return (.visible, nil)
        case .visibleReported: return (.visibleReported, nil)
        case .hiddenPendingReview: return (.hiddenPendingReview, nil)
        case .rejected(let reason): return (.rejected, PostStateDetail(reason: reason.text).json)
        case .removedByAuthor: return (.removedByAuthor, nil)
        case .removedByModerator(let reason): return (.removedByModerator, PostStateDetail(reason: reason.text).json)
        }
    }
}

extension IdentifyingDetailScreen {
    /// The screen's verdict in the moderation rules' terms: watch-list matches are watched words
    /// (by their text), every other match an identifying detail (by its kind).
    public func outcome(for text: String) -> ScreenOutcome {
        func concerns(_ matches: [DetailMatch]) -> NonEmptySet<ScreenConcern>? {
            NonEmptySet(matches.map { match -> ScreenConcern in
                switch match.kind {
                case .watchedName, .watchedPlace, .watchedWord: return .watchedWord(match.text)
                default: return .identifyingDetail(kind: match.kind.rawValue)
                }
            })
        }
        switch verdict(for: text) {
        case .clear: return .clear
        case .hold(let matches): return concerns(matches).map(ScreenOutcome.hold) ?? .clear
        case .block(let matches): return concerns(matches).map(ScreenOutcome.block) ?? .clear
        }
    }
}

extension ForumStore {
    /// A stored post's state, counting its reports only when the state carries a count.
    public func state(of post: ForumPost) async throws -> PostState {
        let counted = StoredPostState.carriesReports.contains(post.state)
        return PostState(stored: post, reportCount: counted ? try await reportCount(postID: post.id) : 0)
    }
}

// Storage keeps members' standing by name; Forum's rules work on `MemberStanding`.

extension ForumMember {
    /// Her standing, for Forum's rules. A restriction that does not read errs towards restriction.
    public var standing: MemberStanding {
        let restriction: MemberStanding.Restriction
        switch self.restriction {
        case .none:
            restriction = .unrestricted
        case .suspended(let until, let reason):
            let end = (try? Date(until, strategy: .iso8601)) ?? .distantFuture
            restriction = .suspended(until: end, reason: ModeratorText(reason) ?? ModeratorText("Suspended.")!)
        case .banned(let reason):
            restriction = .banned(reason: ModeratorText(reason) ?? ModeratorText("Banned.")!)
        }
        return MemberStanding(warnings: warnings, restriction: restriction) ?? .newMember
    }

    /// When she joined, as far as anybody knows: midday on the day (storage keeps only the day).
    public var memberSince: Date { UTCDay.midday(of: joinedDay) ?? .distantPast }
}

extension MemberStanding.Restriction {
    public var stored: StoredRestriction {
        switch self {
        case .unrestricted: return .none
        case .suspended(let until, let reason): return .suspended(until: until.formatted(.iso8601), reason: reason.text)
        case .banned(let reason): return .banned(reason: reason.text)
        }
    }
}
