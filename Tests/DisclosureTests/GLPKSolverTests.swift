@testable import Disclosure
import TestSupport
import Testing

/// GLPK through `GLPKSolver`: small programs with optima known by hand, whole-number extremes,
/// warm starts against fresh solvers, and random programs checked against the dense `Simplex`
/// and, for whole numbers, against trying every point.
@Suite struct GLPKSolverTests {
    typealias Term = SparseProgram.Term

    /// A program from dense rows, for the hand-made cases.
    private func program(_ variables: Int, _ rows: [([Double], LinearProgram.Relation, Double)]) -> SparseProgram {
        var program = SparseProgram(variableCount: variables)
        for (coefficients, relation, bound) in rows { program.require(Self.terms(coefficients), relation, bound) }
        return program
    }

    static func terms(_ coefficients: [Double]) -> [Term] {
        coefficients.enumerated().compactMap { $1 == 0 ? nil : Term(variable: $0, coefficient: $1) }
    }

    private func expectOptimal(_ outcome: GLPKSolver.Outcome, value: Double, point: [Double]? = nil,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        guard case .optimal(let found, let at) = outcome else {
            Issue.record("expected an optimum, got \(outcome)", sourceLocation: sourceLocation)
            return
        }
        #expect(abs(found - value) < 1e-9, "value \(found), expected \(value)", sourceLocation: sourceLocation)
        if let point {
            #expect(at.count == point.count && zip(at, point).allSatisfy { abs($0 - $1) < 1e-9 },
                    "point \(at), expected \(point)", sourceLocation: sourceLocation)
        }
    }

    // MARK: Hand-checked programs

    /// Hillier and Lieberman's Wyndor Glass: max 3x + 5y, x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 → 36 at (2, 6).
    @Test func wyndorGlass() {
        let solver = GLPKSolver(program(2, [([1, 0], .atMost, 4), ([0, 2], .atMost, 12), ([3, 2], .atMost, 18)]))
        expectOptimal(solver.extreme(Self.terms([3, 5]), maximizing: true, wholeNumbers: false), value: 36, point: [2, 6])
        expectOptimal(solver.extreme(Self.terms([3, 5]), maximizing: false, wholeNumbers: false), value: 0, point: [0, 0])
    }

    /// min x + y with x + 2y ≥ 4 and 3x + y ≥ 6 → 2.8 at (1.6, 1.2); upwards it is unbounded.
    @Test func atLeastRowsAndUnboundedness() {
        let solver = GLPKSolver(program(2, [([1, 2], .atLeast, 4), ([3, 1], .atLeast, 6)]))
        expectOptimal(solver.extreme(Self.terms([1, 1]), maximizing: false, wholeNumbers: false), value: 2.8, point: [1.6, 1.2])
        #expect(solver.extreme(Self.terms([1, 1]), maximizing: true, wholeNumbers: false) == .unbounded)
        #expect(solver.extreme(Self.terms([1, 1]), maximizing: true, wholeNumbers: true) == .unbounded)
        // After an unbounded call the same solver still finds the optimum.
        expectOptimal(solver.extreme(Self.terms([1, 1]), maximizing: false, wholeNumbers: false), value: 2.8)
        // No rows at all: free upwards, 0 downwards.
        let free = GLPKSolver(SparseProgram(variableCount: 2))
        #expect(free.extreme(Self.terms([0, 1]), maximizing: true, wholeNumbers: false) == .unbounded)
        expectOptimal(free.extreme(Self.terms([1, 1]), maximizing: false, wholeNumbers: false), value: 0, point: [0, 0])
    }

    @Test func contradictoryRowsAndBoundsAreInfeasible() {
        let rows = GLPKSolver(program(2, [([1, 1], .atMost, 1), ([1, 1], .atLeast, 3)]))
        #expect(rows.extreme(Self.terms([1, 0]), maximizing: false, wholeNumbers: false) == .infeasible)
        #expect(rows.extreme(Self.terms([1, 0]), maximizing: true, wholeNumbers: true) == .infeasible)
        // x ≥ 0 by default, so x = −1 cannot hold.
        #expect(GLPKSolver(program(1, [([1], .equal, -1)])).extreme([], maximizing: false, wholeNumbers: false) == .infeasible)
        // A row with no terms that 0 breaks.
        #expect(GLPKSolver(program(1, [([0], .atLeast, 1)])).extreme([], maximizing: false, wholeNumbers: false) == .infeasible)
        // A lower bound above the upper one.
        var bounds = SparseProgram(variableCount: 1)
        bounds.setBounds(0, lower: 3, upper: 1)
        #expect(GLPKSolver(bounds).extreme(Self.terms([1]), maximizing: true, wholeNumbers: false) == .infeasible)
    }

    /// x − y = −2 with x + y ≤ 10 → max x is 4 at y = 6; min x is 0 at y = 2.
    @Test func equalityRows() {
        let solver = GLPKSolver(program(2, [([1, -1], .equal, -2), ([1, 1], .atMost, 10)]))
        expectOptimal(solver.extreme(Self.terms([1, 0]), maximizing: true, wholeNumbers: false), value: 4, point: [4, 6])
        expectOptimal(solver.extreme(Self.terms([1, 0]), maximizing: false, wholeNumbers: false), value: 0, point: [0, 2])
        // A 2×2 table with every margin 5: each cell ranges over 0…5.
        let table = GLPKSolver(program(4, [
            ([1, 1, 0, 0], .equal, 5), ([0, 0, 1, 1], .equal, 5),
            ([1, 0, 1, 0], .equal, 5), ([0, 1, 0, 1], .equal, 5),
        ]))
        expectOptimal(table.extreme(Self.terms([1, 0, 0, 0]), maximizing: true, wholeNumbers: true), value: 5, point: [5, 0, 0, 5])
        expectOptimal(table.extreme(Self.terms([0, 1, 0, 0]), maximizing: false, wholeNumbers: true), value: 0, point: [5, 0, 0, 5])
    }

    /// x in [1, 3], y fixed at 2, z free below with z ≥ x − 5, w ≤ 2 with no lower bound.
    @Test func variableBounds() {
        var program = SparseProgram(variableCount: 0)
        let x = program.addVariable(lower: 1, upper: 3)
        let y = program.addVariable(lower: 2, upper: 2)
        let z = program.addVariable(lower: -.infinity)
        let w = program.addVariable(lower: -.infinity, upper: 2)
        #expect([x, y, z, w] == [0, 1, 2, 3])
        #expect(program.variableCount == 4)
        program.require([Term(variable: z, coefficient: 1), Term(variable: x, coefficient: -1)], .atLeast, -5)
        let solver = GLPKSolver(program)
        expectOptimal(solver.extreme([Term(variable: z, coefficient: 1)], maximizing: false, wholeNumbers: false), value: -4)
        expectOptimal(solver.extreme([Term(variable: x, coefficient: 1), Term(variable: y, coefficient: 1)],
                                     maximizing: true, wholeNumbers: false), value: 5)
        expectOptimal(solver.extreme([Term(variable: y, coefficient: 1)], maximizing: false, wholeNumbers: false), value: 2)
        expectOptimal(solver.extreme([Term(variable: w, coefficient: 1)], maximizing: true, wholeNumbers: false), value: 2)
        #expect(solver.extreme([Term(variable: w, coefficient: 1)], maximizing: false, wholeNumbers: false) == .unbounded)
        #expect(solver.extreme([Term(variable: z, coefficient: 1)], maximizing: true, wholeNumbers: false) == .unbounded)

        // setBounds on an existing variable, and an infinite upper bound read as none.
        var changed = program
        changed.setBounds(z, lower: -1, upper: .infinity)
        #expect(changed.upper[z] == nil)
        expectOptimal(GLPKSolver(changed).extreme([Term(variable: z, coefficient: 1)], maximizing: false, wholeNumbers: false), value: -1)
    }

    /// Terms of one variable are added up (GLPK itself would abort on a repeated column), and
    /// terms that cancel drop out.
    @Test func repeatedTermsAreAddedUp() {
        var program = SparseProgram(variableCount: 2)
        program.require([Term(variable: 0, coefficient: 1), Term(variable: 0, coefficient: 1),
                         Term(variable: 1, coefficient: 1), Term(variable: 1, coefficient: -1)], .atMost, 4)
        program.require([Term(variable: 1, coefficient: 1)], .atMost, 7)
        let solver = GLPKSolver(program)
        expectOptimal(solver.extreme([Term(variable: 0, coefficient: 2), Term(variable: 0, coefficient: 1)],
                                     maximizing: true, wholeNumbers: false), value: 6, point: [2, 0])
        // The next objective leaves out x: its old coefficient (3, at x = 2) must not linger.
        expectOptimal(solver.extreme([Term(variable: 1, coefficient: 1)], maximizing: true, wholeNumbers: false), value: 7)
    }

    @Test func aProgramWithNoVariables() {
        let solver = GLPKSolver(SparseProgram(variableCount: 0))
        expectOptimal(solver.extreme([], maximizing: true, wholeNumbers: false), value: 0, point: [])
        expectOptimal(solver.extreme([], maximizing: false, wholeNumbers: true), value: 0, point: [])
    }

    // MARK: Whole numbers

    @Test func wholeNumbersWhereTheLinearOptimumIsFractional() {
        // max x + y, 2x + 2y ≤ 3: 1.5 as real numbers, 1 as whole numbers.
        let half = GLPKSolver(program(2, [([2, 2], .atMost, 3)]))
        expectOptimal(half.extreme(Self.terms([1, 1]), maximizing: true, wholeNumbers: false), value: 1.5)
        expectOptimal(half.extreme(Self.terms([1, 1]), maximizing: true, wholeNumbers: true), value: 1)
        // And back to real numbers on the same problem object.
        expectOptimal(half.extreme(Self.terms([1, 1]), maximizing: true, wholeNumbers: false), value: 1.5)

        // max 5x + 4y, 6x + 4y ≤ 24, x + 2y ≤ 6: LP optimum 21 at (3, 1.5); whole numbers 20 at (4, 0).
        let classic = GLPKSolver(program(2, [([6, 4], .atMost, 24), ([1, 2], .atMost, 6)]))
        expectOptimal(classic.extreme(Self.terms([5, 4]), maximizing: true, wholeNumbers: false), value: 21, point: [3, 1.5])
        expectOptimal(classic.extreme(Self.terms([5, 4]), maximizing: true, wholeNumbers: true), value: 20, point: [4, 0])

        // 2x + 2y = 3 has real solutions but no whole one.
        let odd = GLPKSolver(program(2, [([2, 2], .equal, 3)]))
        expectOptimal(odd.extreme(Self.terms([1, 0]), maximizing: false, wholeNumbers: false), value: 0)
        #expect(odd.extreme(Self.terms([1, 0]), maximizing: false, wholeNumbers: true) == .infeasible)
    }

    /// Branch and cut will not start on a whole-number variable with a fractional bound.
    @Test func aFractionalBoundOnAWholeNumberFails() {
        var program = SparseProgram(variableCount: 1)
        program.setBounds(0, lower: 0, upper: 1.5)
        let solver = GLPKSolver(program)
        #expect(solver.extreme(Self.terms([1]), maximizing: true, wholeNumbers: true) == .failed)
        expectOptimal(solver.extreme(Self.terms([1]), maximizing: true, wholeNumbers: false), value: 1.5)
    }

    /// Up to 4 variables, each in a range of at most 0…4: every whole point can be tried.
    @Test func wholeNumberExtremesMatchTryingEveryPoint() {
        var generator = SplitMix64(seed: 71)
        var counts = (optimal: 0, infeasible: 0, branched: 0)
        for trial in 0..<200 {
            let n = Int.random(in: 1...4, using: &generator)
            var program = SparseProgram(variableCount: n)
            var point: [Int] = []
            for variable in 0..<n {
                let lower = Int.random(in: 0...1, using: &generator), upper = lower + Int.random(in: 0...3, using: &generator)
                program.setBounds(variable, lower: Double(lower), upper: Double(upper))
                point.append(Int.random(in: lower...upper, using: &generator))
            }
            // Rows hold at a whole point, but one in five is pushed one step the wrong way.
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let coefficients = (0..<n).map { _ in Int.random(in: -3...3, using: &generator) }
                let atPoint = zip(coefficients, point).reduce(0) { $0 + $1.0 * $1.1 }
                let slack = Int.random(in: 0...2, using: &generator)
                let push = Int.random(in: 0..<5, using: &generator) == 0 ? slack + 1 : 0
                let (relation, bound): (LinearProgram.Relation, Int) = switch Int.random(in: 0..<3, using: &generator) {
                case 0: (.equal, atPoint + push)
                case 1: (.atLeast, atPoint - slack + push)
                default: (.atMost, atPoint + slack - push)
                }
                program.require(Self.terms(coefficients.map(Double.init)), relation, Double(bound))
            }
            let objective = (0..<n).map { _ in Double(Int.random(in: -4...4, using: &generator)) }
            let solver = GLPKSolver(program)
            for maximizing in [false, true] {
                let best = Self.bruteForce(program, objective, maximizing: maximizing)
                let outcome = solver.extreme(Self.terms(objective), maximizing: maximizing, wholeNumbers: true)
                let context = "trial \(trial), \(maximizing ? "max" : "min"), objective \(objective)"
                switch (outcome, best) {
                case (.optimal(let value, let point), let best?):
                    counts.optimal += 1
                    #expect(value == best, "\(context): \(value), trying every point \(best)")
                    #expect(Self.satisfies(program, point, tolerance: 0), "\(context): \(point)")
                    if case .optimal(let real, _) = solver.extreme(Self.terms(objective), maximizing: maximizing, wholeNumbers: false),
                       abs(real - value) > 1e-6 { counts.branched += 1 }
                case (.infeasible, nil):
                    counts.infeasible += 1
                default:
                    Issue.record("\(context): GLPK \(outcome), trying every point \(String(describing: best))")
                }
            }
        }
        // The random programs reached every case, including fractional LP optima.
        #expect(counts.optimal > 200 && counts.infeasible > 20 && counts.branched > 20, "\(counts)")
    }

    // MARK: Warm start

    /// One solver asked 200 objectives in turn (some in whole numbers) gives what a fresh solver
    /// gives for each. A whole-number call may stop at the time limit on a slow machine; such a
    /// call is left out rather than compared.
    @Test func warmStartsAgreeWithFreshSolvers() {
        var generator = SplitMix64(seed: 2024)
        let program = Self.feasibleProgram(variables: 30, rows: 20, using: &generator)
        let warm = GLPKSolver(program)
        var compared = (real: 0, whole: 0)
        for call in 0..<200 {
            let objective = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                Term(variable: Int.random(in: 0..<30, using: &generator), coefficient: Double(Int.random(in: -3...3, using: &generator)))
            }
            let maximizing = Bool.random(using: &generator)
            let wholeNumbers = call % 5 == 0
            let again = warm.extreme(objective, maximizing: maximizing, wholeNumbers: wholeNumbers)
            let fresh = GLPKSolver(program).extreme(objective, maximizing: maximizing, wholeNumbers: wholeNumbers)
            if wholeNumbers && (again == .failed || fresh == .failed) { continue }
            guard case .optimal(let warmValue, _) = again, case .optimal(let freshValue, _) = fresh else {
                Issue.record("call \(call): warm \(again), fresh \(fresh)")
                continue
            }
            #expect(abs(warmValue - freshValue) < 1e-6, "call \(call): warm \(warmValue), fresh \(freshValue)")
            if wholeNumbers { compared.whole += 1 } else { compared.real += 1 }
        }
        #expect(compared.real == 160 && compared.whole >= 30, "\(compared)")
    }

    // MARK: Against the dense simplex

    /// 300 random programs of up to 8 variables and 8 rows, bounds written as GLPK bounds on one
    /// side and as rows for the dense `Simplex` on the other; most carry a row bounding the sum.
    @Test func randomProgramsAgreeWithTheDenseSimplex() {
        var generator = SplitMix64(seed: 300)
        var counts = (optimal: 0, unbounded: 0, infeasible: 0)
        for trial in 0..<300 {
            let n = Int.random(in: 1...8, using: &generator)
            var sparse = SparseProgram(variableCount: n)
            var dense = LinearProgram(variableCount: n)
            func unit(_ variable: Int) -> [Double] { (0..<n).map { $0 == variable ? 1 : 0 } }
            // Rows and bounds mostly hold at this point, so most programs are feasible; one row in
            // ten is pushed the wrong way, which makes some infeasible.
            let point = (0..<n).map { _ in Int.random(in: 0...4, using: &generator) }
            func pushed() -> Bool { Int.random(in: 0..<10, using: &generator) == 0 }
            for variable in 0..<n {
                let at = point[variable]
                switch Int.random(in: 0..<20, using: &generator) {
                case 0..<4:
                    let upper = Double(at + Int.random(in: 0...2, using: &generator))
                    sparse.setBounds(variable, lower: 0, upper: upper)
                    dense.require(unit(variable), .atMost, upper)
                case 4..<6:
                    let lower = Double(max(0, at - Int.random(in: 0...2, using: &generator)))
                    let upper = Double(at + Int.random(in: 0...2, using: &generator))
                    sparse.setBounds(variable, lower: lower, upper: upper)
                    dense.require(unit(variable), .atLeast, lower)
                    dense.require(unit(variable), .atMost, upper)
                case 6:
                    sparse.setBounds(variable, lower: Double(at), upper: Double(at))
                    dense.require(unit(variable), .equal, Double(at))
                default:
                    break
                }
            }
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                let coefficients = (0..<n).map { _ in Bool.random(using: &generator) ? 0 : Int.random(in: -3...3, using: &generator) }
                let atPoint = zip(coefficients, point).reduce(0) { $0 + $1.0 * $1.1 }
                let slack = Int.random(in: 0...3, using: &generator)
                let (relation, bound): (LinearProgram.Relation, Int) = switch Int.random(in: 0..<6, using: &generator) {
                case 0: (.equal, pushed() ? atPoint + 1 : atPoint)
                case 1, 2: (.atLeast, pushed() ? atPoint + 1 + slack : atPoint - slack)
                default: (.atMost, pushed() ? atPoint - 1 - slack : atPoint + slack)
                }
                sparse.require(Self.terms(coefficients.map(Double.init)), relation, Double(bound))
                dense.require(coefficients.map(Double.init), relation, Double(bound))
            }
            if Int.random(in: 0..<10, using: &generator) < 8 {
                let sum = point.reduce(0, +), extra = Int.random(in: 0...6, using: &generator)
                let total = Double(pushed() ? sum - 1 - extra : sum + extra)
                sparse.require(Self.terms(Array(repeating: 1, count: n)), .atMost, total)
                dense.require(Array(repeating: 1, count: n), .atMost, total)
            }
            let objective = (0..<n).map { _ in Double(Int.random(in: -3...3, using: &generator)) }

            let glpk = GLPKSolver(sparse)
            let simplex = Simplex(dense)
            for maximizing in [false, true] {
                let ours = glpk.extreme(Self.terms(objective), maximizing: maximizing, wholeNumbers: false)
                let theirs = maximizing ? simplex.maximize(objective) : simplex.minimize(objective)
                let context = "trial \(trial), \(maximizing ? "max" : "min")"
                switch (ours, theirs) {
                case (.optimal(let value, let point), .optimal(let expected, _)):
                    counts.optimal += 1
                    #expect(abs(value - expected) < 1e-6, "\(context): GLPK \(value), dense \(expected)")
                    #expect(Self.satisfies(sparse, point, tolerance: 1e-7), "\(context): \(point) breaks the program")
                    let recomputed = zip(objective, point).reduce(0) { $0 + $1.0 * $1.1 }
                    #expect(abs(recomputed - value) < 1e-7, "\(context): the point is worth \(recomputed), not \(value)")
                case (.unbounded, .unbounded):
                    counts.unbounded += 1
                case (.infeasible, .infeasible):
                    counts.infeasible += 1
                default:
                    Issue.record("\(context): GLPK \(ours), dense \(theirs)")
                }
            }
        }
        #expect(counts.optimal > 300 && counts.unbounded > 20 && counts.infeasible > 20, "\(counts)")
    }

    // MARK: Size

    /// 50 sources by 60 sinks, 3,000 variables, costs (u_i − v_j)² with u and v increasing: a Monge
    /// array, for which the north-west corner plan is optimal, so the optimum is known without an LP.
    @Test func aThreeThousandVariableTransportationProgram() {
        var generator = SplitMix64(seed: 3000)
        let sources = 50, sinks = 60
        let u = (0..<sources).map { _ in Int.random(in: 0...100, using: &generator) }.sorted()
        let v = (0..<sinks).map { _ in Int.random(in: 0...100, using: &generator) }.sorted()
        let supply = (0..<sources).map { _ in Int.random(in: 1...40, using: &generator) }
        var demand = Array(repeating: 1, count: sinks)
        for _ in 0..<(supply.reduce(0, +) - sinks) { demand[Int.random(in: 0..<sinks, using: &generator)] += 1 }
        func cost(_ i: Int, _ j: Int) -> Double { Double((u[i] - v[j]) * (u[i] - v[j])) }
        func cell(_ i: Int, _ j: Int) -> Int { i * sinks + j }

        var expected = 0.0
        var left = supply, wanted = demand, i = 0, j = 0
        while i < sources && j < sinks {
            let sent = min(left[i], wanted[j])
            expected += Double(sent) * cost(i, j)
            left[i] -= sent
            wanted[j] -= sent
            if left[i] == 0 { i += 1 } else { j += 1 }
        }

        var program = SparseProgram(variableCount: sources * sinks)
        for i in 0..<sources {
            program.require((0..<sinks).map { Term(variable: cell(i, $0), coefficient: 1) }, .equal, Double(supply[i]))
        }
        for j in 0..<sinks {
            program.require((0..<sources).map { Term(variable: cell($0, j), coefficient: 1) }, .equal, Double(demand[j]))
        }
        let objective = (0..<sources).flatMap { i in (0..<sinks).map { j in Term(variable: cell(i, j), coefficient: cost(i, j)) } }

        let clock = ContinuousClock()
        let start = clock.now
        let solver = GLPKSolver(program)
        let outcome = solver.extreme(objective, maximizing: false, wholeNumbers: false)
        let firstSolve = clock.now - start
        expectOptimal(outcome, value: expected)
        if case .optimal(_, let point) = outcome {
            #expect(Self.satisfies(program, point, tolerance: 1e-7))
        }
        // A transportation program's vertices are whole, so whole numbers need no branching.
        expectOptimal(solver.extreme(objective, maximizing: false, wholeNumbers: true), value: expected)

        // The audit's pattern: each of many cells pushed down and up from the last basis.
        let warmStart = clock.now
        for cellIndex in stride(from: 0, to: sources * sinks, by: 60) {
            for maximizing in [false, true] {
                guard case .optimal = solver.extreme([Term(variable: cellIndex, coefficient: 1)], maximizing: maximizing, wholeNumbers: true)
                else { Issue.record("cell \(cellIndex) has no extreme"); continue }
            }
        }
        print("GLPK, 3,000-variable transportation: first solve \(firstSolve), 100 warm whole-number extremes \(clock.now - warmStart)")
    }

    // MARK: Helpers

    /// A program with a known whole point in it, so every whole-number extreme exists: rows are
    /// made to hold at a random point, and the sum of the variables is bounded. Like a table's
    /// rows, they add up cells (coefficients ±1), which keeps branch and cut quick.
    static func feasibleProgram(variables: Int, rows: Int, using generator: inout SplitMix64) -> SparseProgram {
        let point = (0..<variables).map { _ in Double(Int.random(in: 0...5, using: &generator)) }
        var program = SparseProgram(variableCount: variables)
        for _ in 0..<rows {
            let terms = (0..<Int.random(in: 2...8, using: &generator)).map { _ in
                Term(variable: Int.random(in: 0..<variables, using: &generator),
                     coefficient: Int.random(in: 0..<4, using: &generator) == 0 ? -1 : 1)
            }
            let atPoint = terms.reduce(0) { $0 + $1.coefficient * point[$1.variable] }
            let slack = Double(Int.random(in: 0...4, using: &generator))
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: program.require(terms, .atMost, atPoint + slack)
            case 1: program.require(terms, .equal, atPoint)
            default: program.require(terms, .atLeast, atPoint - slack)
            }
        }
        program.require((0..<variables).map { Term(variable: $0, coefficient: 1) }, .atMost, point.reduce(0, +) + 10)
        return program
    }

    static func satisfies(_ program: SparseProgram, _ point: [Double], tolerance: Double) -> Bool {
        guard point.count == program.variableCount else { return false }
        for (index, x) in point.enumerated() {
            if x < program.lower[index] - tolerance { return false }
            if let upper = program.upper[index], x > upper + tolerance { return false }
        }
        return program.rows.allSatisfy { row in
            let value = row.terms.reduce(0) { $0 + $1.coefficient * point[$1.variable] }
            switch row.relation {
            case .atMost: return value <= row.bound + tolerance
            case .equal: return abs(value - row.bound) <= tolerance
            case .atLeast: return value >= row.bound - tolerance
            }
        }
    }

    /// The best whole point by trying every one; needs finite bounds on every variable.
    static func bruteForce(_ program: SparseProgram, _ objective: [Double], maximizing: Bool) -> Double? {
        var best: Double?
        var point = program.lower
        func visit(_ variable: Int) {
            guard variable < point.count else {
                guard satisfies(program, point, tolerance: 0) else { return }
                let value = zip(objective, point).reduce(0) { $0 + $1.0 * $1.1 }
                if best.map({ maximizing ? value > $0 : value < $0 }) ?? true { best = value }
                return
            }
            for x in stride(from: program.lower[variable], through: program.upper[variable]!, by: 1) {
                point[variable] = x
                visit(variable + 1)
            }
        }
        visit(0)
        return best
    }
}
