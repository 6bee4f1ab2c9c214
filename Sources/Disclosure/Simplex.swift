/// A dense two-phase simplex solver for the small linear programs of the interval audit (a few
/// hundred variables at most).
///
/// Phase 1 finds a feasible basis once, by minimising the sum of artificial variables; every
/// objective then runs phase 2 from a copy of that basis, so one table's many questions ("how
/// small can this number be? how large?") share the work. Bland's rule (the lowest-numbered
/// improving column enters; among tied rows the lowest-numbered basic variable leaves) cannot
/// cycle, which matters here: a table's programs are highly degenerate, with many constraints
/// meeting at zero.
///
/// Arithmetic is Double with a small tolerance. The tables' constraint matrices hold only 0 and ±1
/// and their numbers are counts, so the arithmetic stays exact in practice; even so the audit never
/// relies on it: every solution it uses is rounded and checked, in integers, against the table.
struct Simplex: Sendable {
    enum Outcome: Sendable, Equatable {
        case optimal(value: Double, point: [Double])
        case unbounded
        case infeasible
        /// Stopped at the iteration limit. Bland's rule would finish in exact arithmetic; this is
        /// a guard against rounding, and callers treat it as "no answer".
        case undecided
    }

    private let variableCount: Int
    /// A feasible tableau after phase 1, artificial columns removed; nil when nothing satisfies the rows.
    private let start: Tableau?
    /// Phase 1 stopped at the iteration limit, so feasibility is unknown.
    private let phaseOneUndecided: Bool

    init(_ program: LinearProgram) {
        variableCount = program.variableCount
        switch Self.phaseOne(program) {
        case .feasible(let tableau): start = tableau; phaseOneUndecided = false
        case .infeasible: start = nil; phaseOneUndecided = false
        case .undecided: start = nil; phaseOneUndecided = true
        }
    }

    var isFeasible: Bool { start != nil }

    func minimize(_ objective: [Double]) -> Outcome {
        precondition(objective.count == variableCount, "an objective needs one coefficient per variable")
        guard var tableau = start else { return phaseOneUndecided ? .undecided : .infeasible }
        tableau.setObjective(objective)
        switch tableau.run(enteringBelow: tableau.columnCount) {
        case .optimal: return .optimal(value: tableau.value, point: tableau.point(variableCount))
        case .unbounded: return .unbounded
        case .undecided: return .undecided
        }
    }

    func maximize(_ objective: [Double]) -> Outcome {
        switch minimize(objective.map { -$0 }) {
        case .optimal(let value, let point): return .optimal(value: -value, point: point)
        case let other: return other
        }
    }

    /// Below this, a number is taken as zero.
    static let tolerance = 1e-9

    private enum PhaseOne {
        case feasible(Tableau)
        case infeasible
        case undecided
    }

    /// Adds a slack (≤), a surplus and an artificial (≥) or an artificial (=) to each row, after
    /// turning every row to a non-negative bound, and minimises the sum of the artificials.
    private static func phaseOne(_ program: LinearProgram) -> PhaseOne {
        let rows = program.rows.map { row -> LinearProgram.Row in
            guard row.bound < 0 else { return row }
            let flipped: LinearProgram.Relation = switch row.relation {
            case .atMost: .atLeast
            case .equal: .equal
            case .atLeast: .atMost
            }
            return LinearProgram.Row(coefficients: row.coefficients.map { -$0 }, relation: flipped, bound: -row.bound)
        }
        let structural = program.variableCount
        let slacks = rows.filter { $0.relation != .equal }.count
        let artificials = rows.filter { $0.relation != .atMost }.count
        let firstArtificial = structural + slacks
        var tableau = Tableau(rowCount: rows.count, columnCount: firstArtificial + artificials)
        var nextSlack = structural, nextArtificial = firstArtificial
        for (index, row) in rows.enumerated() {
            for (column, coefficient) in row.coefficients.enumerated() { tableau[index, column] = coefficient }
            tableau.rhs[index] = row.bound
            switch row.relation {
            case .atMost:
                tableau[index, nextSlack] = 1
                tableau.basis[index] = nextSlack
                nextSlack += 1
            case .atLeast:
                tableau[index, nextSlack] = -1
                nextSlack += 1
                fallthrough
            case .equal:
                tableau[index, nextArtificial] = 1
                tableau.basis[index] = nextArtificial
                nextArtificial += 1
            }
        }
        var phaseOneCost = [Double](repeating: 0, count: tableau.columnCount)
        for column in firstArtificial..<tableau.columnCount { phaseOneCost[column] = 1 }
        tableau.setObjective(phaseOneCost)
        // An artificial that has left the basis is never needed again.
        switch tableau.run(enteringBelow: firstArtificial) {
        case .undecided: return .undecided
        case .unbounded, .optimal: break  // a sum of non-negative artificials cannot be unbounded below
        }
        guard tableau.value <= 1e-7 else { return .infeasible }

        // Artificials still in the basis sit at zero: swap each for any real column in its row, or,
        // when the row has none, drop the row: it repeated the others.
        var redundant: Set<Int> = []
        for row in 0..<tableau.rowCount where tableau.basis[row] >= firstArtificial {
            tableau.rhs[row] = 0
            if let column = (0..<firstArtificial).first(where: { abs(tableau[row, $0]) > tolerance }) {
                tableau.pivot(row: row, column: column)
            } else {
                redundant.insert(row)
            }
        }
        return .feasible(tableau.keeping(columns: firstArtificial, droppingRows: redundant))
    }
}

