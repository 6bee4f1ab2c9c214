/// Branch and bound: the best whole-number solution of a linear program.
///
/// Counts are whole numbers, and an attacker may use that. Most tables' programs have whole-number
/// optima anyway (the single-choice ones are network matrices); a multiple-choice table with a
/// hidden base can have a fractional one, and then this narrows it to the best whole table.
enum IntegerSearch {
    /// The whole-number point minimising `objective` (whose coefficients are whole numbers), or
    /// nil when there is none or the search gives up after `nodeLimit` programs without finding
    /// one. When it gives up after finding one, that one is returned: good, perhaps not best.
    static func minimize(_ objective: [Double], over program: LinearProgram, nodeLimit: Int = 200) -> [Double]? {
        var best: (value: Double, point: [Double])?
        var pending = [program]
        var solved = 0
        while let node = pending.popLast(), solved < nodeLimit {
            solved += 1
            guard case .optimal(let value, let point) = Simplex(node).minimize(objective) else { continue }
            // Whole-number objectives take whole values: a bound must beat the best by a whole one.
            if let best, (value - 1e-6).rounded(.up) >= best.value { continue }
            guard let split = point.firstIndex(where: { !isWhole($0) }) else {
                best = (value.rounded(), point.map { $0.rounded() })
                continue
            }
            var unit = [Double](repeating: 0, count: program.variableCount)
            unit[split] = 1
            pending.append(node.requiring(unit, .atLeast, point[split].rounded(.up)))
            pending.append(node.requiring(unit, .atMost, point[split].rounded(.down)))
        }
        return best?.point
    }

    static func isWhole(_ value: Double) -> Bool { abs(value - value.rounded()) <= 1e-6 }
}
