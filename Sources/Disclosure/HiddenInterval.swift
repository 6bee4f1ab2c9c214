/// What an attacker can learn about one hidden number: the range of values it can take in a table
/// that fits everything published, and two such tables, one at each end.
public struct HiddenInterval: Sendable, Equatable {
    public let entry: TableEntry
    /// The smallest value it can take.
    public let lowest: Int
    /// The largest value it can take, or nil when nothing published limits it from above.
    public let highest: Int?
    /// A whole table (margins included) that fits everything published, with `entry` at `lowest`.
    public let lowestWitness: CrossTable
    /// A whole table that fits everything published, with `entry` at `highest`, or, when there is
    /// no upper limit, at `lowest + k`.
    public let highestWitness: CrossTable

    /// How far apart the witnesses hold the number: the width of the range, or, when it has no
    /// upper limit, k. Disclosure control keeps it at least k − 1 for every hidden number.
    public var width: Int { highestWitness.value(of: entry) - lowestWitness.value(of: entry) }
}
