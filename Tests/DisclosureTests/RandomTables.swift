@testable import Disclosure
import TestSupport

/// Random tables of every kind, from seeded randomness so a failure can be reproduced.
enum RandomTables {
    enum Kind: CaseIterable, CustomStringConvertible {
        case oneWaySingle, oneWayMultiple, twoWaySingle, twoWayMultiple

        var isTwoWay: Bool { self == .twoWaySingle || self == .twoWayMultiple }
        var isMultiple: Bool { self == .oneWayMultiple || self == .twoWayMultiple }
        var description: String {
            switch self {
            case .oneWaySingle: "one-way single choice"
            case .oneWayMultiple: "one-way multiple choice"
            case .twoWaySingle: "two-way single choice"
            case .twoWayMultiple: "two-way multiple choice"
            }
        }
    }

    /// Up to 12 options by up to 8 groups. Counts mix zeros, counts under k and larger ones; with
    /// `large` the larger ones reach the hundreds.
    static func make(_ kind: Kind, k: Int, large: Bool, using generator: inout SplitMix64) -> CrossTable {
        let rows = Int.random(in: 2...12, using: &generator)
        let columns = kind.isTwoWay ? Int.random(in: 2...8, using: &generator) : 1
        var table = CrossTable(
            survey: "s", question: "q", byQuestion: kind.isTwoWay ? "g" : nil,
            rowOptions: (0..<rows).map { "o\($0)" }, columnOptions: (0..<columns).map { "g\($0)" },
            rowsAreAdditive: !kind.isMultiple)
        let top = large ? 300 : 3 * k
        func count() -> Int {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0..<3: 0
            case 3..<6: Int.random(in: 1...max(1, k - 1), using: &generator)
            default: Int.random(in: k...top, using: &generator)
            }
        }
        if kind.isMultiple {
            // Each respondent ticks each option with its own chance, and at least one.
            let chances = (0..<rows).map { _ in Double.random(in: 0.02...0.9, using: &generator) }
            for column in 0..<columns {
                for _ in 0..<count() {
                    var ticked = (0..<rows).filter { Double.random(in: 0..<1, using: &generator) < chances[$0] }
                    if ticked.isEmpty { ticked = [Int.random(in: 0..<rows, using: &generator)] }
                    table.add(rows: ticked, column: column)
                }
            }
        } else {
            for row in 0..<rows {
                for column in 0..<columns {
                    for _ in 0..<count() { table.add(rows: [row], column: column) }
                }
            }
        }
        return table
    }
}
