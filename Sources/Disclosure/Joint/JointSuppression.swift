/// Secondary suppression over a whole release: while any hidden number or small difference can be
/// pinned to a range narrower than k − 1 by the release's numbers taken together, hides one more
/// number beside it; then publishes again, one by one, those it hid but did not need.
///
/// It starts from the tables as each was protected on its own (`DisclosureControl`), so it adds
/// only what the links between tables and earlier releases require.
///
/// The release is admitted in steps (`admit`): first everything but the breakdowns, with any
/// number free to be hidden; then one breakdown at a time, hiding only numbers of that breakdown.
/// A breakdown that cannot be made safe that way, within a few numbers, is left out, and the
/// release stays exactly as safe as before it was tried. Hiding numbers in tables already admitted
/// to protect a new one is what joined thousands of hidden numbers into one system the solver
/// could not finish; a breakdown that needs it costs the board more than it shows.
struct JointSuppression {
    /// The whole release, every table in it.
    let full: JointAudit
    /// The part of the release admitted so far (numbers not admitted take part in no fact).
    private(set) var audit: JointAudit
    private(set) var included: [Bool]
    /// Hidden numbers among those admitted.
    private(set) var hidden: [Bool]
    /// The numbers hidden here, in the order they were hidden.
    private(set) var added: [Int] = []
    /// Linear programs GLPK solved (min and max count as two).
    private(set) var programsSolved = 0
    /// The largest part the system split into, in hidden numbers.
    private(set) var largestComponent = 0
    /// Quantities shown to be wide. Hiding a number only widens every range (it takes a fact
    /// away), so while numbers are only being hidden they stay wide and need no second look;
    /// admitting a table adds facts, so those near it are forgotten then.
    private var provenWide: Set<ReleaseModel.Quantity> = []
    /// Whole releases that fit what was known when each was found (see `JointAudit.widths`).
    private var witnesses: [[Int]] = []
    /// The clean-up stops trying once this many programs were solved: it only publishes more, and
    /// what it has not reached stays hidden (safe), so the report's time stays bounded.
    let cleanUpBudget: Int

    init(audit: JointAudit, cleanUpBudget: Int = 60_000) {
        let none = audit.model.numbers.map { _ in false }
        full = audit
        self.audit = audit.restricted(to: none)
        self.cleanUpBudget = cleanUpBudget
        included = none
        hidden = none
    }

    private var model: ReleaseModel { audit.model }

    /// Adds `numbers` to the release and hides numbers until every range is wide again: any number
    /// when `hidingOnly` is nil, else only those in it, and at most `budget` of them. When that is
    /// not enough, puts everything back as it was and returns false.
    mutating func admit(_ numbers: [Int], hidingOnly candidates: Set<Int>?, budget: Int?) -> Bool {
        let saved = (audit, included, hidden, added, provenWide)
        for index in numbers {
            included[index] = true
            hidden[index] = full.model.numbers[index].hidden
        }
        audit = full.restricted(to: included)
        forgetWidths(near: numbers)
        let first = added.count
        while let narrow = firstNarrow(near: nil) {
            guard budget.map({ added.count - first < $0 }) ?? true, let choice = choose(for: narrow, among: candidates) else {
                (audit, included, hidden, added, provenWide) = saved
                return false
            }
            hidden[choice] = true
            added.append(choice)
        }
        publishWhatStaysWide(from: first)
        return true
    }

    /// Forgets that quantities were wide where the facts of `numbers` now reach.
    private mutating func forgetWidths(near numbers: [Int]) {
        let labels = audit.components(hidden: hidden)
        let touched = parts(reachedBy: Set(numbers), labels: labels)
        provenWide = provenWide.filter { quantity in !quantity.terms.contains { labels[$0.index].map(touched.contains) ?? false } }
    }

    /// The parts (component labels) holding a hidden number that shares a fact or an audited sum
    /// with any of `numbers`: where publishing or admitting them can narrow a range.
    private func parts(reachedBy numbers: Set<Int>, labels: [Int: Int]) -> Set<Int> {
        var reached: Set<Int> = []
        for terms in model.relations.map(\.terms) + model.sums.map(\.terms) where terms.contains(where: { numbers.contains($0.index) }) {
            for term in terms { if let label = labels[term.index] { reached.insert(label) } }
        }
        return reached
    }

