import Disclosure
import SurveyKit

/// Everything a report shows, already protected: only `ProtectedTable`s and `ProtectedCount`s
/// reach the renderers, so no renderer can publish a number that disclosure control has not passed.
public struct ReportInput: Sendable {
    public let k: Int
    /// Published counts are rounded to the nearest multiple of this, or exact when nil.
    public var rounding: Int?
    /// `YYYY-MM-DD`, the day the report was made.
    public let generatedDay: String
    public let surveys: [SurveyFindings]
    /// Responses that could not be used, named by bundle line and id (internal report only).
    public let problems: [BundleProblem]
    /// Responses left out because the person withdrew them after the export.
    public let withdrawnLeftOut: Int
    /// The lead's title, summary, findings, key points and recommendations.
    public var notes: LeadNotes
    /// The months the counted responses arrived in.
    public var period: ReportPeriod?
    /// Numbers hidden because they moved by 1 to k−1 since an earlier release (see the ledger).
    public var heldSinceEarlierRelease: Int
    /// Numbers hidden by the joint audit of each survey's release (`JointProtection`).
    public var hiddenByJointAudit = 0
    /// Quotes she allowed and the lead approved, redacted (empty without a coding sheet).
    public var quotes: [ApprovedQuote] = []
    /// Why coded answers were not quoted, with how many (internal report only).
    public var quotesLeftOut: [(reason: String, count: Int)] = []
    /// Whether themes were coded from a sheet (the method then says how).
    public var themesCoded = false
    /// The one audience this report is for once it is cut with `only(_:)`; nil before.
    public var audience: Audience?

    public init(
        k: Int, rounding: Int? = nil, generatedDay: String, surveys: [SurveyFindings], problems: [BundleProblem], withdrawnLeftOut: Int,
        notes: LeadNotes = .empty, period: ReportPeriod? = nil, heldSinceEarlierRelease: Int = 0
    ) {
        self.k = k
        self.rounding = rounding
        self.generatedDay = generatedDay
        self.surveys = surveys
        self.problems = problems
        self.withdrawnLeftOut = withdrawnLeftOut
        self.notes = notes
        self.period = period
        self.heldSinceEarlierRelease = heldSinceEarlierRelease
    }

    /// The protected tables and counts of one question, if the report has it.
    func question(_ reference: LeadNotes.EvidenceReference) -> (SurveyFindings, Question)? {
        guard let findings = surveys.first(where: { $0.survey.id == reference.survey }),
              let question = findings.survey.question(reference.question) else { return nil }
        return (findings, question)
    }
}

/// The first and last month responses arrived in (`YYYY-MM`): a report never says more precisely
/// when anybody answered.
public struct ReportPeriod: Sendable, Equatable {
    public let firstMonth: String
    public let lastMonth: String

    /// From the days of the responses counted (`YYYY-MM-DD`); nil when there are none.
    public init?(days: some Sequence<String>) {
        let months = days.map { String($0.prefix(7)) }
        guard let first = months.min(), let last = months.max() else { return nil }
        firstMonth = first
        lastMonth = last
    }
}

/// One survey's protected tables and counts.
public struct SurveyFindings: Sendable {
    public let survey: Survey
    /// Responses counted (shown in the internal report; the public one shows `respondents`).
    public let responses: Int
    /// The same number, protected for publication.
    public let respondents: ProtectedCount
    public let tables: [ProtectedTable]
    /// Per question id: how many were asked it after skip logic, protected.
    public let asked: [String: ProtectedCount]
    /// Titles and labels of the theme tables among `tables`.
    public let themes: ThemeWording
    /// Breakdowns not published because too few people were in each group (`BreakdownChoice`).
    public let leftOutBreakdowns: [LeftOutBreakdown]
    /// Questions whose adjacent answers were merged (`CategoryMerging`).
    public let mergedQuestions: [String]
    /// Breakdowns whose small groups were merged (`GroupMerging`).
    public let mergedBreakdowns: [Breakdown]

    /// A question crossed by an identifying question.
    public typealias Breakdown = BreakdownName

    /// A breakdown that is not published, and why.
    public typealias LeftOutBreakdown = ProtectedSurvey.LeftOutBreakdown

    public init(
        survey: Survey, responses: Int, respondents: ProtectedCount, tables: [ProtectedTable],
        asked: [String: ProtectedCount] = [:], themes: ThemeWording = .none, leftOutBreakdowns: [LeftOutBreakdown] = [],
        mergedQuestions: [String] = [], mergedBreakdowns: [Breakdown] = []
    ) {
        self.mergedBreakdowns = mergedBreakdowns
        self.leftOutBreakdowns = leftOutBreakdowns
        self.mergedQuestions = mergedQuestions
        self.survey = survey
        self.responses = responses
        self.respondents = respondents
        self.tables = tables
        self.asked = asked
        self.themes = themes
    }

    /// Every breakdown by group was left out: the report says so once for the survey.
    var noBreakdownShown: Bool { !leftOutBreakdowns.isEmpty && !tables.contains(where: \.isTwoWay) }

    /// The words for a table of this survey.
    func labels(for table: ProtectedTable, language: String = LocalizedText.fallbackLanguage) -> TableLabels {
        TableLabels(table: table, survey: survey, themes: themes, language: language)
    }

    /// The `question` of the table that shows `question`: its own id, or for a text question the
    /// theme table coded from its answers (nil when none was coded).
    func tableQuestion(for question: Question) -> String? {
        question.type == .text ? themes.sources.first { $0.value == question.id }?.key : question.id
    }

    /// A question's one-way table.
    func oneWay(_ question: String) -> ProtectedTable? {
        tables.first { $0.question == question && !$0.isTwoWay }
    }

    /// A question's tables broken down by group.
    func twoWay(_ question: String) -> [ProtectedTable] {
        tables.filter { $0.question == question && $0.isTwoWay }
    }
}

/// A bundle line that was counted as a problem rather than stopping the run.
public struct BundleProblem: Sendable, Equatable {
    /// 1-based line of the bundle file.
    public let line: Int
    /// The response's random id, when the line was readable enough to have one.
    public let id: String?
    public let reason: String

    public init(line: Int, id: String?, reason: String) {
        self.line = line
        self.id = id
        self.reason = reason
    }
}
