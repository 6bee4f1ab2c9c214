@testable import Disclosure
import Testing

/// The LP solver on small programs whose optima are known by hand or from textbooks.
@Suite struct SimplexTests {
    private func program(_ variables: Int, _ rows: [([Double], LinearProgram.Relation, Double)]) -> LinearProgram {
        var program = LinearProgram(variableCount: variables)
        for (coefficients, relation, bound) in rows { program.require(coefficients, relation, bound) }
        return program
    }

    private func expectOptimal(_ outcome: Simplex.Outcome, value: Double, point: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
        guard case .optimal(let found, let at) = outcome else {
            Issue.record("expected an optimum, got \(outcome)", sourceLocation: sourceLocation)
            return
        }
        #expect(abs(found - value) < 1e-9, "value \(found), expected \(value)", sourceLocation: sourceLocation)
        #expect(zip(at, point).allSatisfy { abs($0 - $1) < 1e-9 }, "point \(at), expected \(point)", sourceLocation: sourceLocation)
    }

    /// Hillier and Lieberman's Wyndor Glass: max 3x + 5y, x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 → 36 at (2, 6).
    @Test func wyndorGlass() {
        let lp = program(2, [([1, 0], .atMost, 4), ([0, 2], .atMost, 12), ([3, 2], .atMost, 18)])
        expectOptimal(Simplex(lp).maximize([3, 5]), value: 36, point: [2, 6])
        expectOptimal(Simplex(lp).minimize([3, 5]), value: 0, point: [0, 0])
    }

    /// Rows that need phase 1: min x + y with x + 2y ≥ 4 and 3x + y ≥ 6 → 2.8 at (1.6, 1.2).
    @Test func atLeastRowsNeedPhaseOne() {
        let lp = program(2, [([1, 2], .atLeast, 4), ([3, 1], .atLeast, 6)])
        expectOptimal(Simplex(lp).minimize([1, 1]), value: 2.8, point: [1.6, 1.2])
        #expect(Simplex(lp).maximize([1, 1]) == .unbounded)
    }

    /// A negative bound is turned round: x − y = −2 with x + y ≤ 10 → max x is 4, at y = 6.
    @Test func negativeBoundsAreTurnedRound() {
        let lp = program(2, [([1, -1], .equal, -2), ([1, 1], .atMost, 10)])
        expectOptimal(Simplex(lp).maximize([1, 0]), value: 4, point: [4, 6])
        expectOptimal(Simplex(lp).minimize([1, 0]), value: 0, point: [0, 2])
    }

    /// Beale's example cycles for ever under the textbook "most negative cost" rule; Bland's rule
    /// ends, at −5/4 with x = (1, 0, 1, 0).
    @Test func bealesCyclingExampleEnds() {
        let lp = program(4, [
            ([0.25, -8, -1, 9], .atMost, 0),
            ([0.5, -12, -0.5, 3], .atMost, 0),
            ([0, 0, 1, 0], .atMost, 1),
        ])
        expectOptimal(Simplex(lp).minimize([-0.75, 20, -0.5, 6]), value: -1.25, point: [1, 0, 1, 0])
    }

    /// A repeated equality leaves an artificial in the basis at zero; its row is dropped.
    @Test func redundantEqualitiesAreDropped() {
        let lp = program(2, [([1, 1], .equal, 2), ([2, 2], .equal, 4), ([1, 0], .atMost, 5)])
        expectOptimal(Simplex(lp).maximize([1, 0]), value: 2, point: [2, 0])
        expectOptimal(Simplex(lp).minimize([1, 0]), value: 0, point: [0, 2])
    }

    /// A 2×2 table with all four cells hidden and every margin 5: the classic degenerate
    /// transportation problem; each cell ranges over 0…5.
    @Test func degenerateTransportationTable() {
        let lp = program(4, [
            ([1, 1, 0, 0], .equal, 5), ([0, 0, 1, 1], .equal, 5),
            ([1, 0, 1, 0], .equal, 5), ([0, 1, 0, 1], .equal, 5),
        ])
        let simplex = Simplex(lp)
        expectOptimal(simplex.maximize([1, 0, 0, 0]), value: 5, point: [5, 0, 0, 5])
        expectOptimal(simplex.minimize([1, 0, 0, 0]), value: 0, point: [0, 5, 5, 0])
        // The same phase-1 basis serves every objective.
        expectOptimal(simplex.maximize([0, 1, 0, 0]), value: 5, point: [0, 5, 5, 0])
    }

    @Test func contradictoryRowsAreInfeasible() {
        let lp = program(2, [([1, 1], .atMost, 1), ([1, 1], .atLeast, 3)])
        #expect(!Simplex(lp).isFeasible)
        #expect(Simplex(lp).minimize([1, 0]) == .infeasible)
        // Negative values are not allowed: x = −1 is infeasible too.
        #expect(Simplex(program(1, [([1], .equal, -1)])).minimize([1]) == .infeasible)
    }

    @Test func unboundedDirectionsAreReported() {
        let lp = program(2, [([1, -1], .atMost, 1)])
        #expect(Simplex(lp).maximize([1, 0]) == .unbounded)
        expectOptimal(Simplex(lp).minimize([1, 0]), value: 0, point: [0, 0])
        // No rows at all: every variable is free upwards.
        #expect(Simplex(program(2, [])).maximize([0, 1]) == .unbounded)
        expectOptimal(Simplex(program(2, [])).minimize([1, 1]), value: 0, point: [0, 0])
    }

    /// max 5x + 4y, 6x + 4y ≤ 24, x + 2y ≤ 6: the LP optimum (3, 1.5) is fractional; the best
    /// whole-number point is (4, 0), worth 20.
    @Test func branchAndBoundFindsTheBestWholePoint() throws {
        let lp = program(2, [([6, 4], .atMost, 24), ([1, 2], .atMost, 6)])
        expectOptimal(Simplex(lp).maximize([5, 4]), value: 21, point: [3, 1.5])
        let point = try #require(IntegerSearch.minimize([-5, -4], over: lp))
        #expect(point == [4, 0])
        // 2x + 2y = 3 has no whole solution.
        #expect(IntegerSearch.minimize([1, 0], over: program(2, [([2, 2], .equal, 3)])) == nil)
    }
}
