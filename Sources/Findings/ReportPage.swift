import Disclosure
import SurveyKit

/// Everything `report.mustache` shows, worked out in Swift so the templates stay logic-less and
/// every piece of user text reaches them as a plain string for Mustache to escape.
/// Stored properties only, because Mustache reads them by reflection; names differ between levels
/// so a template never picks up a parent's value by accident.
struct ReportPage: Sendable {
    /// For `<html lang>`: the catalogue's language.
    let language: String
    let pageTitle: String
    let madeOn: String
    let methodHeading: String
    let methodCounting: String
    let methodHiding: String
    let methodPercentages: String
    let methodMultipleChoice: String
    let leftOut: String
    let hasProblems: Bool
    let problemsCaption: String
    let problemLineHeading: String
    let problemIDHeading: String
    let problemReasonHeading: String
    let problems: [Problem]
    let hasSurveys: Bool
    let noSurveys: String
    let surveys: [SurveySection]

    struct Problem: Sendable {
        let line: Int
        let responseID: String
        let reason: String
    }

    struct SurveySection: Sendable {
        let title: String
        /// "Survey two, version 2. Responses counted: 27."
        let facts: String
        let hasQuestions: Bool
        let noQuestions: String
        let questions: [QuestionSection]
    }

    /// One question: its one-way chart and table, then its breakdowns by identifying questions.
    struct QuestionSection: Sendable {
        let label: String
        let multipleChoice: Bool
        let multipleChoiceNote: String
        let oneWay: [OneWayView]
        let twoWay: [TwoWayView]
    }

    /// Every sentence is whole in the catalogue, numbers and labels filled in here, so a translator
    /// sees each one entire and Mustache escapes it, values and all.
    init(_ input: ReportInput, catalogue: Catalogue) {
        let wording = CountWording(k: input.k, catalogue: catalogue)
        language = catalogue.language
        pageTitle = catalogue[.reportTitle]
        madeOn = catalogue.text(.reportMadeOn, ["day": input.generatedDay])
        methodHeading = catalogue[.reportMethodHeading]
        methodCounting = catalogue[.reportMethodCounting]
        methodHiding = catalogue.text(.reportMethodHiding, [
            "largestHidden": String(input.k - 1), "k": String(input.k),
            "fewerThanK": wording.fewerThanK, "notShown": wording.notShown,
        ])
        methodPercentages = catalogue[.reportMethodPercentages]
        methodMultipleChoice = catalogue[.reportMethodMultipleChoice]
        leftOut = catalogue.text(.reportLeftOut, [
            "withdrawn": String(input.withdrawnLeftOut), "problems": String(input.problems.count),
        ])
        hasProblems = !input.problems.isEmpty
        problemsCaption = catalogue[.reportProblemsCaption]
        problemLineHeading = catalogue[.reportProblemLine]
        problemIDHeading = catalogue[.reportProblemResponseID]
        problemReasonHeading = catalogue[.reportProblemReason]
        problems = input.problems.map {
            Problem(line: $0.line, responseID: $0.id ?? catalogue[.reportNoResponseID], reason: $0.reason)
        }
        hasSurveys = !input.surveys.isEmpty
        noSurveys = catalogue[.reportNoSurveys]
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
        let catalogue = wording.catalogue
        let questions = order.map { id in
            let tables = byQuestion[id] ?? []
            let labels = tables.map { TableLabels(table: $0, survey: findings.survey) }
            let pairs = Array(zip(tables, labels))
            return QuestionSection(
                label: labels.first?.question ?? id,
                multipleChoice: tables.contains { !$0.rowsAreAdditive },
                multipleChoiceNote: catalogue[.reportMultipleChoiceNote],
                oneWay: pairs.filter { !$0.0.isTwoWay }.map { OneWayView(table: $0.0, labels: $0.1, wording: wording) },
                twoWay: pairs.filter { $0.0.isTwoWay }.map { TwoWayView(table: $0.0, labels: $0.1, wording: wording) }
            )
        }
        let facts = catalogue.text(.reportSurveyFacts, [
            "survey": findings.survey.id, "version": String(findings.survey.version), "responses": String(findings.responses),
        ])
        return SurveySection(
            title: findings.survey.title.english, facts: facts,
            hasQuestions: !questions.isEmpty, noQuestions: catalogue[.reportNoQuestions], questions: questions
        )
    }
}
