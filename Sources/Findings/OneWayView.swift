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
        // The one base of the column is in the heading, not repeated in every cell.
        percentHeading = catalogue.text(.reportPercentOfBase, ["base": wording.base(table.base)])
        // The answers as shown: in the public report a question's hidden answers fold into one
        // "Other answers" row (not a scale, whose order matters; not a single hidden answer).
        let hidden = table.rowOptions.indices.filter { table.cells[$0][0].isSuppressed }
        var answers = table.rowOptions.indices.map { (label: labels.options[$0], count: table.cells[$0][0]) }
        if agreement == nil, hidden.count >= 2, wording.variant == .public {
            let published = answers.map(\.count).filter { !$0.isSuppressed }
            // For single choice with the base and every other count published (unrounded) their
            // sum is already known, so it is shown: it is no new number.
            let sum = table.rowsAreAdditive && table.rounding == nil
                ? table.base.minus(ProtectedCount.sum(published)).withinThreshold(k: wording.k) : ProtectedCount.sum([ProtectedCount.held])
            answers = answers.filter { !$0.count.isSuppressed } + [(label: catalogue[.reportOtherAnswers], count: sum)]
        }
        chart = BarChart(rows: answers, base: table.base, question: labels.question, wording: wording)
        rows = answers.map { Row(label: $0.label, count: wording.count($0.count), percent: wording.percent(count: $0.count, base: table.base, showingBase: false)) }
        hasAgreement = agreement != nil
        self.agreement = agreement.map { share in
            let count = share.count(in: table, column: 0)
            let value = count.isSuppressed ? wording.count(count) : "\(wording.count(count)) (\(wording.percent(count: count, base: table.base)))"
            return catalogue.text(.reportAgreementLine, ["label": share.label, "value": value])
        } ?? ""
    }
}
