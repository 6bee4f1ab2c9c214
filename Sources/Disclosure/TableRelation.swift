/// A fact about a table's numbers that holds whatever the answers were:
/// `Σ coefficient × number` is equal to, at least, or at most zero.
///
/// These are the facts an attacker combines with the published numbers (see `TableShape.relations`).
struct TableRelation: Sendable, Equatable {
    struct Term: Sendable, Hashable {
        let index: Int
        let coefficient: Int
    }

    enum Kind: Sendable, Equatable {
        case equal, atLeast, atMost
    }

    let terms: [Term]
    let kind: Kind

    /// `members` add up to `total` (kind `.equal`), or at least or at most to it.
    init(_ members: [Int], _ kind: Kind, _ total: Int) {
        terms = members.map { Term(index: $0, coefficient: 1) } + [Term(index: total, coefficient: -1)]
        self.kind = kind
    }

    var indices: [Int] { terms.map(\.index) }

    func holds(for values: [Int]) -> Bool {
        let sum = terms.reduce(0) { $0 + $1.coefficient * values[$1.index] }
        switch kind {
        case .equal: return sum == 0
        case .atLeast: return sum >= 0
        case .atMost: return sum <= 0
        }
    }
}

extension TableShape {
    /// Everything the structure of the table says about its numbers, beyond each being a count
    /// (a whole number, at least zero).
    ///
    /// Single choice and scales: each respondent is in exactly one row, so each column's cells
    /// add up to its base. Multiple choice: a respondent may tick several rows, so a column's
    /// cells do not add up; but no cell exceeds its base, and, since everyone counted ticked
    /// something, the cells add up to at least the base. Two-way tables of either kind: the
    /// `by` question is single choice, so each respondent is in exactly one column: a row's cells
    /// add up to its total and the column bases to the base; the row totals add up to the base
    /// (single choice) or to at least the base, each at most the base (multiple choice).
    var relations: [TableRelation] {
        var relations: [TableRelation] = []
        for column in 0..<columns {
            let cells = (0..<rows).map { cell($0, column) }
            if rowsAreAdditive {
                relations.append(TableRelation(cells, .equal, columnBase(column)))
            } else {
                relations.append(TableRelation(cells, .atLeast, columnBase(column)))
                for cell in cells { relations.append(TableRelation([cell], .atMost, columnBase(column))) }
            }
        }
        guard isTwoWay else { return relations }
        for row in 0..<rows {
            relations.append(TableRelation((0..<columns).map { cell(row, $0) }, .equal, rowTotal(row)))
        }
        relations.append(TableRelation((0..<columns).map(columnBase), .equal, base))
        let totals = (0..<rows).map(rowTotal)
        if rowsAreAdditive {
            relations.append(TableRelation(totals, .equal, base))
        } else {
            relations.append(TableRelation(totals, .atLeast, base))
            for total in totals { relations.append(TableRelation([total], .atMost, base)) }
        }
        return relations
    }
}
