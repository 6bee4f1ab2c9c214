import Disclosure
import SurveyKit

/// Everything `report.mustache` shows, worked out in Swift so the templates stay logic-less and
/// every piece of user text reaches them as a plain string for Mustache to escape.
/// Stored properties only, because Mustache reads them by reflection; names differ between levels
/// so a template never picks up a parent's value by accident.
///
/// The order follows the reports (000: 261-313): the summary, each finding with its key points
/// and recommendations, the "you said, we did" tracker, all the results, then how it was done and
/// who is missing. The internal variant adds what only the lead may see.
struct ReportPage: Sendable {
    /// For `<html lang>`: the catalogue's language.
    let language: String
    let pageTitle: String
    let isInternal: Bool
    let internalBanner: String
    let hasPartnership: Bool
    let partnership: String
    let madeOn: String
    let summaryHeading: String
    let hasSummary: Bool
    let summary: [String]
    let findingsHeading: String
    let hasFindings: Bool
    let noFindings: String
    let findings: [FindingView]
    let quotesHeading: String
    let quotesIntro: String
    let hasQuotes: Bool
    let quoteGroups: [QuoteGroup]
    let youSaidWeDidHeading: String
    let youSaidWeDidIntro: String
    let hasRecommendations: Bool
    let recommendations: RecommendationsTable
    let resultsHeading: String
    let resultsIntro: String
    let hasSurveys: Bool
    let noSurveys: String
    let surveys: [SurveySection]
    let method: MethodView
    let lead: LeadSection

    /// Quotes stand in a section of their own, under their question only: never beside a table
    /// that breaks answers down by group.
    struct QuoteGroup: Sendable {
        let question: String
        let quotes: [String]
    }

    struct SurveySection: Sendable {
        let title: String
        /// Themes across all of the survey's written answers, when a coding sheet was used.
        let themesOverview: [QuestionView]
        let hasQuestions: Bool
        let noQuestions: String
        /// "No answers in this survey are broken down by group...": said once, when true of every question.
        let breakdownsNote: String
        let pages: [PageSection]
    }

    /// The survey's own pages ("Police", "Housing"...) make the sections of the results.
    struct PageSection: Sendable {
        let pageTitle: String
        let questions: [QuestionView]
    }

    /// Every sentence is whole in the catalogue, numbers and labels filled in here, so a translator
    /// sees each one entire and Mustache escapes it, values and all.
    init(_ input: ReportInput, catalogue: Catalogue, variant: ReportVariant) {
        let wording = CountWording(k: input.k, catalogue: catalogue, variant: variant)
        language = catalogue.language
        pageTitle = input.notes.title ?? catalogue[.reportTitle]
        isInternal = variant == .internal
        internalBanner = catalogue[.reportInternalBanner]
        hasPartnership = input.notes.partnership != nil
        partnership = input.notes.partnership.map { catalogue.text(.reportPublishedBy, ["partnership": $0]) } ?? ""
        madeOn = catalogue.text(.reportMadeOn, ["day": ReportDates.day(input.generatedDay, language: catalogue.language)])
        summaryHeading = catalogue[.reportSummaryHeading]
        hasSummary = !input.notes.summary.isEmpty
        summary = input.notes.summary
        findingsHeading = catalogue[.reportFindingsHeading]
        hasFindings = !input.notes.findings.isEmpty
        noFindings = catalogue[.reportNoFindings]
        findings = input.notes.findings.map { FindingView($0, input: input, wording: wording) }
        quotesHeading = catalogue[.reportQuotesHeading]
        quotesIntro = catalogue[.reportQuotesIntro]
        hasQuotes = !input.quotes.isEmpty
        quoteGroups = Self.quoteGroups(input)
        youSaidWeDidHeading = catalogue[.reportYouSaidWeDidHeading]
        youSaidWeDidIntro = catalogue[.reportYouSaidWeDidIntro]
        hasRecommendations = !input.notes.recommendations.isEmpty
        recommendations = RecommendationsTable(input.notes.recommendations.map { RecommendationView($0, catalogue: catalogue) }, catalogue: catalogue)
        resultsHeading = catalogue[.reportResultsHeading]
        resultsIntro = catalogue[.reportResultsIntro]
        hasSurveys = !input.surveys.isEmpty
        noSurveys = catalogue[.reportNoSurveys]
        surveys = input.surveys.map { Self.section($0, wording: wording) }
        method = MethodView(input, wording: wording)
        lead = LeadSection(input, wording: wording)
    }

    private static func quoteGroups(_ input: ReportInput) -> [QuoteGroup] {
        var groups: [QuoteGroup] = []
        for findings in input.surveys {
            for question in findings.survey.questions {
                let quotes = input.quotes.filter { $0.survey == findings.survey.id && $0.question == question.id }.map(\.text)
                if !quotes.isEmpty { groups.append(QuoteGroup(question: question.label.english, quotes: quotes)) }
            }
        }
        return groups
    }

    private static func section(_ findings: SurveyFindings, wording: CountWording) -> SurveySection {
        let pages = findings.survey.pages.compactMap { page -> PageSection? in
            let questions = page.questions.compactMap { QuestionView(question: $0, in: findings, wording: wording) }
            return questions.isEmpty ? nil : PageSection(pageTitle: page.title.english, questions: questions)
        }
        let overview = findings.themes.titles.keys.filter { findings.themes.sources[$0] == nil }.sorted().compactMap {
            QuestionView(tableQuestion: $0, question: nil, in: findings, wording: wording)
        }
        return SurveySection(
            title: findings.survey.title.english, themesOverview: overview,
            hasQuestions: !pages.isEmpty, noQuestions: wording.catalogue[.reportNoQuestions],
            breakdownsNote: findings.noBreakdownShown ? wording.catalogue[.reportNoBreakdowns] : "", pages: pages)
    }
}
