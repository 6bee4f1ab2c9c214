/// A `CrossTable` after disclosure control: what may be published, and nothing else.
///
/// Nothing here is computed from a hidden value: every field is a published count, a fact about
/// the table's shape, or a count of hidden numbers.
public struct ProtectedTable: Sendable, Equatable {
    public let survey: String
    public let question: String
    public let byQuestion: String?
    public let rowOptions: [String]
    public let columnOptions: [String]
    public let rowsAreAdditive: Bool
    /// The threshold it was protected at.
    public let k: Int
    /// Published counts are rounded to the nearest multiple of this (halves up), or exact when nil:
    /// renderers say "rounded to the nearest 5". Rounded counts need not add up to their totals.
    public let rounding: Int?
    /// `cells[row][column]`.
    public let cells: [[ProtectedCount]]
    /// Per row, across all groups (two-way tables only; empty for one-way).
    public let rowTotals: [ProtectedCount]
    /// Per column, the respondents in that group who answered: each cell's base.
    public let columnBases: [ProtectedCount]
    /// Everyone who answered.
    public let base: ProtectedCount
    /// How many numbers are hidden, and why (the reasons are for the internal report only).
    public let loss: SuppressionLoss

    public var isTwoWay: Bool { byQuestion != nil }

    /// The base a cell's percentage is taken over: its group's, or everyone's in a one-way table.
    public func base(forColumn column: Int) -> ProtectedCount { isTwoWay ? columnBases[column] : base }
}
