/// Applies the disclosure rules of design.md to a table at threshold k.
///
/// 1. Primary: a count of 1 to k−1 is suppressed, and so is every number of a question or group
///    whose base is below k. A zero is published (it says nobody, which singles nobody out).
/// 2. Multiple choice: the respondents who did *not* tick an option are base − count, so a count is
///    also suppressed when that difference is 1 to k−1.
/// 3. Secondary: in every line that adds up (a column to its base, a row to its total, the totals to
///    the overall base), a line with exactly one hidden number would give it away by subtraction, so
///    a second number is hidden: the smallest non-zero cell, or the total when there is none.
///    This repeats until no line has exactly one hidden number.
///
/// This guarantees no suppressed number can be recovered exactly from one line. It is the spine's
/// protection; resistance to the full linear-programming attack (intervals narrower than k−1) is
/// audited separately.
public struct DisclosureControl: Sendable {
    public let k: Int

    public static let defaultK = 5
    public static let smallestK = 3

    public init(k: Int = DisclosureControl.defaultK) throws(DisclosureError) {
        guard k >= Self.smallestK else { throw .thresholdTooLow(k) }
        self.k = k
    }

    public func protect(_ table: CrossTable) -> ProtectedTable {
        var grid = Grid(table: table)
        applyPrimary(&grid, table: table)
        var changed = true
        while changed {
            changed = applyComplement(&grid, table: table)
            for line in grid.lines(table: table) where secureLine(line, in: &grid) {
                changed = true
            }
        }
        return grid.result(table: table, k: k)
    }

    private func isSmall(_ count: Int) -> Bool { count > 0 && count < k }

    private func applyPrimary(_ grid: inout Grid, table: CrossTable) {
        if isSmall(table.base) {
            for entry in grid.entries.indices { grid.suppress(entry, .smallBase) }
            return
        }
        for column in table.columnOptions.indices where isSmall(table.columnBases[column]) {
            grid.suppress(grid.columnBase(column), .smallBase)
            for row in table.rowOptions.indices { grid.suppress(grid.cell(row, column), .smallBase) }
        }
        for entry in grid.entries.indices where isSmall(grid.value(entry)) {
            grid.suppress(entry, .primary)
        }
    }

    /// Multiple choice: hides a count whose complement (base − count) would single people out.
    private func applyComplement(_ grid: inout Grid, table: CrossTable) -> Bool {
        guard !table.rowsAreAdditive else { return false }
        var changed = false
        for column in table.columnOptions.indices where !grid.isSuppressed(grid.columnBase(column)) {
            for row in table.rowOptions.indices {
                let cell = grid.cell(row, column)
                if !grid.isSuppressed(cell), isSmall(table.columnBases[column] - grid.value(cell)) {
                    grid.suppress(cell, .complement)
                    changed = true
                }
            }
        }
        if table.isTwoWay, !grid.isSuppressed(grid.grandBase) {
            for row in table.rowOptions.indices {
                let total = grid.rowTotal(row)
                if !grid.isSuppressed(total), isSmall(table.base - grid.value(total)) {
                    grid.suppress(total, .complement)
                    changed = true
                }
            }
        }
        return changed
    }

    /// If exactly one number of the line is hidden, hides another. Returns whether it hid one.
    private func secureLine(_ line: Grid.Line, in grid: inout Grid) -> Bool {
        let members = line.members + [line.total]
        guard members.filter(grid.isSuppressed).count == 1 else { return false }
        let candidates = line.members.filter { !grid.isSuppressed($0) && grid.value($0) > 0 }
        let choice = candidates.min { grid.value($0) < grid.value($1) } ?? line.total
        if grid.isSuppressed(choice) { return false }
        grid.suppress(choice, .secondary)
        return true
    }
}

public enum DisclosureError: Error, Sendable, Equatable, CustomStringConvertible {
    case thresholdTooLow(Int)

    public var description: String {
        switch self {
        case .thresholdTooLow(let k):
            return "k = \(k) is too low: groups that small can single people out. Use k of \(DisclosureControl.smallestK) or more (the default is \(DisclosureControl.defaultK))."
        }
    }
}
