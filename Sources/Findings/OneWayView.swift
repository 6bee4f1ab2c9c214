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
        rows = table.rowOptions.indices.map { row in
            let cell = table.cells[row][0]
            return Row(label: labels.options[row], count: wording.count(cell), percent: wording.percent(count: cell, base: table.base))
        }
        hasAgreement = agreement != nil
        self.agreement = agreement.map { share in
            let count = share.count(in: table, column: 0)
            let value = count.isSuppressed ? wording.count(count) : "\(wording.count(count)) (\(wording.percent(count: count, base: table.base)))"
            return catalogue.text(.reportAgreementLine, ["label": share.label, "value": value])
        } ?? ""
    }
}
