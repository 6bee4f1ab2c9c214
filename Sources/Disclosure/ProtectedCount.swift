/// One published number, or the reason it is not published.
public struct ProtectedCount: Sendable, Equatable {
    /// The count (rounded, if the table is), or nil when suppressed. A suppressed count is never kept here.
    public let count: Int?
    /// Why it is hidden: for the internal report only (see `SuppressionReason`).
    public let reason: SuppressionReason?

    public var isSuppressed: Bool { count == nil }

    static func released(_ count: Int) -> ProtectedCount { ProtectedCount(count: count, reason: nil) }
    static func suppressed(_ reason: SuppressionReason) -> ProtectedCount { ProtectedCount(count: nil, reason: reason) }
}
