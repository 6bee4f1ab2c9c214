/// How narrowly an attacker can pin each hidden number of a table.
///
/// The attacker knows every published number, the relations the table's structure implies
/// (`TableShape.relations`), that counts are whole numbers at least zero, and (when zeros are
/// published) that a hidden number is not zero. For a hidden number, the least and the greatest
/// value it can take under all of that are two linear programs over the hidden numbers, solved by
/// `Simplex`, with branch and bound (`IntegerSearch`) when an optimum is fractional.
///
/// Each end comes with a witness: a whole table, margins included, that fits everything known.
/// The witnesses are the guarantee. Each is checked in integers against the published numbers
/// and the relations before it is used, so the width they show is a width the attacker truly
/// faces, whatever the floating-point solver did. If the solver fails, the audit falls back to a
/// table it knows fits (the truth, when protecting), which can only make a number look narrower
/// and so hide more, never less.
public struct IntervalAudit: Sendable {
    private let knowledge: TableKnowledge
    private let template: CrossTable
    /// A table known to fit everything (the truth, when auditing our own protection).
    private let reference: [Int]?
    private let k: Int
    /// The variable of each number that is not published exactly: its value minus its lower limit.
    private let variable: [Int?]
    private let program: LinearProgram
    private let simplex: Simplex

    /// What anybody can work out from the published `table` alone, counts rounded or not.
    public init(published table: ProtectedTable) {
        let template = CrossTable(
            survey: table.survey, question: table.question, byQuestion: table.byQuestion,
            rowOptions: table.rowOptions, columnOptions: table.columnOptions, rowsAreAdditive: table.rowsAreAdditive)
        self.init(knowledge: .published(table), template: template, reference: nil, k: table.k)
    }

    /// The audit `DisclosureControl` runs while protecting `table`: `hidden` (in `TableShape`
    /// order) says which numbers are hidden; the rest count as published exactly.
    init(table: CrossTable, hidden: [Bool], zerosPublished: Bool, k: Int) {
        let shape = TableShape(table)
        let values = shape.values(of: table)
        self.init(
            knowledge: .protecting(values, hidden: hidden, shape: shape, zerosPublished: zerosPublished),
            template: table, reference: values, k: k)
    }

    private init(knowledge: TableKnowledge, template: CrossTable, reference: [Int]?, k: Int) {
        self.knowledge = knowledge
        self.template = template
        self.reference = reference
        self.k = k
        var variable = [Int?](repeating: nil, count: knowledge.ranges.count)
        var count = 0
        for (index, range) in knowledge.ranges.enumerated() where !range.isExact {
            variable[index] = count
            count += 1
        }
        self.variable = variable
        var program = LinearProgram(variableCount: count)
        for relation in knowledge.relations {
            // Σ c·(lower + v) over free numbers + Σ c·value over published ones  (=, ≥, ≤)  0.
            var coefficients = [Double](repeating: 0, count: count)
            var constant = 0
            for term in relation.terms {
                constant += term.coefficient * knowledge.ranges[term.index].lower
                if let v = variable[term.index] { coefficients[v] += Double(term.coefficient) }
            }
            if coefficients.allSatisfy({ $0 == 0 }), relation.holds(for: knowledge.ranges.map(\.lower)) { continue }
            let relationKind: LinearProgram.Relation = switch relation.kind {
            case .equal: .equal
            case .atLeast: .atLeast
            case .atMost: .atMost
            }
            program.require(coefficients, relationKind, Double(-constant))
        }
        for (index, range) in knowledge.ranges.enumerated() {
            guard let v = variable[index], let upper = range.upper else { continue }
            var unit = [Double](repeating: 0, count: count)
            unit[v] = 1
            program.require(unit, .atMost, Double(upper - range.lower))
        }
        self.program = program
        simplex = Simplex(program)
    }

    /// The hidden numbers, in `CrossTable.entries` order.
    public var hiddenEntries: [TableEntry] {
        knowledge.ranges.indices.filter(isHidden).map(knowledge.shape.entry(at:))
    }

