import Disclosure
import Foundation
import SurveyKit

/// `findings.json`: the same protected tables as the CSV, with labels and percentages, for other
/// tools and for the server's "you said, we did" pages. Keys are sorted and the output is indented,
/// so two runs over the same input give the same file and a diff shows what changed.
public enum FindingsJSON {
    public static func render(_ input: ReportInput) -> String {
        let document = FindingsDocument(
            k: input.k,
            generated: input.generatedDay,
            problems: input.problems.map { .init(line: $0.line, id: $0.id, reason: $0.reason) },
            surveys: input.surveys.map(entry)
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain values cannot fail: percentages are always finite (their base is never 0).
        guard let data = try? encoder.encode(document), let json = String(data: data, encoding: .utf8) else { return "{}\n" }
        return json + "\n"
    }

    private static func entry(_ findings: SurveyFindings) -> FindingsDocument.SurveyEntry {
        .init(
            id: findings.survey.id, version: findings.survey.version, title: findings.survey.title.english,
            respondents: findings.respondents.count,
            tables: findings.tables.map { table(findings, $0) }
        )
    }

    private static func table(_ findings: SurveyFindings, _ table: ProtectedTable) -> FindingsDocument.Table {
        let labels = findings.labels(for: table)
        return .init(
            question: table.question, label: labels.question, type: labels.type,
            byQuestion: table.byQuestion, byLabel: labels.byQuestion,
            multipleChoiceNote: !table.rowsAreAdditive,
            base: table.base.count, baseSuppressed: table.base.isSuppressed,
            rows: rows(table, labels)
        )
    }

    /// The same rows as the CSV (margins of two-way tables named `_total`), with labels and percentages.
    private static func rows(_ table: ProtectedTable, _ labels: TableLabels) -> [FindingsDocument.Row] {
        table.tidyCells.map { cell in
            let groupID = table.isTwoWay ? cell.column.map { table.columnOptions[$0] } ?? TableLabels.totalID : nil
            let groupLabel = table.isTwoWay ? cell.column.map { labels.groups[$0] } ?? TableLabels.totalLabel : nil
            return .init(
                option: cell.row.map { table.rowOptions[$0] } ?? TableLabels.totalID,
                label: cell.row.map { labels.options[$0] } ?? TableLabels.totalLabel,
                byOption: groupID, byLabel: groupLabel,
                count: cell.count.count, base: cell.base.count,
                percent: Percentage(count: cell.count, base: cell.base)?.value,
                suppressed: cell.count.isSuppressed
            )
        }
    }
}
