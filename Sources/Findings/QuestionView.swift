import Disclosure
import SurveyKit

/// One question in the report: who was asked and who answered, its chart and table, the
/// agreeing share of a scale, its breakdowns by group and, for scales, each group against the rest.
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
        guard let table = findings.oneWay(question.id) else { return nil }
        let catalogue = wording.catalogue
        let labels = TableLabels(table: table, survey: findings.survey)
        let agreement = ScaleAgreement(table: table, question: question, catalogue: catalogue)
        label = labels.question
        askedAnswered = catalogue.text(.reportAskedAnswered, [
            "asked": wording.count(findings.asked[question.id] ?? table.base), "answered": wording.count(table.base),
        ])
        multipleChoice = !table.rowsAreAdditive
        multipleChoiceNote = catalogue[.reportMultipleChoiceNote]
        oneWay = [OneWayView(table: table, labels: labels, wording: wording, agreement: agreement)]
        let breakdowns = findings.twoWay(question.id).map { ($0, TableLabels(table: $0, survey: findings.survey)) }
        twoWay = breakdowns.map { TwoWayView(table: $0.0, labels: $0.1, wording: wording) }
        comparisons = agreement.map { share in
            breakdowns.map { ComparisonView(table: $0.0, labels: $0.1, agreement: share, wording: wording) }
        } ?? []
    }
}
