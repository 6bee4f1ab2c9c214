import Disclosure
import SurveyKit

/// Everything `report.mustache` shows, worked out in Swift so the templates stay logic-less and
/// every piece of user text reaches them as a plain string for Mustache to escape.
/// Stored properties only, because Mustache reads them by reflection; names differ between levels
/// so a template never picks up a parent's value by accident.
struct ReportPage: Sendable {
    let k: Int
    /// k − 1, the largest number never published.
    let largestHidden: Int
    let fewerThanK: String
    let generated: String
    let withdrawnLeftOut: Int
    let problemCount: Int
    let hasProblems: Bool
    let problems: [Problem]
    let hasSurveys: Bool
    let surveys: [SurveySection]

    struct Problem: Sendable {
        let line: Int
        let responseID: String
        let reason: String
    }

    struct SurveySection: Sendable {
        let title: String
        let surveyID: String
        let version: Int
        let responses: Int
        let hasQuestions: Bool
        let questions: [QuestionSection]
    }

    /// One question: its one-way chart and table, then its breakdowns by identifying questions.
    struct QuestionSection: Sendable {
        let label: String
        let multipleChoice: Bool
        let oneWay: [OneWayView]
        let twoWay: [TwoWayView]
    }

    init(_ input: ReportInput) {
        let wording = CountWording(k: input.k)
        k = input.k
        largestHidden = input.k - 1
        fewerThanK = wording.fewerThanK
        generated = input.generatedDay
        withdrawnLeftOut = input.withdrawnLeftOut
        problemCount = input.problems.count
        hasProblems = !input.problems.isEmpty
        problems = input.problems.map { Problem(line: $0.line, responseID: $0.id ?? "(none)", reason: $0.reason) }
        hasSurveys = !input.surveys.isEmpty
        surveys = input.surveys.map { Self.section($0, wording: wording) }
    }

    private static func section(_ findings: SurveyFindings, wording: CountWording) -> SurveySection {
        // Tables arrive as the tally makes them; gather each question's one-way and two-way
        // tables together, in the order the questions first appear.
        var order: [String] = []
        var byQuestion: [String: [ProtectedTable]] = [:]
        for table in findings.tables {
            if byQuestion[table.question] == nil { order.append(table.question) }
            byQuestion[table.question, default: []].append(table)
        }
        let questions = order.map { id in
            let tables = byQuestion[id] ?? []
            let labels = tables.map { TableLabels(table: $0, survey: findings.survey) }
            let pairs = Array(zip(tables, labels))
            return QuestionSection(
                label: labels.first?.question ?? id,
                multipleChoice: tables.contains { !$0.rowsAreAdditive },
                oneWay: pairs.filter { !$0.0.isTwoWay }.map { OneWayView(table: $0.0, labels: $0.1, wording: wording) },
                twoWay: pairs.filter { $0.0.isTwoWay }.map { TwoWayView(table: $0.0, labels: $0.1, wording: wording) }
            )
        }
        return SurveySection(
            title: findings.survey.title.english, surveyID: findings.survey.id, version: findings.survey.version,
            responses: findings.responses, hasQuestions: !questions.isEmpty, questions: questions
        )
    }
}
