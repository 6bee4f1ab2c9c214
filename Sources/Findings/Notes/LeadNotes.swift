import PublicFindingsFormat

/// What the lead writes for a report, in a small YAML file (`report --notes FILE`): the title, a
/// summary, and the findings in the reports' own shape (000: 261-313): each finding with the
/// evidence it rests on, the key points from survivors, and recommendations whose "you said, we
/// did" status is followed up. Every word is the lead's; the numbers stay the analyst's.
public struct LeadNotes: Sendable, Equatable {
    public var title: String?
    public var partnership: String?
    public var summary: [String]
    public var findings: [Finding]
    public var limitations: [String]

    public init(title: String? = nil, partnership: String? = nil, summary: [String] = [], findings: [Finding] = [], limitations: [String] = []) {
        self.title = title
        self.partnership = partnership
        self.summary = summary
        self.findings = findings
        self.limitations = limitations
    }

    public static let empty = LeadNotes()

    public var recommendations: [Recommendation] { findings.flatMap(\.recommendations) }

    /// Each recommendation with what survivors said that it answers: the lead's own `you_said`,
    /// else the key points of the finding it belongs to, else that finding's heading.
    public var youSaidWeDid: [(youSaid: [String], recommendation: Recommendation)] {
        findings.flatMap { finding in
            finding.recommendations.map { recommendation in
                let said = recommendation.youSaid.map { [$0] } ?? (finding.keyPoints.isEmpty ? [finding.heading] : finding.keyPoints)
                return (said, recommendation)
            }
        }
    }

    public struct Finding: Sendable, Equatable {
        /// "1.1": how the finding is numbered in the report.
        public var id: String
        public var heading: String
        public var text: [String]
        /// Questions whose tables are shown under the finding, as `survey/question`.
        public var evidence: [EvidenceReference]
        public var keyPoints: [String]
        public var recommendations: [Recommendation]

        public init(id: String, heading: String, text: [String] = [], evidence: [EvidenceReference] = [], keyPoints: [String] = [], recommendations: [Recommendation] = []) {
            self.id = id
            self.heading = heading
            self.text = text
            self.evidence = evidence
            self.keyPoints = keyPoints
            self.recommendations = recommendations
        }
    }

    /// One question of one survey, named as `survey-id/question_id`.
    public struct EvidenceReference: Sendable, Equatable, Hashable {
        public let survey: String
        public let question: String
        public init(survey: String, question: String) {
            self.survey = survey
            self.question = question
        }
    }

    public struct Recommendation: Sendable, Equatable {
        public var id: String
        public var text: String
        public var audience: Audience
        public var owner: String
        public var status: Status
        /// `YYYY-MM-DD`.
        public var due: String
        /// What has been done so far: the "we did" of "you said, we did".
        public var update: String?
        /// What survivors said that this answers: the "you said". When the lead leaves it out, the
        /// report uses the finding's key points (or its heading).
        public var youSaid: String?

        public init(id: String, text: String, audience: Audience, owner: String, status: Status, due: String, update: String? = nil, youSaid: String? = nil) {
            self.id = id
            self.text = text
            self.audience = audience
            self.owner = owner
            self.status = status
            self.due = due
            self.update = update
            self.youSaid = youSaid
        }
    }

    /// Who a recommendation is for: the same list as the public findings format.
    public typealias Audience = PublicFindings.Audience
    /// Red, amber, green: how the work on a recommendation is going.
    public typealias Status = PublicFindings.Status
}
