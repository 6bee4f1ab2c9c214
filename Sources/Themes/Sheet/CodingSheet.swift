import Foundation
import TabularText
import SurveyKit

/// The coding sheet: one row per non-empty text answer, for the lead to review in a spreadsheet on
/// the offline machine, then hand to `report --coding`. Rows are sorted by survey, by the
/// question's place in the survey, then by response key, so nothing follows the bundle's order.
public struct CodingSheet: Sendable {
    public let rows: [CodingSheetRow]
    private let index: [AnswerID: Int]

    public init(rows: [CodingSheetRow]) {
        self.rows = rows
        index = Dictionary(rows.enumerated().map { ($1.answerID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func row(for answer: AnswerID) -> CodingSheetRow? { index[answer].map { rows[$0] } }

    /// The sheet as CSV (see `CSVText` for the encoding choices).
    public func csv() -> String {
        let header = CodingSheetColumn.allCases.map(\.rawValue)
        let body = rows.map { row in
            CodingSheetColumn.allCases.map { column -> String in
                switch column {
                case .response: row.response
                case .survey: row.survey
                case .question: row.question
                case .questionLabel: row.questionLabel
                case .text: row.text
                case .suggestedThemes: row.suggestedThemes.joined(separator: CodingSheetColumn.themeSeparator)
                case .themes: row.themes.joined(separator: CodingSheetColumn.themeSeparator)
                case .quoteAllowed: row.quoteAllowed ? "yes" : "no"
                case .redactedQuote: row.redactedQuote
                case .approveQuote: row.approveQuote ? "yes" : ""
                case .editedQuote: row.editedQuote
                }
            }
        }
        return CSV.document([header] + body)
    }

    /// Reads a reviewed sheet. Throws with every problem, each with the file and line.
    public static func read(file url: URL, taxonomy: ThemeTaxonomy) throws(CodingSheetError) -> CodingSheet {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CodingSheetError([CodingSheetProblem(file: url.path, line: 1, message: "cannot read the coding sheet. Check the path.")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CodingSheetError([CodingSheetProblem(file: url.path, line: 1, message: "the sheet is not UTF-8 text. Save it as \"CSV UTF-8 (comma delimited)\".")])
        }
        return try parse(text, file: url.path, taxonomy: taxonomy)
    }

    public static func parse(_ text: String, file: String, taxonomy: ThemeTaxonomy) throws(CodingSheetError) -> CodingSheet {
        var reader = CodingSheetReader(file: file, taxonomy: taxonomy)
        let rows = reader.read(text)
        guard reader.problems.isEmpty else { throw CodingSheetError(reader.problems) }
        return CodingSheet(rows: rows)
    }
}

/// Builds a new coding sheet from opened responses, one at a time.
public struct CodingSheetBuilder: Sendable {
    public let suggester: ThemeSuggester
    public let redactor: Redactor
    private var rows: [(survey: String, position: Int, row: CodingSheetRow)] = []

    public init(taxonomy: ThemeTaxonomy, redactor: Redactor) {
        suggester = ThemeSuggester(taxonomy: taxonomy)
        self.redactor = redactor
    }

    /// Adds a row for each non-empty text answer of one response. `key` is its opaque response key.
    public mutating func add(key: String, survey: Survey, document: ResponseDocument) {
        for (position, question) in survey.questions.enumerated() where question.type == .text {
            guard case .text(let answer) = document.answers[question.id],
                  !answer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
            let suggested = suggester.suggestedIDs(for: answer)
            let allowed = document.quoteAllowed.contains(question.id)
            rows.append((survey.id, position, CodingSheetRow(
                response: key, survey: survey.id, question: question.id, questionLabel: question.label.english,
                text: answer, suggestedThemes: suggested, themes: suggested, quoteAllowed: allowed,
                redactedQuote: allowed ? redactor.redact(answer) : "")))
        }
    }

    public func sheet() -> CodingSheet {
        CodingSheet(rows: rows.sorted { a, b in
            if a.survey != b.survey { return a.survey < b.survey }
            if a.position != b.position { return a.position < b.position }
            return a.row.response < b.row.response
        }.map(\.row))
    }
}
