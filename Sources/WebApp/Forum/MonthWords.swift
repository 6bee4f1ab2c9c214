import Foundation
import Synchronization

/// "March 2026" in one language, written once per month and kept: formatting a date is slow
/// (ICU), and a thread page writes a month for every post.
final class MonthWords: Sendable {
    private let style: Date.FormatStyle
    private let written = Mutex<[Int: String]>([:])
    /// The words for a stored day before this week, by its number (`UTCDay.daysSince1970`):
    /// finding a day's month in the forum's time zone (Foundation's calendar) was a twentieth of a
    /// thread page, and hashing the day's text for each post a fiftieth.
    private let days = Mutex<[Int: String]>([:])
    /// Far more months than a forum shows; past this the memory starts again.
    static let limit = 2400

    init(style: Date.FormatStyle) { self.style = style }

    func words(year: Int, month: Int) -> String {
        Self.kept(year * 100 + month, in: written) {
            let date = style.calendar.date(from: DateComponents(year: year, month: month, day: 15)) ?? .distantPast
            return date.formatted(style)
        }
    }

    /// The words for `day`, a day before this week, kept once worked out by `month`.
    func words(ofDay day: Int, month: () -> String) -> String {
        Self.kept(day, in: days, making: month)
    }

    /// The words under `key` in `table`, made and kept if they are not there yet; past `limit`
    /// entries the table starts again.
    private static func kept<Key: Hashable & Sendable>(_ key: Key, in table: borrowing Mutex<[Key: String]>, making: () -> String) -> String {
        if let known = table.withLock({ $0[key] }) { return known }
        let words = making()
        table.withLock { entries in
            if entries.count >= limit { entries.removeAll() }
            entries[key] = words
        }
        return words
    }
}
