import Disclosure

/// What the `twoWayTable` template shows for a question broken down by an identifying question:
/// options down, groups across, with a total column and a row of group bases. Each percentage is
/// of its column's base, and shows it.
struct TwoWayView: Sendable {
    let byLabel: String
    let caption: String
    /// Column headings: the groups, then "All groups".
    let groups: [String]
    let rows: [Row]
    /// Per column, then overall: how many people the percentages above are of.
    let bases: [String]

    struct Row: Sendable {
        let label: String
        let cells: [Cell]
    }

    struct Cell: Sendable {
        let count: String
        let percent: String
    }

    static let allGroups = "All groups"
    static let basesLabel = "Everyone who answered"

    init(table: ProtectedTable, labels: TableLabels, wording: CountWording) {
        let byLabel = labels.byQuestion ?? ""
        self.byLabel = byLabel
        caption = "\(labels.question), by \(byLabel)"
        groups = labels.groups + [Self.allGroups]
        rows = table.rowOptions.indices.map { row in
            let cells = table.columnOptions.indices.map { column in
                Cell(count: wording.count(table.cells[row][column]),
                     percent: wording.percent(count: table.cells[row][column], base: table.columnBases[column]))
            }
            let total = Cell(count: wording.count(table.rowTotals[row]),
                             percent: wording.percent(count: table.rowTotals[row], base: table.base))
            return Row(label: labels.options[row], cells: cells + [total])
        }
        bases = (table.columnBases + [table.base]).map(wording.base)
    }
}
