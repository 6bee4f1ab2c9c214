/// How narrowly an attacker who solves every number of a release together can pin each hidden
/// number, and each small difference (`ReleaseModel.smallDifferences`).
///
/// Published numbers are constants, so only hidden numbers are variables. Two hidden numbers
/// that share no fact, directly or through other hidden numbers, cannot narrow each other: the
/// system splits exactly into such parts (components), each solved on its own by GLPK, min and
/// max of every audited quantity, in whole numbers. That split loses nothing: a fact whose
/// numbers are all published is a constant, and links no part to another.
struct JointAudit {
    let model: ReleaseModel
    let k: Int
    /// Per number, what an attacker knows of it when it is hidden.
    let lower: [Int]
    let upper: [Int?]

    struct Width: Sendable, Equatable {
        let lowest: Int
        /// nil when nothing limits it from above.
        let highest: Int?
        var value: Int { highest.map { $0 - lowest } ?? Int.max }
    }

    /// `bounds`: what earlier releases tell about a number (see `EarlierReleases`).
    init(model: ReleaseModel, k: Int, zerosPublished: Bool, bounds: [Int: ClosedRange<Int>] = [:]) {
        self.model = model
        self.k = k
        var lower = model.numbers.map { zerosPublished && $0.value > 0 ? 1 : 0 }
        var upper = [Int?](repeating: nil, count: model.numbers.count)
        for (index, range) in bounds {
            lower[index] = max(lower[index], range.lowerBound)
            upper[index] = range.upperBound
        }
        self.lower = lower
        self.upper = upper
    }

    private init(model: ReleaseModel, k: Int, lower: [Int], upper: [Int?]) {
        self.model = model
        self.k = k
        self.lower = lower
        self.upper = upper
    }

    /// The audit of part of the release: the numbers `included`, with only the facts among them.
    func restricted(to included: [Bool]) -> JointAudit {
        JointAudit(model: model.restricted(to: included), k: k, lower: lower, upper: upper)
    }

    /// Every quantity that must stay at least k − 1 wide while `hidden` numbers are hidden.
    func quantities(hidden: [Bool]) -> [ReleaseModel.Quantity] {
        hidden.indices.filter { hidden[$0] }.map { ReleaseModel.Quantity(terms: [.init(index: $0, coefficient: 1)]) }
            + model.smallDifferences
            + model.derivedQuantities.filter { $0.terms.contains { hidden[$0.index] } }
    }

