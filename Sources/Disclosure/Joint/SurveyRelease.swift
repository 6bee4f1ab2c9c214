import SurveyKit

/// Everything one survey's release publishes, true and protected side by side: every table
/// (one-way, breakdowns, themes), how many were asked each question, and the respondents.
///
/// The joint audit (`JointProtection`) treats it as one system, because an attacker does: the
/// tables share margins, "asked" follows skip logic from another question's count, and a
/// question without skip logic is asked of every respondent.
public struct SurveyRelease: Sendable {
    public let survey: Survey
    /// The true tables, in the order of `protected`.
    public let tables: [CrossTable]
    public internal(set) var protected: [ProtectedTable]
    /// Per one-way table's question: how many were asked it (true), and what is published.
    public let asked: [String: Int]
    public internal(set) var publishedAsked: [String: ProtectedCount]
    public let respondents: Int
    public internal(set) var publishedRespondents: ProtectedCount
    /// A table whose question is not a survey question (a theme table) names the survey question
    /// whose skip logic decides who was asked it; nil means it is asked of nobody in particular.
    public let askedSource: [String: String]

    public init(
        survey: Survey, tables: [CrossTable], protected: [ProtectedTable], asked: [String: Int],
        publishedAsked: [String: ProtectedCount], respondents: Int, publishedRespondents: ProtectedCount,
        askedSource: [String: String] = [:]
    ) {
        precondition(tables.count == protected.count, "one protected table per table")
        self.survey = survey
        self.tables = tables
        self.protected = protected
        self.asked = asked
        self.publishedAsked = publishedAsked
        self.respondents = respondents
        self.publishedRespondents = publishedRespondents
        self.askedSource = askedSource
    }

    /// The release without the tables at `positions`: they are not published.
    func leavingOut(_ positions: Set<Int>) -> SurveyRelease {
        guard !positions.isEmpty else { return self }
        let kept = tables.indices.filter { !positions.contains($0) }
        return SurveyRelease(
            survey: survey, tables: kept.map { tables[$0] }, protected: kept.map { protected[$0] }, asked: asked,
            publishedAsked: publishedAsked, respondents: respondents, publishedRespondents: publishedRespondents, askedSource: askedSource)
    }
}
