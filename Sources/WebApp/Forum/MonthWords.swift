import Foundation
import Synchronization

/// "March 2026" in one language, written once per month and kept: formatting a date is slow
/// (ICU), and a thread page writes a month for every post.
final class MonthWords: Sendable {
    private let style: Date.FormatStyle
    private let written = Mutex<[Int: String]>([:])
    /// Far more months than a forum shows; past this the memory starts again.
    static let limit = 2400

    init(style: Date.FormatStyle) { self.style = style }

    func words(year: Int, month: Int) -> String {
        let key = year * 100 + month
        if let known = written.withLock({ $0[key] }) { return known }
        let date = style.calendar.date(from: DateComponents(year: year, month: month, day: 15)) ?? .distantPast
        let words = date.formatted(style)
        written.withLock { table in
            if table.count >= Self.limit { table.removeAll() }
            table[key] = words
        }
        return words
    }
}
