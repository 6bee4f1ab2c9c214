/// Finds the least generalisation of the identifying answers that makes records k-anonymous once
/// the records left in groups smaller than k are suppressed, within a budget of records.
///
/// The search is Incognito's bottom-up walk of the lattice (LeFevre et al., 2005). It rests on
/// monotonicity: generalising only merges groups, so a record in a group of k or more stays in
/// one, and a node within the budget has every node above it within the budget too. So a node with
/// a predecessor within the budget is known to be within it without counting, and a node within
/// the budget none of whose predecessors is, is minimal: no node below it meets the budget
/// (Samarati's k-minimal generalisation). Among the minimal nodes the one losing least is chosen.
struct MicrodataSearch: Sendable {
    let identifiers: [QuasiIdentifier]
    let k: Int
    /// The most records that may be suppressed.
    let budget: Int
    let lattice: GeneralisationLattice
    /// Each distinct combination of identifying values, and how many records share it: the
    /// search never needs more than this, however many records there are.
    private let combinations: [[Int]]
    private let counts: [Int]
    let records: Int

    /// - Parameter values: per record, the value of each quasi-identifier (`QuasiIdentifier.value`).
    init(identifiers: [QuasiIdentifier], values: [[Int]], k: Int, budget: Int) {
        self.identifiers = identifiers
        self.k = k
        self.budget = budget
        lattice = GeneralisationLattice(tops: identifiers.map(\.anyLevel))
        var index: [[Int]: Int] = [:]
        var combinations: [[Int]] = []
        var counts: [Int] = []
        for record in values {
            if let existing = index[record] {
                counts[existing] += 1
            } else {
                index[record] = combinations.count
                combinations.append(record)
                counts.append(1)
            }
        }
        self.combinations = combinations
        self.counts = counts
        records = values.count
    }

    /// One node of the lattice, counted.
    struct Evaluation: Sendable, Equatable {
        let node: [Int]
        /// Records in groups smaller than k at this node.
        let suppressed: Int
        /// Per quasi-identifier, the share of its detail lost over all records: a suppressed record
        /// loses all of it.
        let questionLoss: [Double]
        /// The mean of `questionLoss` (with no identifying questions, the share suppressed), 0...1.
        let loss: Double
        /// The size of the smallest group released, or nil when every record is suppressed.
        let smallestGroup: Int?

        var height: Int { node.reduce(0, +) }
    }

    /// The identifying values of a combination at `node`: the group of each quasi-identifier.
    func generalised(_ values: [Int], at node: [Int]) -> [Int] {
        values.indices.map { identifiers[$0].groupOf[node[$0]][values[$0]] }
    }

    func evaluate(_ node: [Int]) -> Evaluation {
        var keys: [[Int]] = []
        keys.reserveCapacity(combinations.count)
        var sizes: [[Int]: Int] = [:]
        for (values, count) in zip(combinations, counts) {
            let key = generalised(values, at: node)
            keys.append(key)
            sizes[key, default: 0] += count
        }
        var suppressed = 0
        var lossSums = Array(repeating: 0.0, count: identifiers.count)
        for (key, count) in zip(keys, counts) {
            guard sizes[key, default: 0] >= k else {
                suppressed += count
                continue
            }
            for (index, group) in key.enumerated() {
                lossSums[index] += Double(count) * identifiers[index].loss[node[index]][group]
            }
        }
        let total = Double(max(records, 1))
        let questionLoss = lossSums.map { ($0 + Double(suppressed)) / total }
        let loss = questionLoss.isEmpty ? Double(suppressed) / total : questionLoss.reduce(0, +) / Double(questionLoss.count)
        return Evaluation(
            node: node, suppressed: suppressed, questionLoss: questionLoss, loss: loss,
            smallestGroup: sizes.values.filter { $0 >= k }.min())
    }

    /// Every minimal node within the budget, bottom-up. There is always one when there are at
    /// least k records: at the top every answer is removed and all records form one group.
    func minimalNodes() throws(MicrodataError) -> [Evaluation] {
        guard lattice.size != nil else { throw .tooManyCombinations(questions: identifiers.map(\.question.id)) }
        var withinBudget: Set<[Int]> = []
        var minimal: [Evaluation] = []
        for height in 0...lattice.maxHeight {
            let nodes = lattice.nodes(atHeight: height)
            var allWithin = true
            for node in nodes {
                if lattice.predecessors(of: node).contains(where: withinBudget.contains) {
                    withinBudget.insert(node)
                    continue
                }
                let evaluation = evaluate(node)
                if evaluation.suppressed <= budget {
                    withinBudget.insert(node)
                    minimal.append(evaluation)
                } else {
                    allWithin = false
                }
            }
            // Every node above a level that is wholly within the budget has a predecessor within it.
            if allWithin { break }
        }
        return minimal
    }

    /// The minimal node losing least; ties go to fewer records suppressed, then the lower node,
    /// then the first in lexicographic order, so the same records always give the same choice.
    func best() throws(MicrodataError) -> (chosen: Evaluation, candidates: Int) {
        let candidates = try minimalNodes()
        guard let chosen = candidates.min(by: Self.losesLess) else { throw .tooFewRecords(records: records, k: k) }
        return (chosen, candidates.count)
    }

    static func losesLess(_ a: Evaluation, _ b: Evaluation) -> Bool {
        if abs(a.loss - b.loss) > 1e-12 { return a.loss < b.loss }
        if a.suppressed != b.suppressed { return a.suppressed < b.suppressed }
        if a.height != b.height { return a.height < b.height }
        return a.node.lexicographicallyPrecedes(b.node)
    }
}
