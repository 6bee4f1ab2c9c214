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
    let twoWay: [TwoWayView]
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
        oneWay = [OneWayView(table: table, labels: labels, wording: wording, agreement: agreement)]
        let breakdowns = findings.twoWay(tableQuestion).map { ($0, findings.labels(for: $0)) }
        twoWay = breakdowns.map { TwoWayView(table: $0.0, labels: $0.1, wording: wording) }
        comparisons = agreement.map { share in
            breakdowns.map { ComparisonView(table: $0.0, labels: $0.1, agreement: share, wording: wording) }
        } ?? []
    }
}
