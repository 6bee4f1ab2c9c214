/// One number of a table: a cell, a row's total across groups, a group's base, or the overall base.
///
/// A one-way table has one column, whose base is the table's base and whose "row totals" are its
/// cells; there `.rowTotal(row:)` names the same number as `.cell(row:column: 0)` and
/// `.columnBase(column: 0)` the same as `.base`, and `entries` lists each number once.
public enum TableEntry: Hashable, Sendable, Codable, CustomStringConvertible {
    case cell(row: Int, column: Int)
    case rowTotal(row: Int)
    case columnBase(column: Int)
    case base

    public var description: String {
        switch self {
        case .cell(let row, let column): "cell (row \(row), column \(column))"
        case .rowTotal(let row): "total of row \(row)"
        case .columnBase(let column): "base of column \(column)"
        case .base: "base"
        }
    }
}

extension CrossTable {
    /// Every distinct number of the table: cells row by row, then (two-way) the row totals and the
    /// column bases, then the base.
    public var entries: [TableEntry] { TableShape(self).entries }

    /// The true count of `entry`. The entry must belong to this table.
    public func value(of entry: TableEntry) -> Int {
        switch TableShape(self).checked(entry, of: question) {
        case .cell(let row, let column): cells[row][column]
        case .rowTotal(let row): rowTotals[row]
        case .columnBase(let column): columnBases[column]
        case .base: base
        }
    }
}

extension ProtectedTable {
    /// Every distinct number of the table, in the order of `CrossTable.entries`.
    public var entries: [TableEntry] { TableShape(self).entries }

    /// What is published for `entry`. The entry must belong to this table.
    public func count(of entry: TableEntry) -> ProtectedCount {
        switch TableShape(self).checked(entry, of: question) {
        case .cell(let row, let column): cells[row][column]
        case .rowTotal(let row): rowTotals[row]
        case .columnBase(let column): columnBases[column]
        case .base: base
        }
    }
}

extension TableShape {
    /// `entry` as `entries` names it (a one-way table's row total is its cell, its column base the
    /// base); a programming error if the table has no such number.
    func checked(_ entry: TableEntry, of question: String) -> TableEntry {
        guard let index = index(of: entry) else {
            preconditionFailure("\(entry) is not in the table of '\(question)' (\(rows) rows, \(columns) columns)")
        }
        return self.entry(at: index)
    }
}
