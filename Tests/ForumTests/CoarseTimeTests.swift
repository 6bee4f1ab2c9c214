import Forum
import Foundation
import Testing

private typealias F = ModerationFixture

/// "This week", then the month; and membership bands. Boundaries to the second.
@Suite struct CoarseTimeTests {
    // 2026-03-14 is a Saturday; its week (from Monday) began on 2026-03-09.
    @Test(arguments: [
        ("2026-03-14T10:00:00Z", CoarseTime.thisWeek),
        ("2026-03-14T09:59:59Z", .thisWeek),
        ("2026-03-09T00:00:00Z", .thisWeek),
        ("2026-03-08T23:59:59Z", .month(year: 2026, month: .march)),
        ("2026-03-01T00:00:00Z", .month(year: 2026, month: .march)),
        ("2026-02-28T23:59:59Z", .month(year: 2026, month: .february)),
        ("2025-12-31T12:00:00Z", .month(year: 2025, month: .december)),
        ("2025-03-14T10:00:00Z", .month(year: 2025, month: .march)),
        // a clock that was ahead
        ("2026-03-20T10:00:00Z", .thisWeek),
    ])
    func bandsSeenOnASaturday(_ when: String, _ expected: CoarseTime) {
        #expect(CoarseTime(F.at(when), now: F.now, calendar: F.utc) == expected)
    }

    @Test(arguments: [
        // now, the post, the band
        // The first moment of a week: last week's posts have just become their month.
        ("2026-03-09T00:00:00Z", "2026-03-09T00:00:00Z", CoarseTime.thisWeek),
        ("2026-03-09T00:00:00Z", "2026-03-08T23:59:59Z", .month(year: 2026, month: .march)),
        // A week that starts in one month and ends in the next.
        ("2026-04-01T12:00:00Z", "2026-03-30T08:00:00Z", .thisWeek),
        ("2026-04-01T12:00:00Z", "2026-03-29T23:59:59Z", .month(year: 2026, month: .march)),
        // And one that starts in one year.
        ("2026-01-01T12:00:00Z", "2025-12-29T00:00:00Z", .thisWeek),
        ("2026-01-01T12:00:00Z", "2025-12-28T23:59:59Z", .month(year: 2025, month: .december)),
        // The last moment of a week.
        ("2026-03-15T23:59:59Z", "2026-03-09T00:00:00Z", .thisWeek),
        ("2026-03-16T00:00:00Z", "2026-03-15T23:59:59Z", .month(year: 2026, month: .march)),
    ])
    func weekBoundaries(_ now: String, _ when: String, _ expected: CoarseTime) {
        #expect(CoarseTime(F.at(when), now: F.at(now), calendar: F.utc) == expected)
    }

    @Test(arguments: [
        // In London the week begins at local midnight: in summer time that is 23:00 UTC the day before.
        ("2026-03-30T08:00:00Z", "2026-03-29T23:00:00Z", CoarseTime.thisWeek),
        ("2026-03-30T08:00:00Z", "2026-03-29T22:59:59Z", .month(year: 2026, month: .march)),
        // The clocks go back on the last day of this week (Sunday 25 October): the week still
        // began at midnight, summer time, on Monday 19 October.
        ("2026-10-25T12:00:00Z", "2026-10-18T23:00:00Z", .thisWeek),
        ("2026-10-25T12:00:00Z", "2026-10-18T22:59:59Z", .month(year: 2026, month: .october)),
        // The month is London's too: 23:30 UTC on 31 March is 00:30 on 1 April.
        ("2026-06-10T12:00:00Z", "2026-03-31T23:30:00Z", .month(year: 2026, month: .april)),
        // And in winter London is UTC.
        ("2026-01-14T12:00:00Z", "2026-01-11T23:59:59Z", .month(year: 2026, month: .january)),
        ("2026-01-14T12:00:00Z", "2026-01-12T00:00:00Z", .thisWeek),
    ])
    func londonTime(_ now: String, _ when: String, _ expected: CoarseTime) {
        #expect(CoarseTime(F.at(when), now: F.at(now), calendar: F.london) == expected)
    }

