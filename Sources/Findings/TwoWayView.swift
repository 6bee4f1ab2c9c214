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

    /// A hidden count has no percentage: its cell says only "fewer than k" or "not shown".
    struct Cell: Sendable {
        let count: String
        let showsPercent: Bool
        let percent: String

        init(count: ProtectedCount, base: ProtectedCount, wording: CountWording) {
            self.count = wording.count(count)
            showsPercent = !count.isSuppressed
            percent = wording.percent(count: count, base: base)
        }
    }

    static let allGroups = "All groups"

    init(table: ProtectedTable, labels: TableLabels, wording: CountWording) {
        let byLabel = labels.byQuestion ?? ""
        self.byLabel = byLabel
        caption = "\(labels.question), by \(byLabel)"
        groups = labels.groups + [Self.allGroups]
        rows = table.rowOptions.indices.map { row in
            let cells = table.columnOptions.indices.map { column in
                Cell(count: table.cells[row][column], base: table.columnBases[column], wording: wording)
            }
            let total = Cell(count: table.rowTotals[row], base: table.base, wording: wording)
            return Row(label: labels.options[row], cells: cells + [total])
        }
        bases = (table.columnBases + [table.base]).map(wording.base)
    }
}