    /// Tries each number hidden here since `first` again, largest first, and keeps it published
    /// if everything near it stays wide. Publishing narrows ranges, but only in the part of the
    /// system the number was in: every quantity there is checked again.
    private mutating func publishWhatStaysWide(from first: Int) {
        let values = model.values
        let start = programsSolved
        for index in added[first...].sorted(by: { (values[$0], $1) > (values[$1], $0) }) {
            guard programsSolved - start < cleanUpBudget else { break }
            hidden[index] = false
            if firstNarrow(near: index) != nil { hidden[index] = true }
        }
        added = added.filter { hidden[$0] }
    }

    private struct Narrow {
        let quantity: ReleaseModel.Quantity
        let members: [Int]
    }

    /// The first quantity narrower than k − 1, in a fixed order, with the part of the system it
    /// lies in. With `near`, a number just published: only the parts it touched are checked, all
    /// of their quantities, proven wide before or not.
    private mutating func firstNarrow(near published: Int?) -> Narrow? {
        let labels = audit.components(hidden: hidden)
        let touched = published.map { parts(reachedBy: [$0], labels: labels) }
        var members: [Int: [Int]] = [:]
        for (index, label) in labels { members[label, default: []].append(index) }
        var byLabel: [Int: [ReleaseModel.Quantity]] = [:]
        for quantity in audit.quantities(hidden: hidden) {
            guard let label = quantity.terms.lazy.compactMap({ labels[$0.index] }).first else {
                // A small difference whose numbers are all published: it is known exactly.
                return Narrow(quantity: quantity, members: [])
            }
            if let touched, !touched.contains(label) { continue }
            if touched == nil, provenWide.contains(quantity) { continue }
            byLabel[label, default: []].append(quantity)
        }
        for label in byLabel.keys.sorted() {
            let part = members[label, default: []].sorted()
            largestComponent = max(largestComponent, part.count)
            let quantities = byLabel[label]!
            let widths = audit.widths(of: quantities, members: part, hidden: hidden, stopAtNarrow: true, witnesses: &witnesses) { programsSolved += $0 }
            for (quantity, width) in zip(quantities, widths) {
                guard let width, width.value >= audit.k - 1 else { return Narrow(quantity: quantity, members: part) }
                provenWide.insert(quantity)
            }
        }
        return nil
    }

    /// The number to hide for `narrow`: one that shares a fact with it, a cell before a margin,
    /// the smallest count first; of the first few, one that makes it wide at once if there is one.
    private mutating func choose(for narrow: Narrow, among allowed: Set<Int>?) -> Int? {
        let values = model.values
        let own = Set(narrow.quantity.terms.map(\.index))
        let near = Set(narrow.members).union(own)
        var direct: Set<Int> = own.filter { !hidden[$0] }
        var wider: Set<Int> = []
        for relation in model.relations {
            let indices = relation.terms.map(\.index)
            if indices.contains(where: own.contains) {
                direct.formUnion(indices.filter { !hidden[$0] })
            } else if indices.contains(where: near.contains) {
                wider.formUnion(indices.filter { !hidden[$0] })
            }
        }
        func order(_ set: Set<Int>) -> [Int] {
            set.sorted { a, b in
                let left = (model.numbers[a].place.hidingCost, values[a] == 0 ? 1 : 0, values[a], a)
                let right = (model.numbers[b].place.hidingCost, values[b] == 0 ? 1 : 0, values[b], b)
                return left < right
            }
        }
        if let allowed {
            direct.formIntersection(allowed)
            wider.formIntersection(allowed)
        }
        let candidates = order(direct) + order(wider.subtracting(direct))
        for candidate in candidates.prefix(3) where makesWide(narrow.quantity, hiding: candidate) { return candidate }
        return candidates.first
    }

    private mutating func makesWide(_ quantity: ReleaseModel.Quantity, hiding candidate: Int) -> Bool {
        var trial = hidden
        trial[candidate] = true
        let labels = audit.components(hidden: trial)
        guard let label = quantity.terms.lazy.compactMap({ labels[$0.index] }).first else { return false }
        let part = labels.filter { $0.value == label }.map(\.key).sorted()
        guard let width = audit.widths(of: [quantity], members: part, hidden: trial, witnesses: &witnesses, solved: { programsSolved += $0 }).first ?? nil else { return false }
        return width.value >= audit.k - 1
    }
}
