/// Rounding of published counts to the nearest multiple of a base, halves up.
///
/// It is a function of the count alone, so the same true count rounds to the same published
/// value in every table and every release: an attacker cannot learn more by comparing two
/// roundings of one number. A zero stays zero.
public struct PublishedRounding: Sendable, Equatable {
    public let base: Int

    public static let allowedBases = 2...100

    public init(base: Int) {
        precondition(Self.allowedBases.contains(base), "rounding bases are checked by DisclosureControl")
        self.base = base
    }

    public func round(_ count: Int) -> Int {
        precondition(count >= 0, "counts are never negative")
        return (count + base / 2) / base * base
    }

    /// Every count that rounds to `published`.
    public func values(roundingTo published: Int) -> ClosedRange<Int> {
        max(0, published - base / 2)...(published + base - 1 - base / 2)
    }
}
