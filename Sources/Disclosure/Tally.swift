import SurveyKit

/// Adds up responses, one at a time, into every table a survey's report needs: a one-way table for
/// every choice and scale question, and a two-way table of every choice question that is not
/// itself identifying by every single-choice identifying question. Memory grows with the number of cells, never with the
/// number of responses, so a bundle of any size streams through.
public struct Tally: Sendable {
    public let survey: Survey
    public private(set) var tables: [CrossTable]
    public private(set) var responses = 0
    /// Per question id: respondents the question was shown to, after skip logic. A survey is one
    /// form, so everyone who sent it was asked every question relevant to her answers.
    public private(set) var asked: [String: Int] = [:]
    /// Rows of `tables` to update per question id: (table index, is this the row question).
    private let plans: [Plan]

    private struct Plan: Sendable {
        let table: Int
        let question: Question
        let by: Question?
    }

    public init(survey: Survey) {
        self.survey = survey
        let choices = survey.questions.filter { $0.type.isChoice }
        let groups = choices.filter { $0.identifying && $0.type.isSingleOption }
        var tables: [CrossTable] = []
        var plans: [Plan] = []
        for question in choices {
            // An identifying question is not broken down by another: crossed, two of them describe
            // people too closely (age by area), and a board learns nothing about services from it.
            for by in [nil] + (question.identifying ? [] : groups) {
                plans.append(Plan(table: tables.count, question: question, by: by))
                tables.append(CrossTable(
                    survey: survey.id, question: question.id, byQuestion: by?.id,
                    rowOptions: question.options.map(\.id), columnOptions: by?.options.map(\.id) ?? [],
                    rowsAreAdditive: question.type != .multipleChoice))
            }
        }
        self.tables = tables
        self.plans = plans
    }

    /// Counts one respondent's answers, which must already fit the survey (see `ResponseDocument.decode`).
    public mutating func add(_ answers: Answers) {
        responses += 1
        for question in survey.questions where question.type != .note && question.isRelevant(given: answers) {
            asked[question.id, default: 0] += 1
        }
        for plan in plans {
            let rows = Self.rowIndices(of: answers[plan.question.id], in: plan.question)
            guard !rows.isEmpty else { continue }
            var column = 0
            if let by = plan.by {
                guard let group = Self.rowIndices(of: answers[by.id], in: by).first else { continue }
                column = group
            }
            tables[plan.table].add(rows: rows, column: column)
        }
    }

    private static func rowIndices(of value: AnswerValue?, in question: Question) -> [Int] {
        switch value {
        case .option(let id): return question.options.firstIndex { $0.id == id }.map { [$0] } ?? []
        case .options(let ids): return ids.compactMap { id in question.options.firstIndex { $0.id == id } }
        default: return []
        }
    }
}
