import Foundation

/// The only time Chorus keeps about a survivor: the day, `YYYY-MM-DD` in UTC (ARCHITECTURE.md,
/// "Decisions for the storage layer").
public enum UTCDay {
    public static func string(from date: Date) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}

extension UTCDay {
    /// Midday UTC on a `YYYY-MM-DD` day: the moment used for something only its day is known of
    /// (a forum post, a joining). Nil if `day` is not such a day.
    public static func midday(of day: String) -> Date? {
        let parts = day.split(separator: "-", omittingEmptySubsequences: false).compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var components = DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12)
        components.timeZone = TimeZone(identifier: "UTC")
        guard let date = Calendar(identifier: .gregorian).date(from: components), string(from: date) == day else { return nil }
        return date
    }
}
