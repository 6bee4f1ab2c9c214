/// A disclosure-control setting that would not protect people, with what to use instead.
public enum DisclosureError: Error, Sendable, Equatable, CustomStringConvertible {
    case thresholdTooLow(Int)
    case roundingOutOfRange(Int)
    case roundingErasesSmallCounts(rounding: Int, k: Int)

    public var description: String {
        switch self {
        case .thresholdTooLow(let k):
            return "k = \(k) is too low: groups that small can single people out. Use k of \(DisclosureControl.smallestK) or more (the default is \(DisclosureControl.defaultK))."
        case .roundingOutOfRange(let base):
            let allowed = PublishedRounding.allowedBases
            return "Cannot round counts to the nearest \(base). Use a rounding base from \(allowed.lowerBound) to \(allowed.upperBound) (5 is usual), or no rounding."
        case .roundingErasesSmallCounts(let base, let k):
            return "Rounding to the nearest \(base) would publish a count of \(k) as 0, which reads as nobody. Use a rounding base of at most \(2 * k) with k = \(k), or a larger k."
        }
    }
}
