/// Every number of a table (cells, row totals, column bases, overall base) as one flat list, with the
/// lines that add up, so suppression can treat them alike.
struct Grid {
    let rows: Int
    let columns: Int
    let twoWay: Bool
    private var values: [Int]
    private var reasons: [SuppressionReason?]

    struct Line {
        let members: [Int]
        let total: Int
    }

    /// A one-way table's row totals and column base repeat its cells and base; they are stored but
    /// never referenced, so each number has exactly one entry.
    init(table: CrossTable) {
        rows = table.rowOptions.count
        columns = table.columnOptions.count
        twoWay = table.isTwoWay
        values = table.cells.flatMap { $0 } + table.rowTotals + table.columnBases + [table.base]
        reasons = Array(repeating: nil, count: values.count)
    }

    var entries: Range<Int> { 0..<values.count }
    func cell(_ row: Int, _ column: Int) -> Int { row * columns + column }
    func rowTotal(_ row: Int) -> Int { twoWay ? rows * columns + row : cell(row, 0) }
    /// A one-way table's only column base is the overall base, so both name the same entry.
    func columnBase(_ column: Int) -> Int { twoWay ? rows * columns + rows + column : grandBase }
    var grandBase: Int { values.count - 1 }

    func value(_ entry: Int) -> Int { values[entry] }
    func isSuppressed(_ entry: Int) -> Bool { reasons[entry] != nil }

    mutating func suppress(_ entry: Int, _ reason: SuppressionReason) {
        if reasons[entry] == nil { reasons[entry] = reason }
    }

    /// The lines whose numbers add up to their total.
    func lines(table: CrossTable) -> [Line] {
        var lines: [Line] = []
        if table.rowsAreAdditive {
            for column in 0..<columns {
                lines.append(Line(members: (0..<rows).map { cell($0, column) }, total: columnBase(column)))
            }
            if twoWay { lines.append(Line(members: (0..<rows).map(rowTotal), total: grandBase)) }
        }
        if twoWay {
            for row in 0..<rows {
                lines.append(Line(members: (0..<columns).map { cell(row, $0) }, total: rowTotal(row)))
            }
            lines.append(Line(members: (0..<columns).map(columnBase), total: grandBase))
        }
        return lines
    }

    func result(table: CrossTable, k: Int) -> ProtectedTable {
        func protected(_ entry: Int) -> ProtectedCount {
            reasons[entry].map(ProtectedCount.suppressed) ?? .released(values[entry])
        }
        return ProtectedTable(
            survey: table.survey, question: table.question, byQuestion: table.byQuestion,
            rowOptions: table.rowOptions, columnOptions: table.columnOptions, rowsAreAdditive: table.rowsAreAdditive, k: k,
            cells: (0..<rows).map { row in (0..<columns).map { protected(cell(row, $0)) } },
            rowTotals: twoWay ? (0..<rows).map { protected(rowTotal($0)) } : [],
            columnBases: (0..<columns).map { protected(columnBase($0)) },
            base: protected(grandBase)
        )
    }
}
