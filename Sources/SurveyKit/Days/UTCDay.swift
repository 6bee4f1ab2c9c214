import Foundation

/// The only time Chorus keeps about a survivor: the day, `YYYY-MM-DD` in UTC (ARCHITECTURE.md,
/// "Decisions for the storage layer").
///
/// Worked out with whole-day arithmetic on the proleptic Gregorian calendar (Howard Hinnant's
/// `days_from_civil` and `civil_from_days`) rather than through `Calendar`: a forum page turns
/// every post's day into a moment, and `Calendar` made that a tenth of the page's work.
/// `UTCDayTests` checks both against `Calendar` over four centuries.
public enum UTCDay {
    public static func string(from date: Date) -> String {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        let (year, month, day) = civil(fromDays: days)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}

extension UTCDay {
    /// Midday UTC on a `YYYY-MM-DD` day: the moment used for something only its day is known of
    /// (a forum post, a joining). Nil if `day` is not such a day.
    public static func midday(of day: String) -> Date? {
        daysSince1970(of: day).map(midday(daysSince1970:))
    }

    /// Midday UTC on the day `days` after 1970-01-01.
    public static func midday(daysSince1970 days: Int) -> Date {
        Date(timeIntervalSince1970: Double(days) * 86_400 + 43_200)
    }

    /// Whole days from 1970-01-01 to a `YYYY-MM-DD` day, or nil if `day` is not such a day. Read
    /// from the string's own bytes: a thread page reads every post's day.
    public static func daysSince1970(of day: String) -> Int? {
        var day = day
        return day.withUTF8 { bytes -> Int? in
            guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
                  let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let dayOfMonth = number(bytes[8..<10]),
                  (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(dayOfMonth) else { return nil }
            return days(year: year, month: month, day: dayOfMonth)
        }
    }

    private static func number(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var value = 0
        for byte in digits {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a Gregorian date.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The Gregorian date `days` after 1970-01-01.
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted + (shifted < 10 ? 3 : -9)
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
