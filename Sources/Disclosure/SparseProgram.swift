/// A linear program in sparse form: variables with bounds, rows `Σ coefficient·x (≤ | = | ≥) bound`.
///
/// The sparse counterpart of `LinearProgram`, for programs too large to write out one coefficient
/// per variable in every row; `GLPKSolver` solves it. Variables may have any bounds, not just
/// `x ≥ 0`. Duplicate variables within one row's terms are allowed; the solver adds them up.
struct SparseProgram: Sendable {
    struct Term: Sendable, Equatable {
        let variable: Int
        let coefficient: Double
    }

    struct Row: Sendable {
        let terms: [Term]
        let relation: LinearProgram.Relation
        let bound: Double
    }

    /// Per variable; `-.infinity` for no lower bound.
    private(set) var lower: [Double]
    /// Per variable; nil for no upper bound. A lower bound above the upper one makes the program
    /// infeasible (the solver says so), not invalid.
    private(set) var upper: [Double?]
    private(set) var rows: [Row] = []

    /// `variableCount` variables, each in [0, +∞).
    init(variableCount: Int) {
        precondition(variableCount >= 0, "a program cannot have a negative number of variables")
        lower = Array(repeating: 0, count: variableCount)
        upper = Array(repeating: nil, count: variableCount)
    }

    var variableCount: Int { lower.count }

    @discardableResult
    mutating func addVariable(lower: Double = 0, upper: Double? = nil) -> Int {
        Self.checkBounds(lower, upper)
        self.lower.append(lower)
        self.upper.append(Self.normalised(upper))
        return self.lower.count - 1
    }

    mutating func setBounds(_ variable: Int, lower: Double, upper: Double?) {
        precondition(self.lower.indices.contains(variable), "variable \(variable) is not in the program")
        Self.checkBounds(lower, upper)
        self.lower[variable] = lower
        self.upper[variable] = Self.normalised(upper)
    }

    mutating func require(_ terms: [Term], _ relation: LinearProgram.Relation, _ bound: Double) {
        // Checked here, where the mistake is made, rather than when GLPK would abort the process.
        precondition(bound.isFinite, "a row's bound must be a finite number")
        for term in terms {
            precondition(lower.indices.contains(term.variable), "variable \(term.variable) is not in the program")
            precondition(term.coefficient.isFinite, "a coefficient must be a finite number")
        }
        rows.append(Row(terms: terms, relation: relation, bound: bound))
    }

    private static func checkBounds(_ lower: Double, _ upper: Double?) {
        precondition(!lower.isNaN && lower < .infinity, "a lower bound must be a number below +∞")
        if let upper { precondition(!upper.isNaN && upper > -.infinity, "an upper bound must be a number above −∞") }
    }

    private static func normalised(_ upper: Double?) -> Double? {
        upper == .infinity ? nil : upper
    }
}
