/// Every way of generalising the quasi-identifiers together (Samarati, 2001; LeFevre, DeWitt and
/// Ramakrishnan, 2005, "Incognito"): a node picks one level for each identifying question. A node
/// is below another when it is no more general in any question; its height is the sum of its levels.
struct GeneralisationLattice: Sendable {
    /// The "any" level of each quasi-identifier: the highest level it can take.
    let tops: [Int]

    /// More nodes than this and the search would take too long on an analysis laptop.
    static let largestSize = 100_000

    init(tops: [Int]) { self.tops = tops }

    /// The number of nodes, or nil when it exceeds `largestSize`.
    var size: Int? {
        var product = 1
        for top in tops {
            product *= top + 1
            if product > Self.largestSize { return nil }
        }
        return product
    }

    /// The height of the top node, where every answer is removed.
    var maxHeight: Int { tops.reduce(0, +) }

    /// The nodes whose levels add up to `height`, in lexicographic order.
    func nodes(atHeight height: Int) -> [[Int]] {
        var result: [[Int]] = []
        var node = Array(repeating: 0, count: tops.count)
        // What the questions after `index` can still take, so impossible branches stop early.
        var roomAfter = Array(repeating: 0, count: tops.count + 1)
        for index in tops.indices.reversed() { roomAfter[index] = roomAfter[index + 1] + tops[index] }
        func fill(_ index: Int, _ remaining: Int) {
            if index == tops.count {
                if remaining == 0 { result.append(node) }
                return
            }
            let lowest = max(0, remaining - roomAfter[index + 1])
            guard lowest <= min(tops[index], remaining) else { return }
            for level in lowest...min(tops[index], remaining) {
                node[index] = level
                fill(index + 1, remaining - level)
            }
        }
        fill(0, height)
        return result
    }

    /// The nodes one step below `node`: one question one level less general.
    func predecessors(of node: [Int]) -> [[Int]] {
        node.indices.compactMap { index in
            guard node[index] > 0 else { return nil }
            var lower = node
            lower[index] -= 1
            return lower
        }
    }

    /// Whether `lower` is no more general than `upper` in any question.
    static func isBelow(_ lower: [Int], _ upper: [Int]) -> Bool {
        zip(lower, upper).allSatisfy { $0 <= $1 }
    }
}