    /// The parts of the system: a label per hidden number (numbers alike share it).
    func components(hidden: [Bool]) -> [Int: Int] {
        var parent = Array(model.numbers.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        func join(_ terms: [TableRelation.Term]) {
            let free = terms.map(\.index).filter { hidden[$0] }
            guard let first = free.first else { return }
            for other in free.dropFirst() { parent[root(other)] = root(first) }
        }
        for relation in model.relations { join(relation.terms) }
        for quantity in model.sums { join(quantity.terms) }
        var labels: [Int: Int] = [:]
        for index in hidden.indices where hidden[index] { labels[index] = root(index) }
        return labels
    }

    /// The widths of `quantities`, all of whose hidden numbers lie in one component `members`:
    /// exact for a quantity narrower than k − 1, and for a wider one at least k − 1 (enough to
    /// decide). nil marks a solver failure. With `stopAtNarrow`, stops after the first narrow one.
    ///
    /// Every whole table the solver finds fits everything known, so each is a witness: a quantity
    /// whose values over the witnesses found so far (the truth first) already differ by k − 1 is
    /// wide without solving for it. Most quantities are settled that way. `witnesses` (whole
    /// releases, one value per number) carries them from call to call: one found while other
    /// numbers were hidden still counts if it fits what is published now, which is checked.
    func widths(
        of quantities: [ReleaseModel.Quantity], members: [Int], hidden: [Bool], stopAtNarrow: Bool = false,
        witnesses pool: inout [[Int]], solved: (Int) -> Void = { _ in }
    ) -> [Width?] {
        let values = model.values
        var variable: [Int: Int] = [:]
        var program = SparseProgram(variableCount: 0)
        for index in members {
            variable[index] = program.addVariable(lower: Double(lower[index]), upper: upper[index].map(Double.init))
        }
        var rows: [(terms: [(Int, Int)], kind: TableRelation.Kind, constant: Int)] = []
        for relation in model.relations where relation.terms.contains(where: { variable[$0.index] != nil }) {
            var terms: [(Int, Int)] = []
            var constant = relation.constant
            for term in relation.terms {
                if let v = variable[term.index] {
                    terms.append((v, term.coefficient))
                } else {
                    constant -= term.coefficient * values[term.index]
                }
            }
            rows.append((terms, relation.kind, constant))
            let kind: LinearProgram.Relation = switch relation.kind {
            case .equal: .equal
            case .atLeast: .atLeast
            case .atMost: .atMost
            }
            program.require(terms.map { .init(variable: $0.0, coefficient: Double($0.1)) }, kind, Double(constant))
        }
        // A witness: whole numbers within the bounds that satisfy every row, checked in integers.
        func fits(_ point: [Int]) -> Bool {
            for (index, v) in variable where point[v] < lower[index] || upper[index].map({ point[v] > $0 }) == true { return false }
            return rows.allSatisfy { row in
                let sum = row.terms.reduce(0) { $0 + $1.1 * point[$1.0] }
                switch row.kind {
                case .equal: return sum == row.constant
                case .atLeast: return sum >= row.constant
                case .atMost: return sum <= row.constant
                }
            }
        }
        var witnesses: [[Int]] = []
        let truth = members.map { values[$0] }
        if fits(truth) { witnesses.append(truth) }
        // An earlier witness counts if the numbers published now have their true values in it.
        let fixed = Set(rows.isEmpty ? [] : model.relations.filter { $0.terms.contains { variable[$0.index] != nil } }
            .flatMap { $0.terms.map(\.index) }).subtracting(members)
        for global in pool where fixed.allSatisfy({ global[$0] == values[$0] }) {
            let local = members.map { global[$0] }
            if fits(local) { witnesses.append(local) }
        }
        let solver = members.isEmpty ? nil : GLPKSolver(program)
        solver?.integerTimeLimitMilliseconds = 300
        func isWhole(_ point: [Double]) -> Bool { point.allSatisfy { abs($0 - $0.rounded()) <= 1e-6 } }
        var results: [Width?] = []
        var solves = 0
        defer { solved(solves) }
        for quantity in quantities {
            var objective: [SparseProgram.Term] = []
            var constant = 0
            for term in quantity.terms {
                if let v = variable[term.index] {
                    objective.append(.init(variable: v, coefficient: Double(term.coefficient)))
                } else {
                    constant += term.coefficient * values[term.index]
                }
            }
            guard let solver, !objective.isEmpty else {
                results.append(Width(lowest: constant, highest: constant))
                if stopAtNarrow && k > 1 { break }
                continue
            }
            func value(_ point: [Int]) -> Int { objective.reduce(constant) { $0 + Int($1.coefficient) * point[$1.variable] } }
            func spread() -> (Int, Int)? {
                let seen = witnesses.map(value)
                guard let low = seen.min(), let high = seen.max() else { return nil }
                return (low, high)
            }
            func keep(_ point: [Double]) {
                let whole = point.map { Int($0.rounded()) }
                guard fits(whole) else { return }
                witnesses.append(whole)
                var global = values
                for (position, index) in members.enumerated() { global[index] = whole[position] }
                pool.append(global)
                if pool.count > 64 { pool.removeFirst(pool.count - 64) }
            }
            if let (low, high) = spread(), high - low >= k - 1 {
                results.append(Width(lowest: low, highest: high))
                continue
            }
            // The linear relaxation first: its range holds every whole-number one, so an end at a
            // whole table is exact, and a relaxed range narrower than k − 1 (rounded inwards) is
            // narrow without any integer search.
            solves += 1
            guard case .optimal(let low, let lowPoint) = solver.extreme(objective, maximizing: false, wholeNumbers: false) else {
                results.append(nil)
                if stopAtNarrow { break }
                continue
            }
            let lowest = constant + Int((low - 1e-6).rounded(.up))
            if isWhole(lowPoint) {
                keep(lowPoint)
                if let (_, high) = spread(), high - lowest >= k - 1 {
                    results.append(Width(lowest: lowest, highest: high))
                    continue
                }
            }
            var width: Width?
            solves += 1
            switch solver.extreme(objective, maximizing: true, wholeNumbers: false) {
            case .optimal(let high, let highPoint):
                let highest = constant + Int((high + 1e-6).rounded(.down))
                if highest - lowest < k - 1 {
                    width = Width(lowest: lowest, highest: highest)
                } else if isWhole(lowPoint) && isWhole(highPoint) {
                    keep(highPoint)
                    width = Width(lowest: lowest, highest: highest)
                } else {
                    // Fractional ends: whole tables at each end by branch and cut, bounded in time;
                    // if it gives up the quantity counts as narrow, which can only hide more.
                    solves += 2
                    if case .optimal(let wholeLow, let a) = solver.extreme(objective, maximizing: false, wholeNumbers: true),
                       case .optimal(let wholeHigh, let b) = solver.extreme(objective, maximizing: true, wholeNumbers: true) {
                        keep(a)
                        keep(b)
                        width = Width(lowest: constant + Int(wholeLow.rounded()), highest: constant + Int(wholeHigh.rounded()))
                    }
                }
            case .unbounded:
                width = Width(lowest: lowest, highest: nil)
            case .infeasible, .failed:
                width = nil
            }
            results.append(width)
            if stopAtNarrow, width.map({ $0.value < k - 1 }) ?? true { break }
        }
        return results
    }
}
