import Localisation
import PublicFindingsFormat
import Disclosure
import Foundation
import SurveyKit

extension PublicFindings {
    /// The public variant of a report, in the format the server accepts (`findings-public.json`):
    /// one report per audience, each with the lead's findings and the tables they rest on (or,
    /// without notes, every question page by page), its key points, quotes and recommendations, and
    /// who took part; the method for all. Every number is one the protected tables publish; a
    /// hidden number is null, with no reason. The surveys' words are also given in each language
    /// the surveys have them in, so /findings can be read in it.
    public init(report input: ReportInput) {
        self = Self.worded(input, catalogue: .english)
        var translations: [String: [String: String]] = [:]
        for catalogue in Catalogue.all where catalogue.language != LocalizedText.fallbackLanguage {
            guard input.surveys.contains(where: { $0.survey.title.has(language: catalogue.language) }) else { continue }
            let pairs = Self.pairs(self, Self.worded(input, catalogue: catalogue))
            if !pairs.isEmpty { translations[catalogue.language] = pairs }
        }
        self.translations = translations
    }

    /// The findings with the surveys' words (and the catalogue's) in `catalogue`'s language.
    private static func worded(_ input: ReportInput, catalogue: Catalogue) -> PublicFindings {
        let wording = CountWording(k: input.k, catalogue: .english, variant: .public)
        let published = Month(String(input.generatedDay.prefix(7))) ?? Month(year: 2000, month: 1)!
        let period = input.period.flatMap { period in
            Month(period.firstMonth).flatMap { from in Month(period.lastMonth).map { Period(from: from, to: $0) } }
        } ?? Period(from: published, to: published)
        let method = MethodView(input, wording: wording)
        var summary = input.notes.summary
        for finding in input.notes.findings {
            let heading = Catalogue.english.text(.reportFindingHeading, ["id": finding.id, "heading": finding.heading])
            summary += finding.text.map { "\(heading). \($0)" }
        }
        return PublicFindings(
            k: input.k, rounding: input.rounding,
            title: input.notes.title ?? Catalogue.english[.reportTitle],
            partnership: input.notes.partnership ?? input.surveys.lazy.compactMap { $0.survey.runBy?.english }.first ?? Catalogue.english[.reportDefaultPartnership],
            published: published, period: period,
            summary: summary,
            method: method.respondents + [method.period].filter { !$0.isEmpty } + method.paragraphs,
            limitations: method.limitations,
            reports: input.audiences.map { report(input.only($0), catalogue: catalogue) })
    }

    /// One audience's report: its count, who took part, its findings' tables (or every page's),
    /// key points, quotes and recommendations with what they answer.
    private static func report(_ input: ReportInput, catalogue: Catalogue) -> Report {
        var sections: [Section] = []
        if input.notes.findings.isEmpty {
            for findings in input.surveys {
                for page in findings.survey.pages {
                    let tables = page.questions.compactMap { table(for: $0, in: findings, catalogue: catalogue) }
                    if !tables.isEmpty { sections.append(Section(heading: page.title.text(in: catalogue.language), tables: tables)) }
                }
            }
        } else {
            for finding in input.notes.findings {
                let tables = finding.evidence.compactMap { reference in
                    input.question(reference).flatMap { findings, question in table(for: question, in: findings, catalogue: catalogue) }
                }
                sections.append(Section(heading: catalogue.text(.reportFindingHeading, ["id": finding.id, "heading": finding.heading]), tables: tables))
            }
        }
        return Report(
            who: input.audience,
            // A sum of published counts only: hidden if any survey's count is hidden.
            respondents: ProtectedCount.sum(input.surveys.map(\.respondents)).count,
            coverage: input.surveys.flatMap { findings in
                findings.survey.questions.filter(\.identifying).compactMap { table(for: $0, in: findings, catalogue: catalogue) }
            },
            sections: sections,
            keyPoints: input.notes.findings.flatMap(\.keyPoints),
            quotes: input.quotes.compactMap { quote in
                input.surveys.first { $0.survey.id == quote.survey }?.survey.question(quote.question).map {
                    Quote(question: $0.label.text(in: catalogue.language), text: quote.text)
                }
            },
            recommendations: input.notes.youSaidWeDid.compactMap { recommendation($0.recommendation, youSaid: $0.youSaid) })
    }

    /// A question's one-way table (a text question's themes), or nil if the report has none.
    private static func table(for question: Question, in findings: SurveyFindings, catalogue: Catalogue) -> Table? {
        guard let tableQuestion = findings.tableQuestion(for: question), let table = findings.oneWay(tableQuestion) else { return nil }
        let labels = findings.labels(for: table, language: catalogue.language)
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

    private static func recommendation(_ recommendation: LeadNotes.Recommendation, youSaid: [String]) -> Recommendation? {
        guard let due = Day(recommendation.due) else { return nil }
        return Recommendation(
            id: recommendation.id, text: recommendation.text, audience: recommendation.audience, owner: recommendation.owner,
            status: recommendation.status, due: due, update: recommendation.update, youSaid: youSaid)
    }

    /// English → translated, for every text that differs between the same findings in two languages
    /// (the structure is the same; only the words differ). The first translation of a text wins.
    private static func pairs(_ english: PublicFindings, _ other: PublicFindings) -> [String: String] {
        var pairs: [String: String] = [:]
        func pair(_ from: String, _ to: String) {
            if from != to, pairs[from] == nil { pairs[from] = to }
        }
        func pair(_ from: Table, _ to: Table) {
            pair(from.title, to.title)
            if let note = from.note, let translated = to.note { pair(note, translated) }
            zip(from.columns, to.columns).forEach { pair($0.label, $1.label) }
            zip(from.rows, to.rows).forEach { pair($0.label, $1.label) }
            if let agreement = from.agreement, let translated = to.agreement { pair(agreement.label, translated.label) }
        }
        for (report, translated) in zip(english.reports, other.reports) {
            zip(report.coverage, translated.coverage).forEach(pair)
            for (section, translatedSection) in zip(report.sections, translated.sections) {
                pair(section.heading, translatedSection.heading)
                zip(section.tables, translatedSection.tables).forEach(pair)
            }
            zip(report.quotes, translated.quotes).forEach { pair($0.question, $1.question) }
        }
        return pairs
    }
}
