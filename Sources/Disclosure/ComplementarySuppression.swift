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
            guard let choice = complementaryChoice(for: narrow.quantity, width: narrow.width, in: grid) else { return }
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

    /// The first quantity an attacker can pin to a range narrower than k − 1, and that width.
    private func firstNarrow(_ grid: Grid) -> (quantity: AuditedQuantity, width: Int)? {
        let audit = audit(hiding: grid.hidden)
        for quantity in quantities(grid) {
            let width = width(of: quantity, in: audit)
            if width < k - 1 { return (quantity, width) }
        }
        return nil
    }

    private func width(of quantity: AuditedQuantity, in audit: IntervalAudit) -> Int {
        audit.interval(of: quantity)?.width ?? 0
    }

    /// The number to hide next so that `narrow` widens, losing as little as possible.
    ///
    /// Candidates come in rings: numbers sharing a line (a relation) with `narrow`; then numbers
    /// sharing a line with any hidden number (a hidden number can be pinned through a chain of
    /// others); only when neither ring has any, every published number. A candidate that makes
    /// `narrow` wide enough at once wins: a cell rather than a total (the outer ring is tried
    /// before a total of the inner one is taken), then the smallest count. When none does, the
    /// one that widens it most (a cell rather than a total); when none widens it, the smallest
    /// cell nearest to it, so the next round has more to combine. A published zero is hidden only if nothing else is left: zeros are published,
    /// and the audit lets the attacker rely on it.
    private func complementaryChoice(for narrow: AuditedQuantity, width before: Int, in grid: Grid) -> Int? {
        let published = grid.indices.filter { !grid.isSuppressed($0) }
        let nonZero = published.filter { grid.value($0) > 0 }
        func touching(_ indices: [Int]) -> Set<Int> {
            Set(relations.filter { $0.indices.contains(where: indices.contains) }.flatMap(\.indices))
        }
        let beside = touching(narrow.indices)
        let near = touching(grid.indices.filter(grid.isSuppressed))
        var rings = [nonZero.filter(beside.contains), nonZero.filter { near.contains($0) && !beside.contains($0) }].filter { !$0.isEmpty }
        if rings.isEmpty { rings = [[nonZero, published].first { !$0.isEmpty } ?? []] }
        guard !rings[0].isEmpty else { return nil }

        var tried: [Candidate] = []
        var fixing: [Candidate] = []
        for (ring, indices) in rings.enumerated() {
            let candidates = indices.map { index -> Candidate in
                var hidden = grid.hidden
                hidden[index] = true
                return Candidate(index: index, ring: ring, isCell: grid.shape.isCell(index), value: grid.value(index),
                                 width: width(of: narrow, in: audit(hiding: hidden)))
            }
            tried += candidates
            fixing += candidates.filter { $0.width >= k - 1 }
            if fixing.contains(where: \.isCell) { break }
        }
        if let best = fixing.min(by: { ($0.isCell ? 0 : 1, $0.value, $0.ring, $0.index) < ($1.isCell ? 0 : 1, $1.value, $1.ring, $1.index) }) {
            return best.index
        }
        let widening = tried.filter { $0.width > before }
        if let best = widening.min(by: { ($0.isCell ? 0 : 1, -$0.width, $0.value, $0.ring, $0.index) < ($1.isCell ? 0 : 1, -$1.width, $1.value, $1.ring, $1.index) }) {
            return best.index
        }
        return tried.min { ($0.ring, $0.isCell ? 0 : 1, $0.value, $0.index) < ($1.ring, $1.isCell ? 0 : 1, $1.value, $1.index) }?.index
    }

    private struct Candidate {
        let index: Int
        let ring: Int
        let isCell: Bool
        let value: Int
        /// The width of the narrow quantity with this number hidden too.
        let width: Int
    }

    private func audit(hiding hidden: [Bool]) -> IntervalAudit {
        IntervalAudit(table: table, hidden: hidden, zerosPublished: zerosPublished, k: k)
    }
}