/// The simplex tableau in canonical form: `entries` is B⁻¹A, `rhs` the basic variables' values,
/// `cost` the reduced costs of the objective being minimised and `value` its current value.
private struct Tableau: Sendable {
    let rowCount: Int
    let columnCount: Int
    private var entries: [Double]
    var rhs: [Double]
    var basis: [Int]
    private var cost: [Double]
    private(set) var value: Double = 0

    init(rowCount: Int, columnCount: Int) {
        self.rowCount = rowCount
        self.columnCount = columnCount
        entries = [Double](repeating: 0, count: rowCount * columnCount)
        rhs = [Double](repeating: 0, count: rowCount)
        basis = [Int](repeating: 0, count: rowCount)
        cost = [Double](repeating: 0, count: columnCount)
    }

    subscript(row: Int, column: Int) -> Double {
        get { entries[row * columnCount + column] }
        set { entries[row * columnCount + column] = newValue }
    }

    /// Prices the objective `c` (zero on columns beyond it) against the current basis.
    mutating func setObjective(_ objective: [Double]) {
        func c(_ column: Int) -> Double { column < objective.count ? objective[column] : 0 }
        value = 0
        for column in 0..<columnCount { cost[column] = c(column) }
        for row in 0..<rowCount {
            let basic = c(basis[row])
            guard basic != 0 else { continue }
            value += basic * rhs[row]
            for column in 0..<columnCount { cost[column] -= basic * self[row, column] }
        }
    }

    enum Stop { case optimal, unbounded, undecided }

    /// Pivots by Bland's rule until no column below `limit` improves the objective.
    mutating func run(enteringBelow limit: Int) -> Stop {
        let tolerance = Simplex.tolerance
        let iterationLimit = 1_000 + 50 * (rowCount + columnCount)
        for _ in 0..<iterationLimit {
            guard let entering = (0..<limit).first(where: { cost[$0] < -tolerance }) else { return .optimal }
            var leaving: Int?
            var bestRatio = 0.0
            for row in 0..<rowCount {
                let a = self[row, entering]
                guard a > tolerance else { continue }
                let ratio = rhs[row] / a
                if let current = leaving {
                    if ratio < bestRatio - tolerance || (ratio <= bestRatio + tolerance && basis[row] < basis[current]) {
                        leaving = row
                        bestRatio = min(ratio, bestRatio)
                    }
                } else {
                    leaving = row
                    bestRatio = ratio
                }
            }
            guard let row = leaving else { return .unbounded }
            pivot(row: row, column: entering)
        }
        return .undecided
    }

    mutating func pivot(row pivotRow: Int, column pivotColumn: Int) {
        let width = columnCount, height = rowCount
        // Work on local copies (moved out, so not copied) to loop over raw buffers.
        var matrix = entries, values = rhs, reduced = cost
        entries = []; rhs = []; cost = []
        let pivotValue = matrix[pivotRow * width + pivotColumn]
        var objectiveChange = 0.0
        matrix.withUnsafeMutableBufferPointer { a in
            let base = pivotRow * width
            for column in 0..<width { a[base + column] /= pivotValue }
            a[base + pivotColumn] = 1
            values[pivotRow] /= pivotValue
            for row in 0..<height where row != pivotRow {
                let factor = a[row * width + pivotColumn]
                guard factor != 0 else { continue }
                let offset = row * width
                for column in 0..<width {
                    let updated = a[offset + column] - factor * a[base + column]
                    a[offset + column] = abs(updated) < 1e-12 ? 0 : updated
                }
                a[offset + pivotColumn] = 0
                let updated = values[row] - factor * values[pivotRow]
                // A basic value is never negative; what rounding pushes just below zero is zero.
                values[row] = (-Simplex.tolerance < updated && updated < 1e-12) ? 0 : updated
            }
            let factor = reduced[pivotColumn]
            if factor != 0 {
                for column in 0..<width {
                    let updated = reduced[column] - factor * a[base + column]
                    reduced[column] = abs(updated) < 1e-12 ? 0 : updated
                }
                reduced[pivotColumn] = 0
                objectiveChange = factor * values[pivotRow]
            }
        }
        entries = matrix; rhs = values; cost = reduced
        value += objectiveChange
        basis[pivotRow] = pivotColumn
    }

    /// The values of the first `count` columns at the current basis (non-basic ones are zero).
    func point(_ count: Int) -> [Double] {
        var point = [Double](repeating: 0, count: count)
        for row in 0..<rowCount where basis[row] < count { point[basis[row]] = rhs[row] }
        return point
    }

    /// The same tableau with only the first `columns` columns and without `droppingRows`.
    func keeping(columns: Int, droppingRows: Set<Int>) -> Tableau {
        let kept = (0..<rowCount).filter { !droppingRows.contains($0) }
        var result = Tableau(rowCount: kept.count, columnCount: columns)
        for (newRow, row) in kept.enumerated() {
            for column in 0..<columns { result[newRow, column] = self[row, column] }
            result.rhs[newRow] = rhs[row]
            result.basis[newRow] = basis[row]
        }
        return result
    }
}
