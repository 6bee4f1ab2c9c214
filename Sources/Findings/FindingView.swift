/// One of the lead's findings, in the reports' own shape (000: 261-313): the finding, the numbers
/// it rests on, the key points from survivors, then its recommendations.
struct FindingView: Sendable {
    /// The finding's `id` on the page, so the results can link to it.
    let anchor: String
    let heading: String
    let paragraphs: [String]
    let evidence: [QuestionView]
    let keyPointsHeading: String
    let hasKeyPoints: Bool
    let keyPoints: [String]
    let recommendationsHeading: String
    let hasRecommendations: Bool
    let recommendations: [RecommendationView]

    init(_ finding: LeadNotes.Finding, input: ReportInput, wording: CountWording) {
        let catalogue = wording.catalogue
        anchor = Self.anchor(finding.id)
        heading = catalogue.text(.reportFindingHeading, ["id": finding.id, "heading": finding.heading])
        paragraphs = finding.text
        evidence = finding.evidence.compactMap { reference in
            input.question(reference).flatMap { findings, question in QuestionView(question: question, in: findings, wording: wording) }
        }
        keyPointsHeading = catalogue.text(.reportKeyPointsHeading, ["id": finding.id])
        hasKeyPoints = !finding.keyPoints.isEmpty
        keyPoints = finding.keyPoints
        recommendationsHeading = catalogue.text(.reportFindingRecommendations, ["id": finding.id])
        hasRecommendations = !finding.recommendations.isEmpty
        recommendations = finding.recommendations.map { RecommendationView($0, youSaid: [], catalogue: catalogue) }
    }

    /// "finding-1.1": letters, digits, `.`, `-` and `_` kept, anything else made a `-`, so the
    /// lead's id is always a valid fragment.
    static func anchor(_ id: String) -> String {
        "finding-" + String(id.unicodeScalars.map { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || ".-_".unicodeScalars.contains(scalar)) ? Character(scalar) : "-"
        })
    }
}
