/// Secondary suppression against the interval attack: hides numbers beside the hidden ones until
/// no hidden number can be pinned to a range narrower than k − 1, then publishes again whatever
/// it can.
///
/// It works on a `Grid` whose sensitive numbers (primary, small base, complement, zero,
/// differencing) are already hidden, and hides more only with reason `.secondary`.
struct ComplementarySuppression {
    let table: CrossTable
    let k: Int
    let zerosPublished: Bool
    private let relations: [TableRelation]

    init(table: CrossTable, k: Int, zerosPublished: Bool) {
        self.table = table
        self.k = k
        self.zerosPublished = zerosPublished
        relations = TableShape(table).relations
    }

    func protect(_ grid: inout Grid) {
        hideUntilWide(&grid)
        publishWhatStaysWide(&grid)
    }

    /// While some hidden quantity is narrower than k − 1, hides one more number beside it.
    private func hideUntilWide(_ grid: inout Grid) {
        while let narrow = firstNarrow(grid) {
            guard let choice = complementaryChoice(for: narrow, in: grid) else { return }
            grid.suppress(choice, .secondary)
        }
    }

    /// Tries each secondary number again, largest first, and keeps it published if everything
    /// hidden stays wide. One pass is enough: publishing more only narrows ranges, so a number
    /// that could not come back then cannot later.
    private func publishWhatStaysWide(_ grid: inout Grid) {
        let secondary = grid.indices.filter { grid.reasons[$0] == .secondary }
            .sorted { (grid.value($0), $1) > (grid.value($1), $0) }
        for index in secondary {
            grid.publish(index)
            if firstNarrow(grid) != nil { grid.suppress(index, .secondary) }
        }
    }

    /// What must stay at least k − 1 wide: every hidden number and, for multiple choice, the
    /// complement (base − count) of a hidden count whose complement is 1 to k − 1, when its base
    /// is hidden too (with the base published, the complement is exactly as wide as the count).
    private func quantities(_ grid: Grid) -> [AuditedQuantity] {
        let shape = grid.shape
        var quantities = grid.indices.filter(grid.isSuppressed).map(AuditedQuantity.entry)
        guard !shape.rowsAreAdditive else { return quantities }
        var counted: [(count: Int, base: Int)] = []
        for row in 0..<shape.rows {
            for column in 0..<shape.columns { counted.append((shape.cell(row, column), shape.columnBase(column))) }
            if shape.isTwoWay { counted.append((shape.rowTotal(row), shape.base)) }
        }
        for (count, base) in counted where grid.isSuppressed(count) && grid.isSuppressed(base) {
            let complement = grid.value(base) - grid.value(count)
            if complement > 0 && complement < k { quantities.append(.complement(of: count, base: base)) }
        }
        return quantities
    }

    /// The first quantity an attacker can pin to fewer than k − 1 values' width.
    private func firstNarrow(_ grid: Grid) -> AuditedQuantity? {
        let audit = IntervalAudit(table: table, hidden: grid.hidden, zerosPublished: zerosPublished, k: k)
        return quantities(grid).first { width(of: $0, in: audit) < k - 1 }
    }

    private func width(of quantity: AuditedQuantity, in audit: IntervalAudit) -> Int {
        audit.interval(of: quantity)?.width ?? 0
    }

    /// The number to hide next so that `narrow` widens, losing as little as possible: one sharing
    /// a line (a relation) with it; among those, preferably one that makes it wide enough at once;
    /// a cell rather than a total; the smallest count. A published zero is hidden only if nothing
    /// else is left (hiding it would break the promise that zeros are published, which the audit
    /// lets the attacker rely on).
    private func complementaryChoice(for narrow: AuditedQuantity, in grid: Grid) -> Int? {
        let published = grid.indices.filter { !grid.isSuppressed($0) }
        let touching = Set(relations.filter { $0.indices.contains(where: narrow.indices.contains) }.flatMap(\.indices))
        let nonZero = published.filter { grid.value($0) > 0 }
        let candidates = [nonZero.filter(touching.contains), nonZero, published].first { !$0.isEmpty } ?? []
        guard !candidates.isEmpty else { return nil }

        let before = width(of: narrow, in: IntervalAudit(table: table, hidden: grid.hidden, zerosPublished: zerosPublished, k: k))
        func rank(_ index: Int) -> (Int, Int, Int, Int, Int, Int) {
            var trial = grid
            trial.suppress(index, .secondary)
            let after = width(of: narrow, in: IntervalAudit(table: table, hidden: trial.hidden, zerosPublished: zerosPublished, k: k))
            let fixes = after >= k - 1
            return (fixes ? 0 : 1, after > before ? 0 : 1, grid.shape.isCell(index) ? 0 : 1,
                    fixes ? 0 : -after, grid.value(index), index)
        }
        return candidates.map { ($0, rank($0)) }.min { $0.1 < $1.1 }?.0
    }
}
