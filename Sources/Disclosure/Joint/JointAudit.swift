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

    /// Every quantity that must stay at least k − 1 wide while `hidden` numbers are hidden.
    func quantities(hidden: [Bool]) -> [ReleaseModel.Quantity] {
        hidden.indices.filter { hidden[$0] }.map { ReleaseModel.Quantity(terms: [.init(index: $0, coefficient: 1)]) }
            + model.smallDifferences
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
        for difference in model.smallDifferences { join(difference.terms) }
        var labels: [Int: Int] = [:]
        for index in hidden.indices where hidden[index] { labels[index] = root(index) }
        return labels
    }

    /// The widths of `quantities`, all of whose hidden numbers lie in one component `members`.
    func widths(of quantities: [ReleaseModel.Quantity], members: [Int], hidden: [Bool]) -> [Width?] {
        let values = model.values
        var variable: [Int: Int] = [:]
        var program = SparseProgram(variableCount: 0)
        for index in members {
            variable[index] = program.addVariable(lower: Double(lower[index]), upper: upper[index].map(Double.init))
        }
        for relation in model.relations where relation.terms.contains(where: { variable[$0.index] != nil }) {
            var terms: [SparseProgram.Term] = []
            var constant = relation.constant
            for term in relation.terms {
                if let v = variable[term.index] {
                    terms.append(.init(variable: v, coefficient: Double(term.coefficient)))
                } else {
                    constant -= term.coefficient * values[term.index]
                }
            }
            let kind: LinearProgram.Relation = switch relation.kind {
            case .equal: .equal
            case .atLeast: .atLeast
            case .atMost: .atMost
            }
            program.require(terms, kind, Double(constant))
        }
        guard !members.isEmpty else { return quantities.map { Width(lowest: $0.value(in: values), highest: $0.value(in: values)) } }
        let solver = GLPKSolver(program)
        return quantities.map { quantity in
            var objective: [SparseProgram.Term] = []
            var constant = 0
            for term in quantity.terms {
                if let v = variable[term.index] {
                    objective.append(.init(variable: v, coefficient: Double(term.coefficient)))
                } else {
                    constant += term.coefficient * values[term.index]
                }
            }
            if objective.isEmpty { return Width(lowest: constant, highest: constant) }
            guard case .optimal(let low, _) = solver.extreme(objective, maximizing: false, wholeNumbers: true) else { return nil }
            let lowest = constant + Int(low.rounded())
            switch solver.extreme(objective, maximizing: true, wholeNumbers: true) {
            case .optimal(let high, _): return Width(lowest: lowest, highest: constant + Int(high.rounded()))
            case .unbounded: return Width(lowest: lowest, highest: nil)
            case .infeasible, .failed: return nil
            }
        }
    }
}
