import Disclosure

/// What the `oneWayTable` template shows for a one-way table: its chart and its table.
/// Stored properties only, because Mustache reads them by reflection.
struct OneWayView: Sendable {
    /// The question with its base: "Did you get support? (n = 23)".
    let caption: String
    let answerHeading: String
    let peopleHeading: String
    let percentHeading: String
    let chart: BarChart
    let rows: [Row]
    /// Scales: "Strongly agree or Agree: 12 (48.0%, n = 25)".
    let hasAgreement: Bool
    let agreement: String

    struct Row: Sendable {
        let label: String
        let count: String
        let percent: String
    }

    init(table: ProtectedTable, labels: TableLabels, wording: CountWording, agreement: ScaleAgreement?) {
        let catalogue = wording.catalogue
        caption = catalogue.text(.reportOneWayCaption, ["question": labels.question, "base": wording.base(table.base)])
        answerHeading = catalogue[.reportAnswerHeading]
        peopleHeading = catalogue[.reportPeopleHeading]
        percentHeading = catalogue[.reportPercentHeading]
        chart = BarChart(table: table, labels: labels, wording: wording)
        let all = table.rowOptions.indices.map { row in
            let cell = table.cells[row][0]
            return Row(label: labels.options[row], count: wording.count(cell), percent: wording.percent(count: cell, base: table.base))
        }
        let hidden = table.rowOptions.indices.filter { table.cells[$0][0].isSuppressed }
        if agreement != nil || hidden.count < 2 || wording.variant == .internal {
            // A scale keeps its order, a single hidden answer needs no folding, and the lead's
            // report keeps every row with the reason it is hidden.
            rows = all
        } else {
            // Hidden answers fold into one row. For single choice with the base and every other
            // count published (unrounded) their sum is already known, so it is shown: no new number.
            let published = table.rowOptions.indices.map { table.cells[$0][0] }.filter { !$0.isSuppressed }
            let sum = table.rowsAreAdditive && table.rounding == nil
                ? table.base.minus(ProtectedCount.sum(published)) : ProtectedCount.sum([ProtectedCount.held])
            rows = table.rowOptions.indices.filter { !table.cells[$0][0].isSuppressed }.map { all[$0] }
                + [Row(label: catalogue[.reportOtherAnswers], count: wording.count(sum), percent: wording.percent(count: sum, base: table.base))]
        }
        hasAgreement = agreement != nil
        self.agreement = agreement.map { share in
            let count = share.count(in: table, column: 0)
            let value = count.isSuppressed ? wording.count(count) : "\(wording.count(count)) (\(wording.percent(count: count, base: table.base)))"
            return catalogue.text(.reportAgreementLine, ["label": share.label, "value": value])
        } ?? ""
    }
}
