/// Secondary suppression over a whole release: while any hidden number or small difference can be
/// pinned to a range narrower than k − 1 by the release's numbers taken together, hides one more
/// number beside it; then publishes again, one by one, those it hid but did not need.
///
/// It starts from the tables as each was protected on its own (`DisclosureControl`), so it adds
/// only what the links between tables and earlier releases require.
struct JointSuppression {
    let audit: JointAudit
    private(set) var hidden: [Bool]
    /// The numbers hidden here, in the order they were hidden.
    private(set) var added: [Int] = []
    /// Linear programs GLPK solved (min and max count as two).
    private(set) var programsSolved = 0
    /// The largest part the system split into, in hidden numbers.
    private(set) var largestComponent = 0
    /// Quantities shown to be wide. Hiding a number only widens every range (it takes a fact
    /// away), so while numbers are only being hidden they stay wide and need no second look.
    private var provenWide: Set<ReleaseModel.Quantity> = []
    /// Whole releases that fit what was known when each was found (see `JointAudit.widths`).
    private var witnesses: [[Int]] = []
    /// The clean-up stops once its trials have re-checked this many hidden numbers in all (a trial
    /// re-checks the whole part its number is in). It only publishes more, and what it has not
    /// reached stays hidden (safe), so the report's time stays bounded on large surveys.
    let cleanUpBudget: Int

    init(audit: JointAudit, cleanUpBudget: Int = 250_000) {
        self.audit = audit
        self.cleanUpBudget = cleanUpBudget
        hidden = audit.model.numbers.map(\.hidden)
    }

    private var model: ReleaseModel { audit.model }

    /// Runs to the end. Returns false when no choice of numbers to hide makes every range wide
    /// enough (only when the solver fails, or earlier releases pin a number whatever is hidden).
    ///
    /// Works in rounds: every narrow quantity of the release is found, each with the published
    /// numbers that pin it; then, greedily, the number that frees the most of them is hidden, and
    /// the next, until each has one (one count in an identifying question's own table can free
    /// its group's column in every breakdown at once). Hiding only widens ranges, so a round never
    /// undoes another's work; the clean-up then publishes what turned out not to be needed.
    mutating func run() -> Bool {
        let values = model.values
        while true {
            let narrows = narrowQuantities(near: nil, all: true)
            if narrows.isEmpty { break }
            let options = narrows.map(candidates(for:))
            if options.contains(where: \.isEmpty) { return false }
            var open = Set(options.indices)
            while !open.isEmpty {
                var frees: [Int: Int] = [:]
                for narrow in open { for candidate in options[narrow] { frees[candidate, default: 0] += 1 } }
                let best = frees.keys.min { a, b in
                    let left = (-frees[a]!, values[a] == 0 ? 1 : 0, model.numbers[a].place.hidingCost, values[a], a)
                    let right = (-frees[b]!, values[b] == 0 ? 1 : 0, model.numbers[b].place.hidingCost, values[b], b)
                    return left < right
                }!
                hidden[best] = true
                added.append(best)
                open = open.filter { !options[$0].contains(best) }
            }
        }
        publishWhatStaysWide()
        return true
    }

    /// Tries each number hidden here again, largest first, and keeps it published if everything
    /// near it stays wide. Publishing narrows ranges, but only in the part of the system the
    /// number was in: every quantity there is checked again.
    private mutating func publishWhatStaysWide() {
        let values = model.values
        var spent = 0
        for index in added.sorted(by: { (values[$0], $1) > (values[$1], $0) }) {
            guard spent < cleanUpBudget else { break }
            hidden[index] = false
            let narrow = narrowQuantities(near: index, all: false)
            spent += checked
            if !narrow.isEmpty { hidden[index] = true }
        }
        added = added.filter { hidden[$0] }
    }

    private struct Narrow {
        let quantity: ReleaseModel.Quantity
        let members: [Int]
        /// The whole releases at the ends of its range, when the solver found them.
        var ends: [[Int]] = []
    }

    /// Hidden numbers in the parts the last `narrowQuantities` call solved.
    private var checked = 0

