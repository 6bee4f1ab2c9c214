import Disclosure

/// A count as a share of its base: to one decimal place in the data files (`value`), and in whole
/// numbers where people read it (`text`), as a board paper or a newspaper gives it.
///
/// Worked in integer arithmetic (rounding halves up), each from the count itself rather than from
/// the other, so 1 of 3 is 33.3 in every data file and 33% on every page, and no floating-point
/// rounding can make the CSV, JSON and HTML disagree.
struct Percentage: Equatable, Sendable {
    let tenths: Int
    let whole: Int

    /// Nil when either number is suppressed (a share of a hidden number could reveal it) or the
    /// base is zero (no share to speak of).
    init?(count: ProtectedCount, base: ProtectedCount) {
        guard let count = count.count, let base = base.count, base > 0, count >= 0 else { return nil }
        tenths = (2000 * count + base) / (2 * base)
        whole = (200 * count + base) / (2 * base)
    }

    var value: Double { Double(tenths) / 10 }

    /// "33%".
    var text: String { "\(whole)%" }
}
