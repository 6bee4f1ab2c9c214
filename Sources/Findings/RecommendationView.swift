import Localisation
import SurveyKit

/// A recommendation with its "you said, we did" status. The status is in words as well as
/// colour, so it reads the same in print, to a screen reader and to someone who cannot tell red
/// from green.
struct RecommendationView: Sendable {
    let id: String
    let text: String
    let audience: String
    let owner: String
    let status: String
    /// `status-red`, `status-amber` or `status-green`, for the colour.
    let statusClass: String
    let due: String
    let update: String
    /// What survivors said that this answers: the "you said" of "you said, we did".
    let youSaid: [String]

    init(_ recommendation: LeadNotes.Recommendation, youSaid: [String], catalogue: Catalogue) {
        self.youSaid = youSaid
        id = recommendation.id
        text = recommendation.text
        audience = catalogue[Self.audienceKey(recommendation.audience)]
        owner = recommendation.owner
        status = catalogue[Self.statusKey(recommendation.status)]
        statusClass = "status-" + recommendation.status.rawValue
        due = DateWords.day(recommendation.due, language: catalogue.language)
        update = recommendation.update ?? catalogue[.reportNoUpdate]
    }

    static func audienceKey(_ audience: LeadNotes.Audience) -> StringKey {
        switch audience {
        case .partnership: .reportAudiencePartnership
        case .police: .reportAudiencePolice
        case .housing: .reportAudienceHousing
        case .health: .reportAudienceHealth
        case .childrensServices: .reportAudienceChildrensServices
        case .specialistServices: .reportAudienceSpecialistServices
        }
    }

    static func statusKey(_ status: LeadNotes.Status) -> StringKey {
        switch status {
        case .red: .reportStatusRed
        case .amber: .reportStatusAmber
        case .green: .reportStatusGreen
        }
    }
}

/// The table of every recommendation: the "you said, we did" tracker.
struct RecommendationsTable: Sendable {
    let caption: String
    let youSaidHeading: String
    let recommendationHeading: String
    let audienceHeading: String
    let ownerHeading: String
    let statusHeading: String
    let dueHeading: String
    let updateHeading: String
    let rows: [RecommendationView]

    init(_ rows: [RecommendationView], catalogue: Catalogue) {
        caption = catalogue[.reportYouSaidWeDidIntro]
        youSaidHeading = catalogue[.reportYouSaidColumn]
        recommendationHeading = catalogue[.reportRecommendationColumn]
        audienceHeading = catalogue[.reportAudienceColumn]
        ownerHeading = catalogue[.reportOwnerColumn]
        statusHeading = catalogue[.reportStatusColumn]
        dueHeading = catalogue[.reportDueColumn]
        updateHeading = catalogue[.reportUpdateColumn]
        self.rows = rows
    }
}
