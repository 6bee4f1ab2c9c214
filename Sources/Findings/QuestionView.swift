import Disclosure
import SurveyKit

/// One question in the report: who was asked and who answered, its chart and table, the
/// agreeing share of a scale, its breakdowns by group and, for scales, each group against the rest.
/// A text question shows the themes the lead coded in its answers, counted like multiple choice.
/// Stored properties only, because Mustache reads them by reflection.
struct QuestionView: Sendable {
    let label: String
    let askedAnswered: String
    let multipleChoice: Bool
    let multipleChoiceNote: String
    let oneWay: [OneWayView]
    /// Every answer is hidden: one sentence instead of a table of "not shown".
    let allNotShown: Bool
    let allNotShownNote: String
    let twoWay: [TwoWayView]
    /// "Not broken down by Age, Area: too few people in each group to show." (empty when none).
    let breakdownsLeftOut: String
    let comparisons: [ComparisonView]

    init?(question: Question, in findings: SurveyFindings, wording: CountWording) {
        guard let tableQuestion = findings.tableQuestion(for: question) else { return nil }
        self.init(tableQuestion: tableQuestion, question: question, in: findings, wording: wording)
    }

    /// The table whose `question` is `tableQuestion` (a theme table's id differs from its question's).
    init?(tableQuestion: String, question: Question?, in findings: SurveyFindings, wording: CountWording) {
        guard let table = findings.oneWay(tableQuestion) else { return nil }
        let catalogue = wording.catalogue
        let labels = findings.labels(for: table)
        let agreement = ScaleAgreement(table: table, question: question, catalogue: catalogue)
        label = labels.question
        askedAnswered = catalogue.text(.reportAskedAnswered, [
            "asked": wording.count(findings.asked[tableQuestion] ?? table.base), "answered": wording.count(table.base),
        ])
        multipleChoice = !table.rowsAreAdditive
        multipleChoiceNote = catalogue[.reportMultipleChoiceNote]
        // The lead's report keeps the table, with the reason each number is hidden.
        allNotShown = wording.variant == .public && table.cells.allSatisfy { $0[0].isSuppressed }
        allNotShownNote = catalogue[.reportAnswersNotShown]
        oneWay = allNotShown ? [] : [OneWayView(table: table, labels: labels, wording: wording, agreement: agreement)]
        let leftOut = findings.leftOutBreakdowns.filter { $0.question == tableQuestion }.map { findings.survey.question($0.byQuestion)?.label.english ?? $0.byQuestion }
        breakdownsLeftOut = leftOut.isEmpty || allNotShown || findings.noBreakdownShown ? "" : catalogue.text(.reportBreakdownsLeftOut, ["groups": leftOut.joined(separator: ", ")])
        let breakdowns = findings.twoWay(tableQuestion).map { ($0, findings.labels(for: $0)) }
        twoWay = breakdowns.map { TwoWayView(table: $0.0, labels: $0.1, wording: wording) }
        comparisons = agreement.map { share in
            breakdowns.map { ComparisonView(table: $0.0, labels: $0.1, agreement: share, wording: wording) }
        } ?? []
    }
}
