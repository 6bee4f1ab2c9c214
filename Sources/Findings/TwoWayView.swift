import Disclosure

/// What the `twoWayTable` template shows for a question broken down by an identifying question:
/// options down, groups across, with a total column and a row of group bases. Each percentage is
/// of its column's base, and shows it.
struct TwoWayView: Sendable {
    /// "Broken down by Area": what the folded-away table is, before it is opened.
    let brokenDownBy: String
    let caption: String
    let answerHeading: String
    /// Column headings: the groups, then "All groups".
    let groups: [String]
    let rows: [Row]
    /// The heading of the row of bases: "Everyone who answered".
    let basesHeading: String
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
            // A published count over a hidden base has no percentage to show ("0 not shown" read as nonsense).
            showsPercent = !count.isSuppressed && !base.isSuppressed
            percent = wording.percent(count: count, base: base)
        }
    }

    init(table: ProtectedTable, labels: TableLabels, wording: CountWording) {
        let catalogue = wording.catalogue
        let byLabel = labels.byQuestion ?? ""
        brokenDownBy = catalogue.text(.reportBrokenDownBy, ["group": byLabel])
        caption = catalogue.text(.reportTwoWayCaption, ["question": labels.question, "group": byLabel])
        answerHeading = catalogue[.reportAnswerHeading]
        groups = labels.groups + [catalogue[.reportAllGroups]]
        basesHeading = catalogue[.reportEveryoneWhoAnswered]
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
