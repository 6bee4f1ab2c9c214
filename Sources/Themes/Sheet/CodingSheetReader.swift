import Foundation
import TabularText

/// Reads a coding sheet after a spreadsheet has had it: columns found by name in any order (extra
/// columns of the lead's own are ignored), yes/no written any common way, theme ids checked
/// against the taxonomy with a likely correction. Every problem is collected with its line.
struct CodingSheetReader {
    let file: String
    let taxonomy: ThemeTaxonomy
    private(set) var problems: [CodingSheetProblem] = []

    init(file: String, taxonomy: ThemeTaxonomy) {
        self.file = file
        self.taxonomy = taxonomy
    }

    static let yes: Set<String> = ["yes", "y", "true", "1", "x", "✓", "✔", "approved", "ok"]
    static let no: Set<String> = ["no", "n", "false", "0", ""]

    mutating func read(_ text: String) -> [CodingSheetRow] {
        let records: [CSV.Record]
        do {
            records = try CSV.records(text)
        } catch {
            problem(error.line, "a quoted cell that starts here is never closed (a \" is missing). Check this row in a text editor.")
            return []
        }
        guard let header = records.first else {
            problem(1, "the sheet is empty. Use the sheet `chorus-analyst code` wrote.")
            return []
        }
        var columns: [CodingSheetColumn: Int] = [:]
        for (position, name) in header.fields.enumerated() {
            let cleaned = name.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "_")
            if let column = CodingSheetColumn(rawValue: cleaned), columns[column] == nil { columns[column] = position }
        }
        let missing = CodingSheetColumn.required.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            problem(header.line, "the sheet has no \(missing.map { "'\($0.rawValue)'" }.joined(separator: ", ")) column. Keep the header row and columns that `chorus-analyst code` wrote (they may be moved, not renamed).")
            return []
        }
        var rows: [CodingSheetRow] = []
        var firstLine: [AnswerID: Int] = [:]
        for record in records.dropFirst() {
            func cell(_ column: CodingSheetColumn) -> String {
                guard let position = columns[column], position < record.fields.count else { return "" }
                return record.fields[position]
            }
            let response = cell(.response).trimmingCharacters(in: .whitespaces).uppercased()
            let survey = cell(.survey).trimmingCharacters(in: .whitespaces)
            let question = cell(.question).trimmingCharacters(in: .whitespaces)
            guard !response.isEmpty, !survey.isEmpty, !question.isEmpty else {
                problem(record.line, "the row has no \(response.isEmpty ? "response key" : survey.isEmpty ? "survey" : "question"). Rows come from `chorus-analyst code`; do not add rows by hand.")
                continue
            }
            let themes = readThemes(cell(.themes), line: record.line)
            let approve = readYesNo(cell(.approveQuote), column: .approveQuote, line: record.line)
            let allowed = readYesNo(cell(.quoteAllowed), column: .quoteAllowed, line: record.line)
            let row = CodingSheetRow(
                response: response, survey: survey, question: question, questionLabel: cell(.questionLabel),
                text: cell(.text), suggestedThemes: Self.split(cell(.suggestedThemes)), themes: themes,
                quoteAllowed: allowed ?? false, redactedQuote: cell(.redactedQuote), approveQuote: approve ?? false,
                editedQuote: cell(.editedQuote).trimmingCharacters(in: .whitespacesAndNewlines), line: record.line)
            if let first = firstLine[row.answerID] {
                problem(record.line, "this row repeats the answer on line \(first) (the same response and question). Keep one of them.")
                continue
            }
            firstLine[row.answerID] = record.line
            rows.append(row)
        }
        return rows
    }

    static func split(_ cell: String) -> [String] {
        var seen: Set<String> = []
        return cell.split { $0 == ";" || $0 == "," || $0.isNewline }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    private mutating func readThemes(_ cell: String, line: Int) -> [String] {
        let ids = Self.split(cell)
        for id in ids where taxonomy.theme(id) == nil {
            let hint = taxonomy.closestID(to: id).map { "; did you mean '\($0)'?" } ?? ". Use ids from the theme file, separated by ';'."
            problem(line, "'\(id)' is not a theme in \(Self.fileName(taxonomy.file))\(hint)")
        }
        return ids.filter { taxonomy.theme($0) != nil }
    }

    private mutating func readYesNo(_ cell: String, column: CodingSheetColumn, line: Int) -> Bool? {
        let value = cell.trimmingCharacters(in: .whitespaces).lowercased()
        if Self.yes.contains(value) { return true }
        if Self.no.contains(value) { return false }
        problem(line, "\(column.rawValue) is '\(cell)'; write yes or no (or leave it empty for no).")
        return nil
    }

    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private mutating func problem(_ line: Int, _ message: String) {
        problems.append(CodingSheetProblem(file: file, line: line, message: message))
    }
}
