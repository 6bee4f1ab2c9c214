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
/// 4. Then the lines are solved together (`LinearAudit`): while any hidden number is fixed by the
///    published ones, a number beside it is hidden too.
///
/// So no suppressed number can be recovered exactly from the published numbers of its table. The
/// stronger guarantee, that no hidden number is pinned to a range narrower than k−1 once
/// non-negativity is used as well, is the linear-programming audit still to come (issue 4).
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
        let lines = grid.lines(table: table)
        var changed = true
        while changed {
            changed = applyComplement(&grid, table: table)
            for line in lines where secureLine(line, in: &grid) {
                changed = true
            }
            // Lines taken together can still pin a hidden number (a cell that alone links two
            // groups of hidden cells); hide one more beside any such number and check again.
            if !changed, let pinned = LinearAudit(grid: grid, lines: lines).exactlyRecoverable.first {
                changed = hideNeighbour(of: pinned, lines: lines, in: &grid)
            }
        }
        return grid.result(table: table, k: k)
    }

    /// Hides the smallest non-zero published number in a line through `entry`, or, failing that, a total.
    private func hideNeighbour(of entry: Int, lines: [Grid.Line], in grid: inout Grid) -> Bool {
        let through = lines.filter { $0.members.contains(entry) || $0.total == entry }
        let cells = through.flatMap(\.members).filter { !grid.isSuppressed($0) && grid.value($0) > 0 }
        let totals = through.map(\.total).filter { !grid.isSuppressed($0) }
        guard let choice = cells.min(by: { grid.value($0) < grid.value($1) }) ?? totals.first else { return false }
        grid.suppress(choice, .secondary)
        return true
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
        // The true base, hidden or not: a group's base is also the identifying question's own count.
        for column in table.columnOptions.indices {
            for row in table.rowOptions.indices {
                let cell = grid.cell(row, column)
                if !grid.isSuppressed(cell), isSmall(table.columnBases[column] - grid.value(cell)) {
                    grid.suppress(cell, .complement)
                    changed = true
                }
            }
        }
        if table.isTwoWay {
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
