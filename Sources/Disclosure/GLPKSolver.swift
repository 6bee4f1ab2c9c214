import CGLPK

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// GLPK's simplex (and its branch and cut, for whole-number extremes) over one `SparseProgram`.
/// One instance holds one glp_prob, built once; each `extreme` call only changes the objective,
/// so GLPK starts from the last basis (warm start). Not Sendable: use from one task.
///
/// Stricter than "one task": create, use and release it on one thread, with no `await` in
/// between. GLPK keeps its memory books per thread (a thread-local environment), so a glp_prob
/// touched from a second thread corrupts them; the solver checks this and stops the process
/// rather than let that happen.
final class GLPKSolver {
    enum Outcome: Sendable, Equatable {
        case optimal(value: Double, point: [Double])
        case unbounded
        case infeasible
        /// GLPK gave no answer (a numerical failure, or branch and cut stopped at its time limit
        /// or could not start, for example on a fractional bound of a whole-number variable).
        case failed
    }

    /// How long branch and cut may search for one whole-number extreme before giving up (`.failed`).
    var integerTimeLimitMilliseconds = 2000

    private let problem: OpaquePointer
    private let variableCount: Int
    /// Some variable's lower bound is above its upper one: nothing is feasible, and GLPK would
    /// reject the bounds rather than say so.
    private let contradictoryBounds: Bool
    /// GLPK columns (1-based) given a non-zero objective coefficient by the last call.
    private var objectiveColumns: [Int32] = []
    private let owner = pthread_self()

    /// Whole-number tolerance for the LP optimum, before branch and cut is needed.
    private static let wholeTolerance = 1e-6

    init(_ program: SparseProgram) {
        // GLPK's own limits (100 million rows or columns); beyond them glp_add_* aborts.
        precondition(program.variableCount <= 100_000_000 && program.rows.count <= 100_000_000,
                     "too large a program for GLPK")
        _ = glp_term_out(GLP_OFF)
        problem = glp_create_prob()
        variableCount = program.variableCount
        var contradictory = false

        if variableCount > 0 { _ = glp_add_cols(problem, Int32(variableCount)) }
        for variable in 0..<variableCount {
            let column = Int32(variable + 1)
            let lower = program.lower[variable], upper = program.upper[variable]
            switch (lower == -.infinity, upper) {
            case (true, nil): glp_set_col_bnds(problem, column, GLP_FR, 0, 0)
            case (true, let upper?): glp_set_col_bnds(problem, column, GLP_UP, 0, upper)
            case (false, nil): glp_set_col_bnds(problem, column, GLP_LO, lower, 0)
            case (false, let upper?) where lower < upper: glp_set_col_bnds(problem, column, GLP_DB, lower, upper)
            case (false, let upper?):
                if lower > upper { contradictory = true }
                glp_set_col_bnds(problem, column, GLP_FX, lower, lower)
            }
            // The LP simplex ignores the kind; only glp_intopt reads it.
            glp_set_col_kind(problem, column, GLP_IV)
        }

        if !program.rows.isEmpty { _ = glp_add_rows(problem, Int32(program.rows.count)) }
        // GLPK arrays are 1-based: slot 0 is never read.
        var indices: [Int32] = [0], values: [Double] = [0]
        for (index, row) in program.rows.enumerated() {
            let glpRow = Int32(index + 1)
            switch row.relation {
            case .atMost: glp_set_row_bnds(problem, glpRow, GLP_UP, 0, row.bound)
            case .equal: glp_set_row_bnds(problem, glpRow, GLP_FX, row.bound, row.bound)
            case .atLeast: glp_set_row_bnds(problem, glpRow, GLP_LO, row.bound, 0)
            }
            indices.removeSubrange(1...)
            values.removeSubrange(1...)
            for (column, coefficient) in Self.merged(row.terms, variableCount: variableCount) {
                indices.append(column)
                values.append(coefficient)
            }
            glp_set_mat_row(problem, glpRow, Int32(indices.count - 1), indices, values)
        }
        contradictoryBounds = contradictory
    }

    deinit {
        checkThread()
        glp_delete_prob(problem)
    }

