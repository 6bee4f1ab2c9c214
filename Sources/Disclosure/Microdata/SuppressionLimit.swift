/// The most records that may be left out of record-level data, as a percentage of all records.
/// Suppression falls on the rarest combinations of answers, so a large limit leaves out exactly
/// the people least often heard from; it is capped at half.
public struct SuppressionLimit: Sendable, Equatable {
    public let percent: Double

    public static let defaultPercent = 5.0
    public static let largestPercent = 50.0
    public static let `default` = SuppressionLimit(checked: defaultPercent)

    public init(percent: Double) throws(MicrodataError) {
        guard percent.isFinite, (0...Self.largestPercent).contains(percent) else { throw .suppressionLimitOutOfRange(percent) }
        self.percent = percent
    }

    private init(checked percent: Double) { self.percent = percent }

    /// The budget in whole records, rounded down so the limit is never exceeded.
    public func records(outOf total: Int) -> Int {
        Int((Double(total) * percent / 100).rounded(.down))
    }
}
