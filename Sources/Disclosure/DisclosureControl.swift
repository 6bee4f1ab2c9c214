/// Applies the disclosure rules of ARCHITECTURE.md ("Disclosure rules") to a table at threshold k.
///
/// 1. Sensitive numbers are hidden first:
///    - a count of 1 to k−1 (`primary`);
///    - every number of a question or group whose base is 1 to k−1 (`smallBase`);
///    - multiple choice: a count whose complement (base − count: those who did *not* tick it)
///      is 1 to k−1, and likewise a row total against the base (`complement`);
///    - a zero, only when the lead asks (`suppressZeros`, reason `zero`); otherwise zeros are
///      published, since "nobody" singles nobody out, and the audit lets the attacker count on it;
///    - the numbers the release ledger asks for through `alsoHide`, those that moved by 1 to k−1
///      since an earlier release (`differencing`).
/// 2. Secondary suppression against the interval attack (`ComplementarySuppression`). An attacker
///    who knows every published number, the relations between the table's numbers
///    (`TableShape.relations`: lines that add up, and for multiple choice the inequalities that
///    hold instead) and that counts are whole and not negative can bound each hidden number by
///    linear programming (`IntervalAudit`). While any hidden number (or a hidden complement of
///    step 1) has a range narrower than k − 1, one more number sharing a line with it is hidden:
///    preferably one that makes it wide enough at once, a cell rather than a total, the smallest
///    count. Then each number hidden this way is tried again, largest first, and published if
///    every range stays wide enough.
/// 3. Published counts are rounded, if asked, to the nearest multiple of `rounding`
///    (`PublishedRounding`). The audit assumed exact counts, which tell an attacker more than
///    rounded ones, so rounding only widens the ranges.
///
/// So no hidden number can be pinned by its table's published numbers to fewer than k values
/// (a range of width k − 1). Each table is protected on its own: numbers shared with another
/// table (a two-way table's margins are nearly the one-way tables' counts) are not audited
/// together. Public outputs must not say why a number is hidden (`SuppressionReason`).
public struct DisclosureControl: Sendable {
    public let k: Int
    /// Hide zeros too, and protect them like counts of 1 to k − 1.
    public let suppressZeros: Bool
    /// Round published counts to the nearest multiple of this, or publish them exactly when nil.
    public let rounding: Int?

    public static let defaultK = 5
    public static let smallestK = 3

    public init(k: Int = DisclosureControl.defaultK, suppressZeros: Bool = false, rounding: Int? = nil) throws(DisclosureError) {
        guard k >= Self.smallestK else { throw .thresholdTooLow(k) }
        if let rounding {
            guard PublishedRounding.allowedBases.contains(rounding) else { throw .roundingOutOfRange(rounding) }
            // A published count is at least k; it must not round down to a zero that reads as nobody.
            guard PublishedRounding(base: rounding).round(k) > 0 else { throw .roundingErasesSmallCounts(rounding: rounding, k: k) }
        }
        self.k = k
        self.suppressZeros = suppressZeros
        self.rounding = rounding
    }

    public func protect(_ table: CrossTable) -> ProtectedTable {
        protect(table, alsoHide: [])
    }

    /// Protects `table`, hiding also the numbers in `alsoHide` (reason `differencing`) and
    /// protecting them like counts of 1 to k − 1. Every entry must belong to the table.
    public func protect(_ table: CrossTable, alsoHide: Set<TableEntry>) -> ProtectedTable {
        protect(table, alsoHide: Dictionary(uniqueKeysWithValues: alsoHide.map { ($0, .differencing) }))
    }

    /// Protects `table`, hiding also each entry of `alsoHide` for its reason (`differencing`, or
    /// `linked` for a margin hidden in the table it repeats) and protecting them like counts of
    /// 1 to k − 1. Every entry must belong to the table.
    public func protect(_ table: CrossTable, alsoHide: [TableEntry: SuppressionReason]) -> ProtectedTable {
        var grid = Grid(table: table)
        hideSensitive(&grid, table: table)
        for (entry, reason) in alsoHide {
            guard let index = grid.shape.index(of: entry) else {
                preconditionFailure("\(entry) is not in the table of '\(table.question)'")
            }
            grid.suppress(index, reason)
        }
        ComplementarySuppression(table: table, k: k, zerosPublished: !suppressZeros).protect(&grid)
        return grid.result(table: table, k: k, rounding: rounding.map(PublishedRounding.init))
    }

    private func isSmall(_ count: Int) -> Bool { count > 0 && count < k }

    private func hideSensitive(_ grid: inout Grid, table: CrossTable) {
        let shape = grid.shape
        if isSmall(table.base) {
            for index in grid.indices { grid.suppress(index, .smallBase) }
            return
        }
        for column in 0..<shape.columns where isSmall(grid.value(shape.columnBase(column))) {
            grid.suppress(shape.columnBase(column), .smallBase)
            for row in 0..<shape.rows { grid.suppress(shape.cell(row, column), .smallBase) }
        }
        for index in grid.indices where isSmall(grid.value(index)) {
            grid.suppress(index, .primary)
        }
        if suppressZeros {
            for index in grid.indices where grid.value(index) == 0 { grid.suppress(index, .zero) }
        }
        if !shape.rowsAreAdditive {
            // The true base, hidden or not: a group's base is also the identifying question's own count.
            for row in 0..<shape.rows {
                for column in 0..<shape.columns {
                    let cell = shape.cell(row, column)
                    if isSmall(grid.value(shape.columnBase(column)) - grid.value(cell)) { grid.suppress(cell, .complement) }
                }
                if shape.isTwoWay, isSmall(table.base - grid.value(shape.rowTotal(row))) {
                    grid.suppress(shape.rowTotal(row), .complement)
                }
            }
        }
    }
}