    /// The range of a hidden number, with its witnesses; nil when `entry` is published, or no
    /// table of whole numbers fits the published ones (they contradict each other).
    public func interval(of entry: TableEntry) -> HiddenInterval? {
        guard let index = knowledge.shape.index(of: entry), isHidden(index),
              let found = interval(of: .entry(index)) else { return nil }
        return HiddenInterval(
            entry: entry, lowest: found.lowest, highest: found.isUnbounded ? nil : found.highest,
            lowestWitness: knowledge.shape.table(found.lowestWitness, like: template),
            highestWitness: knowledge.shape.table(found.highestWitness, like: template))
    }

    func isHidden(_ index: Int) -> Bool { knowledge.ranges[index].upper == nil }

    /// A quantity's range as whole tables: the witnesses at each end.
    struct Interval: Sendable {
        let quantity: AuditedQuantity
        let lowestWitness: [Int]
        let highestWitness: [Int]
        /// Nothing limits it from above; `highestWitness` then stands at `lowest + k`.
        let isUnbounded: Bool

        var lowest: Int { quantity.value(in: lowestWitness) }
        var highest: Int { quantity.value(in: highestWitness) }
        /// The width the witnesses prove.
        var width: Int { highest - lowest }
    }

    /// The range of `quantity`, or nil when no whole table fits everything known (and no table
    /// known to fit was given).
    func interval(of quantity: AuditedQuantity) -> Interval? {
        var objective = [Double](repeating: 0, count: program.variableCount)
        for term in quantity.terms {
            if let v = variable[term.index] { objective[v] += Double(term.coefficient) }
        }
        let lowest: [Int]
        switch extreme(objective, maximizing: false, in: program, simplex) {
        case .table(let table): lowest = table
        case .unbounded, .none:
            // Quantities are counts, never unbounded below; fall back to what is known to fit.
            guard let reference else { return nil }
            lowest = reference
        }
        var highest: [Int]?
        var isUnbounded = false
        switch extreme(objective, maximizing: true, in: program, simplex) {
        case .table(let table):
            highest = table
        case .unbounded:
            // A witness at lowest + k shows the width; the set of tables is convex, so one exists.
            isUnbounded = true
            let constant = quantity.terms.reduce(0) { $0 + $1.coefficient * knowledge.ranges[$1.index].lower }
            let target = quantity.value(in: lowest) + k
            let capped = program.requiring(objective, .atMost, Double(target - constant))
            if case .table(let table) = extreme(objective, maximizing: true, in: capped, Simplex(capped)) { highest = table }
        case .none:
            break
        }
        let fallback = reference.map { quantity.value(in: $0) > quantity.value(in: lowest) ? $0 : lowest } ?? lowest
        return Interval(quantity: quantity, lowestWitness: lowest, highestWitness: highest ?? fallback, isUnbounded: isUnbounded)
    }

    private enum Extreme {
        case table([Int])
        case unbounded
        case none
    }

    private func extreme(_ objective: [Double], maximizing: Bool, in program: LinearProgram, _ simplex: Simplex) -> Extreme {
        switch maximizing ? simplex.maximize(objective) : simplex.minimize(objective) {
        case .optimal(_, let point):
            if let table = wholeTable(point) { return .table(table) }
            let direction = maximizing ? objective.map { -$0 } : objective
            return IntegerSearch.minimize(direction, over: program).flatMap(wholeTable).map(Extreme.table) ?? .none
        case .unbounded:
            return .unbounded
        case .infeasible, .undecided:
            return .none
        }
    }

    /// The whole table at a solution of the program, if the solution is whole and the table,
    /// checked in integers, fits everything known.
    private func wholeTable(_ point: [Double]) -> [Int]? {
        guard point.allSatisfy({ IntegerSearch.isWhole($0) && abs($0) < 1e12 }) else { return nil }
        let values = knowledge.ranges.indices.map { index in
            knowledge.ranges[index].lower + (variable[index].map { Int(point[$0].rounded()) } ?? 0)
        }
        return knowledge.admits(values) ? values : nil
    }
}
