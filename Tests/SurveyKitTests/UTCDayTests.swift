import Foundation
@testable import SurveyKit
import Testing

/// The day arithmetic agrees with Foundation's Gregorian calendar in UTC, day by day.
@Suite struct UTCDayTests {
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    @Test func everyDayOfFourCenturiesMatchesTheCalendar() {
        // 1900 (not leap), 2000 (leap), 2100 (not leap) and the days around each.
        var mismatches: [String] = []
        for offset in stride(from: -25_567, through: 120_000, by: 1) {
            let date = Date(timeIntervalSince1970: Double(offset) * 86_400 + 43_200)
            let parts = Self.utc.dateComponents([.year, .month, .day], from: date)
            let expected = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
            let text = UTCDay.string(from: date)
            if text != expected || UTCDay.midday(of: expected) != date || UTCDay.daysSince1970(of: expected) != offset {
                mismatches.append("\(offset): \(text) vs \(expected)")
            }
            if mismatches.count > 5 { break }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func anyMomentOfADayIsThatDay() {
        let midnight = Date(timeIntervalSince1970: 1_796_000_000).timeIntervalSince1970.rounded(.down)
        let start = Date(timeIntervalSince1970: midnight - midnight.truncatingRemainder(dividingBy: 86_400))
        #expect(UTCDay.string(from: start) == UTCDay.string(from: start.addingTimeInterval(86_399.9)))
        #expect(UTCDay.string(from: start) != UTCDay.string(from: start.addingTimeInterval(86_400)))
        #expect(UTCDay.string(from: Date(timeIntervalSince1970: -1)) == "1969-12-31")
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-4-01", "2026/04/01", "２０２６-04-01", "", "2026-04-01 "])
    func notADay(_ text: String) {
        #expect(UTCDay.midday(of: text) == nil)
        #expect(UTCDay.daysSince1970(of: text) == nil)
    }

    @Test func leapDaysAreDays() {
        #expect(UTCDay.midday(of: "2024-02-29") != nil)
        #expect(UTCDay.midday(of: "2000-02-29") != nil)
        #expect(UTCDay.midday(of: "1900-02-29") == nil)
    }
}
