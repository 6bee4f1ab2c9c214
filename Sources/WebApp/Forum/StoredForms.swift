import Foundation
import Forum
import IdentifyingDetails
import Services
import Storage

// Storage keeps members' standing by name; Forum's rules work on `MemberStanding`. Posts' states
// are translated in Services (ForumTranslations.swift).

extension ForumServices {
    /// A stored post's state, counting its reports only when the state carries a count.
    func state(of post: ForumPost) async throws -> PostState {
        let counted = post.state == .visibleReported || post.state == .hiddenPendingReview
        return PostState(stored: post, reportCount: counted ? try await posts.reportCount(postID: post.id) : 0)
    }
}

extension ForumMember {
    /// Her standing, for Forum's rules. A restriction that does not read errs towards restriction.
    var standing: MemberStanding {
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

    /// When she joined, as far as anybody knows: midday on the day.
    var memberSince: Date { ForumServices.date(ofDay: joinedDay) }
}

extension MemberStanding.Restriction {
    var stored: StoredRestriction {
        switch self {
        case .unrestricted: return .none
        case .suspended(let until, let reason): return .suspended(until: until.formatted(.iso8601), reason: reason.text)
        case .banned(let reason): return .banned(reason: reason.text)
        }
    }
}
