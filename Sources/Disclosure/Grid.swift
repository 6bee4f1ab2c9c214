/// Every number of a table in `TableShape` order, with the reason each hidden one is hidden:
/// the working state of disclosure control.
struct Grid {
    let shape: TableShape
    /// The true counts.
    let values: [Int]
    private(set) var reasons: [SuppressionReason?]

    init(table: CrossTable) {
        shape = TableShape(table)
        values = shape.values(of: table)
        reasons = Array(repeating: nil, count: values.count)
    }

    var indices: Range<Int> { values.indices }
    func value(_ index: Int) -> Int { values[index] }
    func isSuppressed(_ index: Int) -> Bool { reasons[index] != nil }
    var hidden: [Bool] { reasons.map { $0 != nil } }

    /// Hides a number; a number already hidden keeps its first reason.
    mutating func suppress(_ index: Int, _ reason: SuppressionReason) {
        if reasons[index] == nil { reasons[index] = reason }
    }

    /// Publishes a number again (the clean-up of complementary suppression).
    mutating func publish(_ index: Int) { reasons[index] = nil }

    func result(table: CrossTable, k: Int, rounding: PublishedRounding?) -> ProtectedTable {
        func protected(_ index: Int) -> ProtectedCount {
            if let reason = reasons[index] { return .suppressed(reason) }
            return .released(rounding?.round(values[index]) ?? values[index])
        }
        var byReason: [SuppressionReason: Int] = [:]
        for reason in reasons.compactMap({ $0 }) { byReason[reason, default: 0] += 1 }
        let cells = indices.filter(shape.isCell)
        let loss = SuppressionLoss(
            entries: values.count, cells: cells.count, hiddenByReason: byReason,
            hiddenCells: cells.filter(isSuppressed).count)
        return ProtectedTable(
            survey: table.survey, question: table.question, byQuestion: table.byQuestion,
            rowOptions: table.rowOptions, columnOptions: table.columnOptions, rowsAreAdditive: table.rowsAreAdditive,
            k: k, rounding: rounding?.base,
            cells: (0..<shape.rows).map { row in (0..<shape.columns).map { protected(shape.cell(row, $0)) } },
            rowTotals: shape.isTwoWay ? (0..<shape.rows).map { protected(shape.rowTotal($0)) } : [],
            columnBases: (0..<shape.columns).map { protected(shape.columnBase($0)) },
            base: protected(shape.base),
            loss: loss)
    }
}
