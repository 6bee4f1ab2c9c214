import Disclosure
import Localisation
import SurveyKit

/// The agreeing share of a scale question: its options run from the most positive to the most
/// negative (as every scale in the default surveys does), so the first half of the options that
/// take a position ("Strongly agree", "Agree"; "Very helpful", "Fairly helpful") agree. A middle
/// option and answers such as "I don't know" are in the base but do not agree.
///
/// The share is a sum of published cells, shown only when every cell in it is published: a sum
/// that included a hidden cell would be one more equation an attacker could solve.
struct ScaleAgreement: Sendable {
    /// Table rows that agree.
    let rows: [Int]
    /// "Strongly agree or Agree".
    let label: String

    init?(table: ProtectedTable, question: Question?, catalogue: Catalogue) {
        guard let question, question.type == .scale else { return nil }
        guard let rows = AgreeingRows.of(table.rowOptions) else { return nil }
        self.rows = rows
        let labels = rows.map { question.rowLabel(table.rowOptions[$0], language: catalogue.language) ?? table.rowOptions[$0] }
        label = labels.count == 1 ? labels[0] : catalogue.text(.reportAgreementLabel, [
            "options": labels.dropLast().joined(separator: ", "), "last": labels[labels.count - 1],
        ])
    }

    /// Respondents in `column` who agree, or a hidden count when any part is hidden.
    func count(in table: ProtectedTable, column: Int) -> ProtectedCount {
        ProtectedCount.sum(rows.map { table.cells[$0][column] })
    }

    /// Across all groups of a two-way table (its row totals).
    func total(in table: ProtectedTable) -> ProtectedCount {
        ProtectedCount.sum(rows.map { table.rowTotals[$0] })
    }
}
