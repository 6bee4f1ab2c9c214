import Foundation

/// The only time Chorus keeps about a survivor: the day, `YYYY-MM-DD` in UTC (design.md).
public enum UTCDay {
    public static func string(from date: Date) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
