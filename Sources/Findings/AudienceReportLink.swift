import Localisation
import SurveyKit

/// Another audience's report, named in each report so a reader knows it exists and where.
struct AudienceReportLink: Sendable {
    let title: String
    let file: String

    static func headingKey(_ audience: Audience) -> StringKey {
        switch audience {
        case .survivors: .reportForSurvivors
        case .professionals: .reportForProfessionals
        case .thoseWhoHarm: .reportForThoseWhoHarm
        case .youngPeople: .reportForYoungPeople
        case .public: .reportForPublic
        }
    }
}