    @Test func utcDisagreesWithLondonWhereItShould() {
        let lateOnTheLastOfMarch = F.at("2026-03-31T23:30:00Z")
        let june = F.at("2026-06-10T12:00:00Z")
        #expect(CoarseTime(lateOnTheLastOfMarch, now: june, calendar: F.utc) == .month(year: 2026, month: .march))
        #expect(CoarseTime(lateOnTheLastOfMarch, now: june, calendar: F.london) == .month(year: 2026, month: .april))
    }

    @Test func theFirstDayOfTheWeekComesFromTheCalendar() {
        let sunday = F.at("2026-03-08T12:00:00Z")
        #expect(CoarseTime(sunday, now: F.now, calendar: F.utc) == .month(year: 2026, month: .march))
        #expect(CoarseTime(sunday, now: F.now, calendar: F.calendar(firstWeekday: 1)) == .thisWeek)
    }

    @Test func monthsAreGregorianWhateverTheCalendar() {
        var hebrew = Calendar(identifier: .hebrew)
        hebrew.timeZone = .gmt
        hebrew.firstWeekday = 2
        #expect(CoarseTime(F.at("2025-12-31T12:00:00Z"), now: F.now, calendar: hebrew) == .month(year: 2025, month: .december))
    }

    @Test func everyMonthHasItsNumber() {
        #expect(CoarseTime.Month.allCases.map(\.rawValue) == Array(1...12))
        for month in 1...12 {
            let date = F.at(String(format: "2025-%02d-15T12:00:00Z", month))
            #expect(CoarseTime(date, now: F.now, calendar: F.utc) == .month(year: 2025, month: CoarseTime.Month(rawValue: month) ?? .january))
        }
    }

    // MARK: Membership bands

    @Test(arguments: [
        ("2026-01-15T10:00:00Z", MembershipBand.underAMonth),
        ("2026-02-15T09:59:59Z", .underAMonth),
        ("2026-02-15T10:00:00Z", .oneToSixMonths),
        ("2026-07-15T09:59:59Z", .oneToSixMonths),
        ("2026-07-15T10:00:00Z", .sixToTwelveMonths),
        ("2027-01-15T09:59:59Z", .sixToTwelveMonths),
        ("2027-01-15T10:00:00Z", .overAYear),
        ("2031-06-01T00:00:00Z", .overAYear),
        // a join date "in the future"
        ("2026-01-01T00:00:00Z", .underAMonth),
    ])
    func membershipBands(_ now: String, _ expected: MembershipBand) {
        let joined = F.at("2026-01-15T10:00:00Z")
        #expect(MembershipBand(memberSince: joined, now: F.at(now), calendar: F.utc) == expected)
    }

    /// A banding holds for the day it was made in, to the next midnight, also on a day whose
    /// midnight the clocks skip (Chile goes from 00:00 to 01:00 on a Sunday in September), so the
    /// week still turns at Monday's midnight for a banding made on the Sunday.
    @Test func aBandingHoldsToTheNextMidnightEvenWhenTheClocksSkipOne() throws {
        var santiago = Calendar(identifier: .gregorian)
        santiago.timeZone = try #require(TimeZone(identifier: "America/Santiago"))
        santiago.firstWeekday = 2
        let sundayNoon = F.at("2024-09-08T15:00:00Z")
        let banding = CoarseTime.Banding(now: sundayNoon, calendar: santiago)
        let monday = try #require(santiago.date(from: DateComponents(year: 2024, month: 9, day: 9)))
        #expect(santiago.component(.hour, from: santiago.startOfDay(for: sundayNoon)) == 1, "the clocks skipped midnight")
        #expect(banding.holds.contains(sundayNoon))
        #expect(banding.holds.upperBound == monday)
        let lastWeek = F.at("2024-09-06T15:00:00Z")
        #expect(banding.band(of: lastWeek) == .thisWeek)
        #expect(CoarseTime(lastWeek, now: monday.addingTimeInterval(1800), calendar: santiago) == .month(year: 2024, month: .september))
    }

    @Test func bandsAreOrdered() {
        #expect(MembershipBand.allCases == MembershipBand.allCases.sorted())
        #expect(MembershipBand.underAMonth < .overAYear)
    }
}
