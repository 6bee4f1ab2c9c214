import Forum
import Foundation
import Testing

/// Fixed moments, calendars and texts for the moderation tests. Nothing here reads the clock.
enum ModerationFixture {
    /// A moment written in ISO 8601, such as "2026-03-14T10:00:00Z".
    static func at(_ iso: String) -> Date {
        guard let date = try? Date(iso, strategy: .iso8601) else {
            Issue.record("Not an ISO 8601 moment: \(iso)")
            return .distantPast
        }
        return date
    }

    /// A Saturday in March 2026, mid-morning.
    static let now = at("2026-03-14T10:00:00Z")

    static let minute: TimeInterval = 60
    static let hour: TimeInterval = 60 * minute
    static let day: TimeInterval = 24 * hour

    /// Gregorian, weeks from Monday, in the given time zone.
    static func calendar(_ zone: String = "UTC", firstWeekday: Int = 2) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone) ?? .gmt
        calendar.firstWeekday = firstWeekday
        return calendar
    }

    static let utc = calendar()
    static let london = calendar("Europe/London")

    /// Words a moderator wrote; the fixtures are all valid.
    static func words(_ text: String) -> ModeratorText {
        guard let words = ModeratorText(text) else {
            Issue.record("Not valid moderator text: \(text)")
            return fallbackWords
        }
        return words
    }

    // Literals these types always accept, for a fixture that went wrong (and was recorded as an issue).
    private static let fallbackWords = ModeratorText("fallback")!
    private static let redactedFallback = PostText(normalising: "x")!
    private static let one = ReportCount(1)!

    static let reason = words("It names a school.")
    static let otherReason = words("Please keep to the house rules.")

    static let redacted = PostText(normalising: "I moved to [place] last year.") ?? redactedFallback

    static let phone = ScreenConcern.identifyingDetail(kind: "phone")
    static let postcode = ScreenConcern.identifyingDetail(kind: "postcode")
    static let watched = ScreenConcern.watchedWord("refuge address")

    static func reports(_ count: Int) -> ReportCount {
        guard let reports = ReportCount(count) else {
            Issue.record("Not a report count: \(count)")
            return one
        }
        return reports
    }

    static let held = PostState.held(NonEmptySet(.newMember))

    static func standing(warnings: Int = 0, _ restriction: MemberStanding.Restriction = .unrestricted) -> MemberStanding {
        MemberStanding(warnings: warnings, restriction: restriction) ?? .newMember
    }
}
