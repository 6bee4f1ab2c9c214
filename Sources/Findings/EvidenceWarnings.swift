import Localisation
import SurveyKit

/// Where a finding's evidence is hidden: the lead must know before she publishes a finding that
/// rests on numbers the report cannot show, or shows only in part.
extension ReportInput {
    /// One sentence per piece of evidence that is missing or partly hidden, in the lead's order.
    public func evidenceWarnings(catalogue: Catalogue = .english) -> [String] {
        var warnings: [String] = []
        for finding in notes.findings {
            for reference in finding.evidence {
                let named = surveys.first { $0.survey.id == reference.survey }?.survey.question(reference.question)
                let values = ["finding": finding.id, "survey": reference.survey,
                              "question": named?.label.english ?? reference.question]
                guard let (findings, question) = question(reference),
                      let table = findings.tableQuestion(for: question).flatMap(findings.oneWay) else {
                    warnings.append(catalogue.text(.reportEvidenceMissing, values))
                    continue
                }
                if table.loss.hidden > 0 {
                    warnings.append(catalogue.text(.reportEvidenceHidden, values.merging([
                        "hidden": String(table.loss.hidden), "entries": String(table.loss.entries),
                    ]) { _, new in new }))
                }
            }
        }
        return warnings
    }
}
