import Disclosure

/// An independent statement of what an attacker knows about a table, written plainly from
/// ARCHITECTURE.md ("Disclosure rules") and the issue, sharing no code with the auditor: it checks
/// that a witness (a whole table the auditor claims an attacker cannot rule out) really fits.
enum AttackerFacts {
    /// Every way `witness` fails to fit: the published numbers of `published` (compared with the
    /// true counts of `truth`, as the audit assumes exact publication), non-negativity, non-zero
    /// hidden numbers when zeros are published, and the table's structure.
    static func violations(of witness: CrossTable, published: ProtectedTable, truth: CrossTable, zerosPublished: Bool) -> [String] {
        var problems: [String] = []
        let rows = truth.rowOptions.count, columns = truth.columnOptions.count
        var numbers: [(name: String, witness: Int, truth: Int, shown: ProtectedCount)] = []
        for r in 0..<rows {
            for c in 0..<columns { numbers.append(("cell \(r),\(c)", witness.cells[r][c], truth.cells[r][c], published.cells[r][c])) }
        }
        if truth.isTwoWay {
            for r in 0..<rows { numbers.append(("row total \(r)", witness.rowTotals[r], truth.rowTotals[r], published.rowTotals[r])) }
            for c in 0..<columns { numbers.append(("column base \(c)", witness.columnBases[c], truth.columnBases[c], published.columnBases[c])) }
        } else {
            // A one-way table's margins repeat its cells and base; a witness must say the same.
            for r in 0..<rows where witness.rowTotals[r] != witness.cells[r][0] { problems.append("row total \(r) differs from its cell") }
            if witness.columnBases != [witness.base] { problems.append("column base differs from the base") }
        }
        numbers.append(("base", witness.base, truth.base, published.base))

        for number in numbers {
            if number.witness < 0 { problems.append("\(number.name) is negative") }
            if number.shown.isSuppressed {
                if zerosPublished && number.truth > 0 && number.witness == 0 {
                    problems.append("\(number.name) is zero, but zeros are published")
                }
            } else if number.witness != number.truth {
                problems.append("\(number.name) is \(number.witness) but \(number.truth) is published")
            }
        }

        func column(_ c: Int) -> [Int] { (0..<rows).map { witness.cells[$0][c] } }
        let columnBases = truth.isTwoWay ? witness.columnBases : [witness.base]
        for c in 0..<columns {
            let sum = column(c).reduce(0, +)
            if truth.rowsAreAdditive {
                if sum != columnBases[c] { problems.append("column \(c) adds up to \(sum), not its base \(columnBases[c])") }
            } else {
                if sum < columnBases[c] { problems.append("column \(c) ticks \(sum), fewer than its base \(columnBases[c])") }
                for (r, cell) in column(c).enumerated() where cell > columnBases[c] {
                    problems.append("cell \(r),\(c) exceeds its base")
                }
            }
        }
        if truth.isTwoWay {
            for r in 0..<rows where witness.cells[r].reduce(0, +) != witness.rowTotals[r] {
                problems.append("row \(r) does not add up to its total")
            }
            if witness.columnBases.reduce(0, +) != witness.base { problems.append("the column bases do not add up to the base") }
            let totals = witness.rowTotals.reduce(0, +)
            if truth.rowsAreAdditive {
                if totals != witness.base { problems.append("the row totals do not add up to the base") }
            } else {
                if totals < witness.base { problems.append("the row totals add up to less than the base") }
                if witness.rowTotals.contains(where: { $0 > witness.base }) { problems.append("a row total exceeds the base") }
            }
        }
        return problems
    }

    /// The hidden numbers of a protected table, named as entries.
    static func hiddenEntries(_ table: ProtectedTable) -> [TableEntry] {
        var hidden: [TableEntry] = []
        for (r, row) in table.cells.enumerated() {
            for (c, count) in row.enumerated() where count.isSuppressed { hidden.append(.cell(row: r, column: c)) }
        }
        if table.isTwoWay {
            for (r, count) in table.rowTotals.enumerated() where count.isSuppressed { hidden.append(.rowTotal(row: r)) }
            for (c, count) in table.columnBases.enumerated() where count.isSuppressed { hidden.append(.columnBase(column: c)) }
        }
        if table.base.isSuppressed { hidden.append(.base) }
        return hidden
    }

    /// The value of an entry, read straight from the arrays.
    static func value(_ entry: TableEntry, in table: CrossTable) -> Int {
        switch entry {
        case .cell(let r, let c): table.cells[r][c]
        case .rowTotal(let r): table.rowTotals[r]
        case .columnBase(let c): table.columnBases[c]
        case .base: table.base
        }
    }
}