    /// Minimises (or maximises) Σ coefficient·x over the program. With `wholeNumbers`, all variables
    /// are integers: the LP is solved first (warm), and only if its optimum is not whole does branch
    /// and cut run, from that LP basis. Points are rounded to whole numbers when `wholeNumbers`.
    ///
    /// With `wholeNumbers`, an unbounded LP is reported as `.unbounded` without looking for a whole
    /// point: for rational data that is right whenever any whole point exists.
    func extreme(_ objective: [SparseProgram.Term], maximizing: Bool, wholeNumbers: Bool) -> Outcome {
        checkThread()
        let terms = Self.merged(objective, variableCount: variableCount)
        if contradictoryBounds { return .infeasible }

        _ = glp_term_out(GLP_OFF)
        for column in objectiveColumns { glp_set_obj_coef(problem, column, 0) }
        for (column, coefficient) in terms { glp_set_obj_coef(problem, column, coefficient) }
        objectiveColumns = terms.map(\.column)
        glp_set_obj_dir(problem, maximizing ? GLP_MAX : GLP_MIN)

        if let settled = solveRelaxation() { return settled }
        let lpPoint = (0..<variableCount).map { glp_get_col_prim(problem, Int32($0 + 1)) }
        guard wholeNumbers else { return .optimal(value: glp_get_obj_val(problem), point: lpPoint) }
        if lpPoint.allSatisfy({ abs($0 - $0.rounded()) <= Self.wholeTolerance }) {
            return Self.whole(lpPoint, terms)
        }

        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.presolve = GLP_OFF  // start from the LP basis just found
        parameters.tm_lim = Int32(clamping: max(0, integerTimeLimitMilliseconds))
        guard glp_intopt(problem, &parameters) == 0 else { return .failed }
        switch glp_mip_status(problem) {
        case GLP_OPT:
            return Self.whole((0..<variableCount).map { glp_mip_col_val(problem, Int32($0 + 1)) }, terms)
        case GLP_NOFEAS:
            return .infeasible
        default:
            return .failed  // a whole point found, but not proved best
        }
    }

    /// Runs the simplex from the current basis; if that fails, once more from GLPK's advanced
    /// starting basis. Nil when an optimal basic solution is there to read.
    private func solveRelaxation() -> Outcome? {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.presolve = GLP_OFF  // the presolver would discard the warm basis
        for attempt in 0..<2 {
            if attempt > 0 { glp_adv_basis(problem, 0) }
            guard glp_simplex(problem, &parameters) == 0 else { continue }
            // glp_get_status folds in the dual status: GLP_UNBND is "primal feasible, dual infeasible".
            switch glp_get_status(problem) {
            case GLP_OPT: return nil
            case GLP_UNBND: return .unbounded
            case GLP_NOFEAS: return .infeasible
            default: continue
            }
        }
        return .failed
    }

    /// Coefficients of the same variable added up, zeros dropped, as 1-based GLPK columns: GLPK
    /// aborts the process on a repeated or out-of-range column, so both are settled here.
    private static func merged(_ terms: [SparseProgram.Term], variableCount: Int) -> [(column: Int32, coefficient: Double)] {
        var sums: [Int: Double] = [:]
        var order: [Int] = []
        for term in terms {
            precondition((0..<variableCount).contains(term.variable), "variable \(term.variable) is not in the program")
            precondition(term.coefficient.isFinite, "a coefficient must be a finite number")
            if sums.updateValue(sums[term.variable, default: 0] + term.coefficient, forKey: term.variable) == nil {
                order.append(term.variable)
            }
        }
        return order.compactMap { variable in
            let sum = sums[variable]!
            return sum == 0 ? nil : (Int32(variable + 1), sum)
        }
    }

    /// A rounded point and its value, worked out again from the rounded coordinates.
    private static func whole(_ point: [Double], _ terms: [(column: Int32, coefficient: Double)]) -> Outcome {
        let rounded = point.map { $0.rounded() }
        let value = terms.reduce(0) { $0 + $1.coefficient * rounded[Int($1.column) - 1] }
        return .optimal(value: value, point: rounded)
    }

    private func checkThread() {
        precondition(pthread_equal(owner, pthread_self()) != 0,
                     "a GLPKSolver must be made, used and released on one thread (GLPK's memory is per thread)")
    }
}

@available(*, unavailable, message: "a glp_prob must stay on the thread that made it")
extension GLPKSolver: Sendable {}
