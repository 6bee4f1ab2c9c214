import Disclosure
import Localisation
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
    let header: ReportHeader
    let isInternal: Bool
    let internalBanner: String
    /// "What survivors told us", once the round is split by audience (empty when it is not).
    let audienceHeading: String
    /// Where the other audiences' reports are (empty when there are none).
    let otherReports: String
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
        /// Questions of this page already shown under a finding: named here, not repeated.
        let hasShownAbove: Bool
        let shownAboveIntro: String
        let shownAbove: [ShownAbove]
    }

    /// A question shown under a finding, linked from where the results would have shown it again.
    struct ShownAbove: Sendable {
        let text: String
        let anchor: String
    }

    /// Every sentence is whole in the catalogue, numbers and labels filled in here, so a translator
    /// sees each one entire and Mustache escapes it, values and all.
    init(_ input: ReportInput, catalogue: Catalogue, variant: ReportVariant, otherReports: [AudienceReportLink] = []) {
        let wording = CountWording(k: input.k, catalogue: catalogue, variant: variant)
        header = ReportHeader(input, catalogue: catalogue)
        isInternal = variant == .internal
        internalBanner = catalogue[.reportInternalBanner]
        audienceHeading = input.audience.map { catalogue[AudienceReportLink.headingKey($0)] } ?? ""
        self.otherReports = otherReports.isEmpty ? "" : catalogue.text(.reportSeparateReports, [
            "reports": otherReports.map { "\($0.title) (\($0.file))" }.joined(separator: "; "),
        ])
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
        recommendations = RecommendationsTable(input.notes.youSaidWeDid.map { RecommendationView($0.recommendation, youSaid: $0.youSaid, catalogue: catalogue) }, catalogue: catalogue)
        resultsHeading = catalogue[.reportResultsHeading]
        resultsIntro = catalogue[.reportResultsIntro]
        hasSurveys = !input.surveys.isEmpty
        noSurveys = catalogue[.reportNoSurveys]
        surveys = input.surveys.map { Self.section($0, shownWith: input.notes.findings, wording: wording) }
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

    /// The survey's results page by page. A question a finding already shows is named with a link
    /// to it instead of shown twice: a board reads each table once.
    private static func section(_ findings: SurveyFindings, shownWith leadFindings: [LeadNotes.Finding], wording: CountWording) -> SurveySection {
        let catalogue = wording.catalogue
        var firstFinding: [String: LeadNotes.Finding] = [:]
        for finding in leadFindings {
            for reference in finding.evidence where reference.survey == findings.survey.id && firstFinding[reference.question] == nil {
                firstFinding[reference.question] = finding
            }
        }
        let pages = findings.survey.pages.compactMap { page -> PageSection? in
            var questions: [QuestionView] = []
            var shownAbove: [ShownAbove] = []
            for question in page.questions {
                guard let view = QuestionView(question: question, in: findings, wording: wording) else { continue }
                if let finding = firstFinding[question.id] {
                    shownAbove.append(ShownAbove(
                        text: catalogue.text(.reportShownInFinding, ["question": view.label, "id": finding.id]),
                        anchor: FindingView.anchor(finding.id)))
                } else {
                    questions.append(view)
                }
            }
            guard !questions.isEmpty || !shownAbove.isEmpty else { return nil }
            return PageSection(
                pageTitle: page.title.english, questions: questions, hasShownAbove: !shownAbove.isEmpty,
                shownAboveIntro: catalogue[.reportShownWithFindings], shownAbove: shownAbove)
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
