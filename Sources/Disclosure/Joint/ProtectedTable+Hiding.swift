extension ProtectedTable {
    /// The same table with `entries` hidden too (for `reason`); entries already hidden keep theirs.
    func hiding(_ entries: [TableEntry], _ reason: SuppressionReason) -> ProtectedTable {
        guard !entries.isEmpty else { return self }
        let hide = Set(entries)
        func count(_ entry: TableEntry) -> ProtectedCount {
            let current = self.count(of: entry)
            return hide.contains(entry) && !current.isSuppressed ? .suppressed(reason) : current
        }
        let shape = TableShape(self)
        let newlyHidden = entries.filter { !self.count(of: $0).isSuppressed }
        var byReason = loss.hiddenByReason
        byReason[reason, default: 0] += Set(newlyHidden).count
        let hiddenCells = loss.hiddenCells + Set(newlyHidden.filter { shape.isCell(shape.index(of: $0)!) }).count
        return ProtectedTable(
            survey: survey, question: question, byQuestion: byQuestion, rowOptions: rowOptions, columnOptions: columnOptions,
            rowsAreAdditive: rowsAreAdditive, k: k, rounding: rounding,
            cells: (0..<shape.rows).map { row in (0..<shape.columns).map { count(.cell(row: row, column: $0)) } },
            rowTotals: isTwoWay ? (0..<shape.rows).map { count(.rowTotal(row: $0)) } : [],
            columnBases: (0..<shape.columns).map { count(.columnBase(column: $0)) },
            base: count(.base),
            loss: SuppressionLoss(entries: loss.entries, cells: loss.cells, hiddenByReason: byReason, hiddenCells: hiddenCells))
    }
}
