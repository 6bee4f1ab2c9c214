/// One of the lead's findings, in the reports' own shape (000: 261-313): the finding, the numbers
/// it rests on, the key points from survivors, then its recommendations.
struct FindingView: Sendable {
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
        recommendations = finding.recommendations.map { RecommendationView($0, catalogue: catalogue) }
    }
}
