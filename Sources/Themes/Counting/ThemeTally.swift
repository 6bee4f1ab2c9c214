import Foundation
import Disclosure
import SurveyKit

/// Counts the reviewed themes into tables the report protects like any other (`DisclosureControl`).
///
/// Per text question of a survey: a one-way table whose rows are the themes coded on that question
/// (taxonomy order, plus `ThemeTables.noTheme` when an answer was coded with none) and whose base
/// is the respondents whose answer to it is in the sheet; and the same crossed by each identifying
/// single-choice or scale question, as `Tally` does for choice questions. Per survey, one more
/// table of themes across all her text answers, each respondent counted once. A respondent may
/// carry several themes, so rows are not additive (`rowsAreAdditive: false`).
///
/// Rows of the sheet whose response is no longer in the bundle (withdrawn since, or from another
/// bundle) are ignored and counted in `rowsNotInBundle`; text answers the sheet does not hold
/// (responses that arrived after coding) are counted in `answersNotInSheet`.
public struct ThemeTally: Sendable {
    public let taxonomy: ThemeTaxonomy
    public let sheet: CodingSheet
    private var matched: Set<AnswerID> = []
    private var coded: [String: [Respondent]] = [:]
    private var surveys: [String: Survey] = [:]
    public private(set) var answersNotInSheet = 0

    /// One respondent's coded answers and groups, kept until the tables are built (bounded by the sheet).
    private struct Respondent: Sendable {
        /// Question id → theme ids (empty: coded with none).
        let themes: [String: [String]]
        /// Identifying question id → her option id.
        let groups: [String: String]
    }

    public init(taxonomy: ThemeTaxonomy, sheet: CodingSheet) {
        self.taxonomy = taxonomy
        self.sheet = sheet
    }

    /// Adds one opened response; `key` is its opaque response key.
    public mutating func add(key: String, survey: Survey, document: ResponseDocument) {
        surveys[survey.id] = survey
        var themes: [String: [String]] = [:]
        for question in survey.questions where question.type == .text {
            guard case .text(let answer) = document.answers[question.id],
                  !answer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
            let id = AnswerID(response: key, survey: survey.id, question: question.id)
            guard let row = sheet.row(for: id) else {
                answersNotInSheet += 1
                continue
            }
            matched.insert(id)
            themes[question.id] = row.themes
        }
        guard !themes.isEmpty else { return }
        var groups: [String: String] = [:]
        for question in Self.groupQuestions(of: survey) {
            if case .option(let option) = document.answers[question.id] { groups[question.id] = option }
        }
        coded[survey.id, default: []].append(Respondent(themes: themes, groups: groups))
    }

    /// Sheet rows that matched no opened response: left out of every count.
    public var rowsNotInBundle: Int { sheet.rows.count - matched.count }

    /// The theme tables of one survey, unprotected: per text question one-way then by each
    /// identifying question, then the all-questions table one-way then by each identifying question.
    public func tables(for survey: Survey) -> [CrossTable] {
        let respondents = coded[survey.id] ?? []
        guard !respondents.isEmpty else { return [] }
        let groupQuestions = Self.groupQuestions(of: survey)
        var tables: [CrossTable] = []
        let textQuestions = survey.questions.filter { $0.type == .text }
        for question in textQuestions {
            let answers = respondents.compactMap { respondent in respondent.themes[question.id].map { ($0, respondent.groups) } }
            guard !answers.isEmpty else { continue }
            tables += crossed(survey: survey, tableQuestion: ThemeTables.tableQuestion(for: question.id), answers: answers, by: groupQuestions)
        }
        let all = respondents.map { respondent -> ([String], [String: String]) in
            let union = Set(respondent.themes.values.joined())
            return (Array(union), respondent.groups)
        }
        tables += crossed(survey: survey, tableQuestion: ThemeTables.allQuestions, answers: all, by: groupQuestions)
        return tables
    }

    /// The one-way table and one two-way table per identifying question, over `answers`
    /// (each a respondent's themes and groups).
    private func crossed(survey: Survey, tableQuestion: String, answers: [([String], [String: String])], by groupQuestions: [Question]) -> [CrossTable] {
        let rows = rowIDs(for: answers.map(\.0))
        let rowIndex = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1, $0) })
        func indices(_ themes: [String]) -> [Int] {
            themes.isEmpty ? [rowIndex[ThemeTables.noTheme]!] : themes.compactMap { rowIndex[$0] }.sorted()
        }
        var tables: [CrossTable] = []
        var oneWay = CrossTable(survey: survey.id, question: tableQuestion, byQuestion: nil, rowOptions: rows, columnOptions: [], rowsAreAdditive: false)
        for (themes, _) in answers { oneWay.add(rows: indices(themes), column: 0) }
        tables.append(oneWay)
        for by in groupQuestions {
            var table = CrossTable(survey: survey.id, question: tableQuestion, byQuestion: by.id, rowOptions: rows,
                                   columnOptions: by.options.map(\.id), rowsAreAdditive: false)
            for (themes, groups) in answers {
                guard let option = groups[by.id], let column = by.options.firstIndex(where: { $0.id == option }) else { continue }
                table.add(rows: indices(themes), column: column)
            }
            tables.append(table)
        }
        return tables
    }

    /// The themes coded at least once, in taxonomy order, then the no-theme row if needed.
    private func rowIDs(for codings: [[String]]) -> [String] {
        let used = Set(codings.joined())
        var rows = taxonomy.themes.map(\.id).filter(used.contains)
        if codings.contains(where: \.isEmpty) { rows.append(ThemeTables.noTheme) }
        return rows
    }

    /// The questions tables are crossed by: identifying, one option per person (as `Tally`).
    static func groupQuestions(of survey: Survey) -> [Question] {
        survey.questions.filter { $0.identifying && $0.type.isSingleOption }
    }
}
