import Disclosure
import Localisation
import SurveyKit

/// The English wording of a table's question, options and groups, taken from the survey definition.
///
/// A table names things by id; a reader needs the words. An id the survey no longer defines (a
/// table from another version, say) is shown as the id itself rather than dropped.
struct TableLabels: Sendable {
    /// Margin rows and columns of two-way tables, in the tidy CSV and JSON. The id is a machine
    /// contract; the label is wording, and findings.json is in English, like its survey labels.
    static let totalID = "_total"
    static let totalLabel = Catalogue.english[.reportTotal]

    let question: String
    /// The question type as written in survey files (`single_choice`, `multiple_choice`, `scale`).
    let type: String
    /// Per row of the table.
    let options: [String]
    /// The identifying question of a two-way table.
    let byQuestion: String?
    /// Per column of a two-way table; empty for one-way.
    let groups: [String]

    /// In `language` where the survey has the words (English otherwise); theme titles are the lead's, in English.
    init(table: ProtectedTable, survey: Survey, themes: ThemeWording = .none, language: String = LocalizedText.fallbackLanguage) {
        let question = survey.question(table.question)
        if let title = themes.titles[table.question] {
            self.question = title
            type = ThemeWording.type
            options = table.rowOptions.map { themes.labels[$0] ?? $0 }
        } else {
            self.question = question?.label.text(in: language) ?? table.question
            type = question?.type.rawValue
                ?? (table.rowsAreAdditive ? QuestionType.singleChoice : QuestionType.multipleChoice).rawValue
            options = table.rowOptions.map { id in question?.rowLabel(id, language: language) ?? id }
        }
        if let byID = table.byQuestion {
            let by = survey.question(byID)
            byQuestion = by?.label.text(in: language) ?? byID
            groups = table.columnOptions.map { id in by?.rowLabel(id, language: language) ?? id }
        } else {
            byQuestion = nil
            groups = []
        }
    }
}

extension Question {
    /// The label of a table row or group: its option's, or for merged options (`CategoryMerging`,
    /// `GroupMerging`) theirs joined with "or"; nil when the survey does not define them.
    func rowLabel(_ rowID: String, language: String = LocalizedText.fallbackLanguage) -> String? {
        let labels = CategoryMerging.options(of: rowID).map { option($0)?.label.text(in: language) }
        guard !labels.isEmpty, labels.allSatisfy({ $0 != nil }) else { return nil }
        let words = labels.compactMap { $0 }
        guard words.count > 1 else { return words[0] }
        return (Catalogue.named(language) ?? .english).text(.reportAgreementLabel, [
            "options": words.dropLast().joined(separator: ", "), "last": words[words.count - 1],
        ])
    }
}
