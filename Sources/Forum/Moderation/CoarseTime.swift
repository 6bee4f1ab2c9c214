import Foundation

/// When something happened, as coarsely as members are ever told: "this week", then the month.
///
/// The bands follow the calendar, not the age of the post: every post made this week changes to
/// its month at the same moment (the start of the week), so watching a page for the change tells
/// nobody when a particular post was made. For the same reason there is no "today", "last week"
/// or "an hour ago": the issue asks for "this week", then the month. The catalogue words each
/// case ("this week", "March 2026").
public enum CoarseTime: Hashable, Sendable {
    /// Since the start of the current week (or later: a clock that was ahead).
    case thisWeek
    /// Before this week: the month it fell in.
    case month(year: Int, month: Month)

    public enum Month: Int, Hashable, Sendable, CaseIterable {
        case january = 1, february, march, april, may, june
        case july, august, september, october, november, december
    }

    /// The band `date` falls in, seen at `now`.
    ///
    /// The week starts at midnight on `calendar.firstWeekday` in `calendar.timeZone` (for the
    /// forum: Monday, Europe/London). Months are Gregorian whatever `calendar` is.
    public init(_ date: Date, now: Date, calendar: Calendar) {
        self = Banding(now: now, calendar: calendar).band(of: date)
    }

    /// The bands of many moments seen at one `now`, with the start of the week worked out once
    /// (a thread page bands every post).
    public struct Banding: Sendable {
        let gregorian: Calendar
        let startOfWeek: Date
        /// The day `now` fell in: the bands are the same for any `now` in it (the week only
        /// starts at a midnight), so a caller may keep this banding for that long.
        public let holds: Range<Date>

        public init(now: Date, calendar: Calendar) {
            gregorian = CoarseTime.gregorian(like: calendar)
            startOfWeek = CoarseTime.startOfWeek(containing: now, in: gregorian)
            // The calendar's own day, not "midnight plus a day": on a day whose midnight the
            // clocks skip (Chile's spring), the day starts at 01:00 but still ends at midnight.
            let day = gregorian.dateInterval(of: .day, for: now) ?? DateInterval(start: now, duration: 1)
            holds = day.start..<max(day.end, now.addingTimeInterval(1))
        }

        /// Whether `date` is in this week's band; anything earlier is in its month's, which
        /// never changes (so a caller may keep the words for an earlier day).
        public func isThisWeek(_ date: Date) -> Bool { date >= startOfWeek }

        public func band(of date: Date) -> CoarseTime {
            if isThisWeek(date) { return .thisWeek }
            let parts = gregorian.dateComponents([.year, .month], from: date)
            return .month(year: parts.year ?? 1970, month: parts.month.flatMap(Month.init(rawValue:)) ?? .january)
        }
    }

    /// A Gregorian calendar with `calendar`'s time zone and first day of the week.
    static func gregorian(like calendar: Calendar) -> Calendar {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = calendar.timeZone
        gregorian.firstWeekday = calendar.firstWeekday
        gregorian.minimumDaysInFirstWeek = calendar.minimumDaysInFirstWeek
        return gregorian
    }

    /// Midnight at the start of the week containing `now`, by whole calendar days (so a change of
    /// clocks within the week is handled).
    static func startOfWeek(containing now: Date, in calendar: Calendar) -> Date {
        let today = calendar.startOfDay(for: now)
        let daysIntoWeek = (calendar.component(.weekday, from: now) - calendar.firstWeekday + 7) % 7
        return calendar.date(byAdding: .day, value: -daysIntoWeek, to: today) ?? today
    }
}

/// How long somebody has been a member, as moderators see it: never the date she joined.
public enum MembershipBand: Int, Hashable, Comparable, Sendable, CaseIterable {
    /// Less than a month.
    case underAMonth
    /// From one whole month up to (not including) six.
    case oneToSixMonths
    /// From six whole months up to (not including) twelve.
    case sixToTwelveMonths
    /// Twelve whole months or more.
    case overAYear

    /// Her band at `now`, counting whole calendar months since `memberSince` in `calendar`'s time
    /// zone: a member who joined on 15 January at 10:00 reaches one month on 15 February at 10:00.
    /// A join date after `now` (a clock that was ahead) counts as less than a month.
    public init(memberSince: Date, now: Date, calendar: Calendar) {
        let gregorian = CoarseTime.gregorian(like: calendar)
        let months = memberSince < now ? gregorian.dateComponents([.month], from: memberSince, to: now).month ?? 0 : 0
        switch months {
        case ..<1: self = .underAMonth
        case 1..<6: self = .oneToSixMonths
        case 6..<12: self = .sixToTwelveMonths
        default: self = .overAYear
        }
    }

    public static func < (lhs: MembershipBand, rhs: MembershipBand) -> Bool { lhs.rawValue < rhs.rawValue }
}
