import Disclosure
import Localisation
import SurveyKit

/// "How we did this": who took part and when, how numbers are protected, what the report cannot
/// tell, and who is missing (coverage by group, protected like every other table).
struct MethodView: Sendable {
    let heading: String
    let respondents: [String]
    let hasPeriod: Bool
    let period: String
    let paragraphs: [String]
    let limitationsHeading: String
    let limitations: [String]
    let coverageHeading: String
    let coverageIntro: String
    let coverage: [CoverageView]
    let oftenMissing: String

    struct CoverageView: Sendable {
        let table: OneWayView
        let hasNobody: Bool
        let nobody: String
        let hasNotShown: Bool
        let notShown: String
    }

    init(_ input: ReportInput, wording: CountWording) {
        let catalogue = wording.catalogue
        heading = catalogue[.reportMethodHeading]
        respondents = input.surveys.map {
            catalogue.text(.reportMethodRespondents, ["survey": $0.survey.title.english, "respondents": wording.count($0.respondents)])
        }
        hasPeriod = input.period != nil
        period = input.period.map {
            catalogue.text(.reportMethodPeriod, ["first": DateWords.month($0.firstMonth, language: catalogue.language),
                                                 "last": DateWords.month($0.lastMonth, language: catalogue.language)])
        } ?? ""
        var paragraphs = [catalogue[.reportMethodCounting]]
        switch wording.variant {
        case .public:
            paragraphs.append(catalogue.text(.reportMethodPublicHiding, ["k": String(input.k), "notShown": wording.notShown]))
        case .internal:
            paragraphs.append(catalogue.text(.reportMethodHiding, [
                "largestHidden": String(input.k - 1), "k": String(input.k),
                "fewerThanK": wording.fewerThanK, "notShown": catalogue[.reportHiddenToProtect],
            ]))
        }
        if let base = input.rounding { paragraphs.append(catalogue.text(.reportMethodRounding, ["base": String(base)])) }
        paragraphs += [catalogue[.reportMethodPercentages], catalogue[.reportMethodMultipleChoice]]
        if input.surveys.contains(where: { !$0.mergedQuestions.isEmpty || !$0.mergedBreakdowns.isEmpty }) { paragraphs.append(catalogue[.reportMergedNote]) }
        self.paragraphs = paragraphs
        limitationsHeading = catalogue[.reportLimitationsHeading]
        limitations = input.notes.limitations + [catalogue[.reportLimitationSelfSelected], catalogue[.reportLimitationOnline]]
            + (input.themesCoded ? [catalogue[.reportLimitationThemes]] : [])
        coverageHeading = catalogue[.reportCoverageHeading]
        coverageIntro = catalogue[.reportCoverageIntro]
        coverage = input.surveys.flatMap { findings in
            findings.survey.questions.filter(\.identifying).compactMap { question in
                findings.oneWay(question.id).map { Self.coverage($0, findings: findings, wording: wording) }
            }
        }
        oftenMissing = catalogue[.reportCoverageOftenMissing]
    }

    private static func coverage(_ table: ProtectedTable, findings: SurveyFindings, wording: CountWording) -> CoverageView {
        let labels = findings.labels(for: table)
        let catalogue = wording.catalogue
        let nobody = table.rowOptions.indices.filter { table.cells[$0][0].count == 0 }.map { labels.options[$0] }
        let hidden = table.rowOptions.indices.filter { table.cells[$0][0].isSuppressed }.map { labels.options[$0] }
        return CoverageView(
            table: OneWayView(table: table, labels: labels, wording: wording, agreement: nil),
            hasNobody: !nobody.isEmpty, nobody: catalogue.text(.reportCoverageNobody, ["groups": nobody.joined(separator: "; ")]),
            hasNotShown: !hidden.isEmpty, notShown: catalogue.text(.reportCoverageNotShown, ["groups": hidden.joined(separator: "; ")]))
    }
}
