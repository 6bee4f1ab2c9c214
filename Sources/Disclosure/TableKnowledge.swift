/// What an attacker knows about the numbers of one table: the relations its structure implies,
/// and for each number a range: exact for a published number (or, when rounded, the values that
/// round to it), only a lower limit for a hidden one.
///
/// Any table of whole numbers that satisfies all of it is, for the attacker, as likely to be the
/// truth as the truth itself.
struct TableKnowledge: Sendable {
    struct Range: Sendable, Equatable {
        let lower: Int
        /// nil: nothing limits it from above.
        let upper: Int?

        static func exactly(_ value: Int) -> Range { Range(lower: value, upper: value) }
        var isExact: Bool { upper == lower }
        func contains(_ value: Int) -> Bool { value >= lower && upper.map { value <= $0 } ?? true }
    }

    let shape: TableShape
    let relations: [TableRelation]
    let ranges: [Range]

    init(shape: TableShape, ranges: [Range]) {
        precondition(ranges.count == shape.count, "one range per number of the table")
        self.shape = shape
        relations = shape.relations
        self.ranges = ranges
    }

    /// The knowledge our own audit assumes while protecting `values`: every number not hidden is
    /// published exactly (rounding comes later and only blurs), and a hidden number is at least
    /// zero, or at least one when zeros are published. Zeros are published then, so an attacker
    /// may take every hidden number to be non-zero; the audit grants it that for every hidden
    /// number that truly is non-zero (a zero hidden with its whole group keeps zero as its
    /// lower limit, or the truth would not fit). That is at least what any attacker can know.
    static func protecting(_ values: [Int], hidden: [Bool], shape: TableShape, zerosPublished: Bool) -> TableKnowledge {
        let ranges = values.indices.map { index -> Range in
            guard hidden[index] else { return .exactly(values[index]) }
            return Range(lower: zerosPublished && values[index] > 0 ? 1 : 0, upper: nil)
        }
        return TableKnowledge(shape: shape, ranges: ranges)
    }

    /// What anybody can work out from a published table alone. A rounded count stands for every
    /// count that rounds to it; as no published count is 1 to k−1, a published zero is a true zero
    /// (`DisclosureControl` refuses a rounding base that could round k down to zero) and a
    /// non-zero count is at least k.
    static func published(_ table: ProtectedTable) -> TableKnowledge {
        let shape = TableShape(table)
        let ranges = shape.counts(of: table).map { count -> Range in
            guard let value = count.count else { return Range(lower: 0, upper: nil) }
            guard let base = table.rounding, value > 0 else { return .exactly(value) }
            let interval = PublishedRounding(base: base).values(roundingTo: value)
            return Range(lower: max(interval.lowerBound, table.k), upper: interval.upperBound)
        }
        return TableKnowledge(shape: shape, ranges: ranges)
    }

    /// Whether a whole table (in `TableShape` order) fits everything known.
    func admits(_ values: [Int]) -> Bool {
        values.count == ranges.count
            && zip(values, ranges).allSatisfy { $1.contains($0) }
            && relations.allSatisfy { $0.holds(for: values) }
    }
}
