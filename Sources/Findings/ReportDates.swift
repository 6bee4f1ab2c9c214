import Foundation

/// Dates as people write them ("14 March 2025", "March 2025"), in the report's language, from the
/// `YYYY-MM-DD` and `YYYY-MM` the data files keep. A value that does not read as a date is shown
/// as it is.
enum ReportDates {
    private static func style(_ language: String) -> Date.FormatStyle {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        return Date.FormatStyle(date: .omitted, time: .omitted, locale: Locale(identifier: language), calendar: utc, timeZone: utc.timeZone)
    }

    private static func date(year: Int, month: Int, day: Int) -> Date? {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        return utc.date(from: DateComponents(year: year, month: month, day: day, hour: 12))
    }

    static func day(_ text: String, language: String) -> String {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let date = date(year: parts[0], month: parts[1], day: parts[2]) else { return text }
        return date.formatted(style(language).day().month(.wide).year())
    }

    static func month(_ text: String, language: String) -> String {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, let date = date(year: parts[0], month: parts[1], day: 15) else { return text }
        return date.formatted(style(language).month(.wide).year())
    }
}
