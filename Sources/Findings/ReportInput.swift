import Disclosure
import SurveyKit

/// Everything a report shows, already protected: only `ProtectedTable`s reach the renderers, so no
/// renderer can publish a number that disclosure control has not passed.
public struct ReportInput: Sendable {
    public let k: Int
    /// `YYYY-MM-DD`, the day the report was made.
    public let generatedDay: String
    public let surveys: [SurveyFindings]
    /// Responses that could not be used, named by bundle line and id.
    public let problems: [BundleProblem]
    /// Responses left out because the person withdrew them after the export.
    public let withdrawnLeftOut: Int

    public init(k: Int, generatedDay: String, surveys: [SurveyFindings], problems: [BundleProblem], withdrawnLeftOut: Int) {
        self.k = k
        self.generatedDay = generatedDay
        self.surveys = surveys
        self.problems = problems
        self.withdrawnLeftOut = withdrawnLeftOut
    }
}

/// One survey's protected tables.
public struct SurveyFindings: Sendable {
    public let survey: Survey
    /// Responses counted.
    public let responses: Int
    public let tables: [ProtectedTable]

    public init(survey: Survey, responses: Int, tables: [ProtectedTable]) {
        self.survey = survey
        self.responses = responses
        self.tables = tables
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
