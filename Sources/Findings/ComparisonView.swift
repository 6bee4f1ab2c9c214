import Disclosure

/// One group against everyone else, for a scale question broken down by group ("police against
/// other agencies", 003: 916): per group, its agreeing share beside the rest's.
///
/// Everything here is worked out from published numbers, so it says nothing the tables do not;
/// and "everyone else" is held to the same thresholds as any cell.
struct ComparisonView: Sendable {
    let summary: String
    let caption: String
    let groupHeading: String
    let thisGroupHeading: String
    let everyoneElseHeading: String
    let rows: [Row]

    struct Row: Sendable {
        let group: String
        let thisGroup: String
        let everyoneElse: String
    }

    init(table: ProtectedTable, labels: TableLabels, agreement: ScaleAgreement, wording: CountWording) {
        let catalogue = wording.catalogue
        let byLabel = labels.byQuestion ?? ""
        summary = catalogue.text(.reportComparisonSummary, ["group": byLabel])
        caption = catalogue.text(.reportComparisonCaption, ["question": labels.question, "label": agreement.label])
        groupHeading = catalogue[.reportComparisonGroup]
        thisGroupHeading = catalogue[.reportComparisonThisGroup]
        everyoneElseHeading = catalogue[.reportComparisonEveryoneElse]
        let allAgree = agreement.total(in: table)
        rows = table.columnOptions.indices.map { column in
            let groupBase = table.columnBases[column]
            let groupAgree = agreement.count(in: table, column: column)
            let restBase = table.base.minus(groupBase).withinThreshold(k: wording.k)
            let restAgree = allAgree.minus(groupAgree).withinThreshold(k: wording.k)
            return Row(
                group: labels.groups[column],
                thisGroup: Self.share(groupAgree, of: groupBase, wording),
                everyoneElse: Self.share(restAgree, of: restBase, wording))
        }
    }

    private static func share(_ count: ProtectedCount, of base: ProtectedCount, _ wording: CountWording) -> String {
        count.isSuppressed || base.isSuppressed ? wording.notShown : wording.percent(count: count, base: base)
    }
}
