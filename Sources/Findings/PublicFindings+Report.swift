import Disclosure
import Foundation
import SurveyKit

extension PublicFindings {
    /// The public variant of a report, in the format the server accepts (`findings-public.json`):
    /// the lead's findings with the tables they rest on (or, without notes, every question page by
    /// page), the key points, quotes and recommendations, the method and who took part. Every
    /// number is one the protected tables publish; a hidden number is null, with no reason.
    public init(report input: ReportInput, catalogue: Catalogue = .english) {
        let wording = CountWording(k: input.k, catalogue: catalogue, variant: .public)
        let published = Month(String(input.generatedDay.prefix(7))) ?? Month(year: 2000, month: 1)!
        let period = input.period.flatMap { period in
            Month(period.firstMonth).flatMap { from in Month(period.lastMonth).map { Period(from: from, to: $0) } }
        } ?? Period(from: published, to: published)
        let method = MethodView(input, wording: wording)
        var sections: [Section] = []
        var summary = input.notes.summary
        if input.notes.findings.isEmpty {
            for findings in input.surveys {
                for page in findings.survey.pages {
                    let tables = page.questions.compactMap { Self.table(for: $0, in: findings, catalogue: catalogue) }
                    if !tables.isEmpty { sections.append(Section(heading: page.title.english, tables: tables)) }
                }
            }
        } else {
            for finding in input.notes.findings {
                let heading = catalogue.text(.reportFindingHeading, ["id": finding.id, "heading": finding.heading])
                summary += finding.text.map { "\(heading). \($0)" }
                let tables = finding.evidence.compactMap { reference in
                    input.question(reference).flatMap { findings, question in Self.table(for: question, in: findings, catalogue: catalogue) }
                }
                sections.append(Section(heading: heading, tables: tables))
            }
        }
        self.init(
            k: input.k, rounding: input.rounding,
            title: input.notes.title ?? catalogue[.reportTitle],
            partnership: input.notes.partnership ?? input.surveys.lazy.compactMap { $0.survey.runBy?.english }.first ?? catalogue[.reportDefaultPartnership],
            published: published, period: period,
            // A sum of published counts only: hidden if any survey's count is hidden.
            respondents: ProtectedCount.sum(input.surveys.map(\.respondents)).count,
            summary: summary,
            method: method.respondents + [method.period].filter { !$0.isEmpty } + method.paragraphs,
            limitations: method.limitations,
            coverage: input.surveys.flatMap { findings in
                findings.survey.questions.filter(\.identifying).compactMap { Self.table(for: $0, in: findings, catalogue: catalogue) }
            },
            sections: sections,
            keyPoints: input.notes.findings.flatMap(\.keyPoints),
            quotes: input.quotes.compactMap { quote in
                input.surveys.first { $0.survey.id == quote.survey }?.survey.question(quote.question).map {
                    Quote(question: $0.label.english, text: quote.text)
                }
            },
            recommendations: input.notes.recommendations.compactMap(Self.recommendation))
    }

    /// A question's one-way table (a text question's themes), or nil if the report has none.
    private static func table(for question: Question, in findings: SurveyFindings, catalogue: Catalogue) -> Table? {
        guard let tableQuestion = findings.tableQuestion(for: question), let table = findings.oneWay(tableQuestion) else { return nil }
        let labels = findings.labels(for: table)
        let kind: Table.Kind = switch question.type {
        case .text: .themes
        case .scale: .scale
        case .multipleChoice: .multipleChoice
        default: .singleChoice
        }
        func cell(_ count: ProtectedCount) -> Cell {
            Cell(count: count.count, percent: Percentage(count: count, base: table.base)?.value)
        }
        let agreement = ScaleAgreement(table: table, question: question, catalogue: catalogue).map { share in
            Agreement(label: share.label, cells: [cell(share.count(in: table, column: 0))])
        }
        return Table(
            title: labels.question, kind: kind,
            note: table.rowsAreAdditive ? nil : catalogue[.reportMultipleChoiceNote],
            asked: findings.asked[tableQuestion]?.count, answered: table.base.count,
            columns: [Column(label: catalogue[.reportEveryoneWhoAnswered], base: table.base.count)],
            rows: table.rowOptions.indices.map { Row(label: labels.options[$0], cells: [cell(table.cells[$0][0])]) },
            agreement: agreement)
    }

    private static func recommendation(_ recommendation: LeadNotes.Recommendation) -> Recommendation? {
        guard let due = Day(recommendation.due) else { return nil }
        return Recommendation(
            id: recommendation.id, text: recommendation.text, audience: recommendation.audience, owner: recommendation.owner,
            status: recommendation.status, due: due, update: recommendation.update)
    }
}
