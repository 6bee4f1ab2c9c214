/// The constraints of a linear program over variables that are all at least zero: each row says
/// `coefficients · x` is at most, equal to, or at least `bound`.
///
/// Kept apart from the solver (`Simplex`) so that a program can be built once and solved for many
/// objectives, or copied with one more row (branch and bound).
struct LinearProgram: Sendable {
    enum Relation: Sendable, Equatable {
        case atMost, equal, atLeast
    }

    struct Row: Sendable, Equatable {
        /// One coefficient per variable.
        let coefficients: [Double]
        let relation: Relation
        let bound: Double
    }

    let variableCount: Int
    private(set) var rows: [Row] = []

    init(variableCount: Int) {
        self.variableCount = variableCount
    }

    mutating func require(_ coefficients: [Double], _ relation: Relation, _ bound: Double) {
        precondition(coefficients.count == variableCount, "a row needs one coefficient per variable")
        rows.append(Row(coefficients: coefficients, relation: relation, bound: bound))
    }

    /// The same program with one more row.
    func requiring(_ coefficients: [Double], _ relation: Relation, _ bound: Double) -> LinearProgram {
        var copy = self
        copy.require(coefficients, relation, bound)
        return copy
    }
}