    /// The quantities narrower than k − 1 (with `all`, every one; else the first), each with the
    /// part of the system it lies in. With `near`, a number just published: only the parts it
    /// touched are checked, all of their quantities, proven wide before or not.
    private mutating func narrowQuantities(near published: Int?, all: Bool) -> [Narrow] {
        let labels = audit.components(hidden: hidden)
        checked = 0
        var touched: Set<Int>?
        if let published {
            touched = []
            for relation in model.relations where relation.terms.contains(where: { $0.index == published }) {
                for term in relation.terms { if let label = labels[term.index] { touched!.insert(label) } }
            }
            for difference in model.smallDifferences where difference.terms.contains(where: { $0.index == published }) {
                for term in difference.terms { if let label = labels[term.index] { touched!.insert(label) } }
            }
        }
        var members: [Int: [Int]] = [:]
        for (index, label) in labels { members[label, default: []].append(index) }
        var byLabel: [Int: [ReleaseModel.Quantity]] = [:]
        var found: [Narrow] = []
        for quantity in audit.quantities(hidden: hidden) {
            guard let label = quantity.terms.lazy.compactMap({ labels[$0.index] }).first else {
                // A small difference whose numbers are all published: it is known exactly.
                found.append(Narrow(quantity: quantity, members: []))
                if !all { return found }
                continue
            }
            if let touched, !touched.contains(label) { continue }
            if touched == nil, provenWide.contains(quantity) { continue }
            byLabel[label, default: []].append(quantity)
        }
        for label in byLabel.keys.sorted() {
            let part = members[label, default: []].sorted()
            largestComponent = max(largestComponent, part.count)
            checked += part.count
            let quantities = byLabel[label]!
            let widths = audit.widths(of: quantities, members: part, hidden: hidden, stopAtNarrow: !all, witnesses: &witnesses) { programsSolved += $0 }
            for (quantity, width) in zip(quantities, widths) {
                guard let width, width.value >= audit.k - 1 else {
                    found.append(Narrow(quantity: quantity, members: part, ends: width?.ends ?? []))
                    if !all { return found }
                    continue
                }
                provenWide.insert(quantity)
            }
        }
        return found
    }

    /// The published numbers whose hiding could widen `narrow`: those in a fact that pins it (one
    /// tight at an end of its range, or an equation with it), else those in any fact of its part;
    /// a non-zero count before a zero, a cell before a margin, the smallest first.
    private func candidates(for narrow: Narrow) -> [Int] {
        let values = model.values
        let own = Set(narrow.quantity.terms.map(\.index))
        let near = Set(narrow.members).union(own)
        var pinning: Set<Int> = own.filter { !hidden[$0] }
        var wider: Set<Int> = []
        for relation in model.relations {
            let indices = relation.terms.map(\.index)
            guard indices.contains(where: near.contains) else { continue }
            let published = indices.filter { !hidden[$0] }
            let tight = relation.kind == .equal
                ? indices.contains(where: own.contains)
                : narrow.ends.contains { end in relation.terms.reduce(0) { $0 + $1.coefficient * end[$1.index] } == relation.constant }
            if tight || (narrow.ends.isEmpty && indices.contains(where: own.contains)) {
                pinning.formUnion(published)
            } else {
                wider.formUnion(published)
            }
        }
        func order(_ set: Set<Int>) -> [Int] {
            set.sorted { a, b in
                let left = (values[a] == 0 ? 1 : 0, model.numbers[a].place.hidingCost, values[a], a)
                let right = (values[b] == 0 ? 1 : 0, model.numbers[b].place.hidingCost, values[b], b)
                return left < right
            }
        }
        // Cells when there are any: a margin is in the facts of many quantities, so it would seem
        // to free them all, yet hiding one margin alone rarely widens any of them.
        let pinned = order(pinning)
        let cells = pinned.filter { model.numbers[$0].place.hidingCost == 0 }
        if !cells.isEmpty { return cells }
        return pinned.isEmpty ? Array(order(wider).prefix(8)) : pinned
    }
}
