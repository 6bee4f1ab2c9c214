/// A number the audit keeps uncertain: a hidden entry of the table, or, for a multiple-choice
/// count hidden because few did not tick it, that complement (its base minus the count).
///
/// Written as a sum of table numbers with whole coefficients, so the linear programs can aim at it.
struct AuditedQuantity: Sendable, Equatable {
    let terms: [TableRelation.Term]

    static func entry(_ index: Int) -> AuditedQuantity {
        AuditedQuantity(terms: [.init(index: index, coefficient: 1)])
    }

    /// `base − index`: the respondents counted in `base` who are not counted in `index`.
    static func complement(of index: Int, base: Int) -> AuditedQuantity {
        AuditedQuantity(terms: [.init(index: base, coefficient: 1), .init(index: index, coefficient: -1)])
    }

    var indices: [Int] { terms.map(\.index) }

    /// The entry itself, when the quantity is a single entry.
    var entry: Int? { terms.count == 1 && terms[0].coefficient == 1 ? terms[0].index : nil }

    func value(in values: [Int]) -> Int {
        terms.reduce(0) { $0 + $1.coefficient * values[$1.index] }
    }
}
