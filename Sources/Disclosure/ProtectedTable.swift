/// Why a number is not published.
public enum SuppressionReason: String, Sendable, Equatable, Codable {
    /// Between 1 and k−1 respondents.
    case primary
    /// Its question or group has fewer than k respondents, so none of its numbers are shown.
    case smallBase = "small_base"
    /// Multiple choice: so few did *not* tick it that publishing it would single them out.
    case complement
    /// Hidden so that another hidden number cannot be worked out by subtraction.
    case secondary
    /// It moved by 1 to k−1 since an earlier release: subtracting the two would single people out.
    case differencing
}

/// One published number, or the reason it is not published.
public struct ProtectedCount: Sendable, Equatable {
    /// The count, or nil when suppressed. A suppressed count is never kept here.
    public let count: Int?
    public let reason: SuppressionReason?

    public var isSuppressed: Bool { count == nil }

    static func released(_ count: Int) -> ProtectedCount { ProtectedCount(count: count, reason: nil) }
    static func suppressed(_ reason: SuppressionReason) -> ProtectedCount { ProtectedCount(count: nil, reason: reason) }
}

/// A `CrossTable` after disclosure control: what may be published, and nothing else.
public struct ProtectedTable: Sendable, Equatable {
    public let survey: String
    public let question: String
    public let byQuestion: String?
    public let rowOptions: [String]
    public let columnOptions: [String]
    public let rowsAreAdditive: Bool
    /// The threshold it was protected at.
    public let k: Int
    /// `cells[row][column]`.
    public let cells: [[ProtectedCount]]
    /// Per row, across all groups (two-way tables only; empty for one-way).
    public let rowTotals: [ProtectedCount]
    /// Per column, the respondents in that group who answered: each cell's base.
    public let columnBases: [ProtectedCount]
    /// Everyone who answered.
    public let base: ProtectedCount

    public var isTwoWay: Bool { byQuestion != nil }

    /// The base a cell's percentage is taken over: its group's, or everyone's in a one-way table.
    public func base(forColumn column: Int) -> ProtectedCount { isTwoWay ? columnBases[column] : base }
}
