import Disclosure

/// One number of a table as a tidy row: which option, which group, the count and its base.
///
/// The CSV and the JSON both list these, so they always carry the same rows in the same order.
struct TidyCell: Sendable {
    /// The option's row, or nil for the margin across options (`_total`).
    let row: Int?
    /// The group's column in a two-way table, or nil for the margin across groups (`_total`).
    /// Always nil in a one-way table, which has no groups.
    let column: Int?
    let count: ProtectedCount
    let base: ProtectedCount
}

extension ProtectedTable {
    /// A one-way table: one per option, over the table's base. A two-way table: one per cell over
    /// its group's base, then the margins: each option across all groups (over the overall base),
    /// each group's base, and the overall base.
    var tidyCells: [TidyCell] {
        guard isTwoWay else {
            return rowOptions.indices.map { TidyCell(row: $0, column: nil, count: cells[$0][0], base: base) }
        }
        var tidy: [TidyCell] = []
        for row in rowOptions.indices {
            for column in columnOptions.indices {
                tidy.append(TidyCell(row: row, column: column, count: cells[row][column], base: columnBases[column]))
            }
        }
        for row in rowOptions.indices {
            tidy.append(TidyCell(row: row, column: nil, count: rowTotals[row], base: base))
        }
        for column in columnOptions.indices {
            tidy.append(TidyCell(row: nil, column: column, count: columnBases[column], base: columnBases[column]))
        }
        tidy.append(TidyCell(row: nil, column: nil, count: base, base: base))
        return tidy
    }
}

extension ProtectedTable {
    /// Every number of the table once: cells, then row totals, column bases and the base of a
    /// two-way table; cells and the base of a one-way one.
    var allCounts: [ProtectedCount] {
        cells.flatMap { $0 } + rowTotals + (isTwoWay ? columnBases : []) + [base]
    }
}
