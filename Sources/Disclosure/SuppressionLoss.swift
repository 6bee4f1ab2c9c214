/// What disclosure control took from one table: how many of its numbers are hidden, and why.
///
/// Counts of numbers only, never anything computed from hidden values (their sum, say, would be
/// one more equation for an attacker). The split by reason is for the lead's internal report;
/// a public output may give `hidden` and `entries` but not the reasons (see `SuppressionReason`).
public struct SuppressionLoss: Sendable, Equatable {
    /// The distinct numbers of the table: cells, and margins that do not repeat a cell.
    public let entries: Int
    /// Of those, the cells.
    public let cells: Int
    /// Hidden numbers by reason; a reason with none is absent.
    public let hiddenByReason: [SuppressionReason: Int]
    /// Hidden cells (margins left out).
    public let hiddenCells: Int

    public var hidden: Int { hiddenByReason.values.reduce(0, +) }
    public var published: Int { entries - hidden }

    public func hidden(_ reason: SuppressionReason) -> Int { hiddenByReason[reason] ?? 0 }
}
