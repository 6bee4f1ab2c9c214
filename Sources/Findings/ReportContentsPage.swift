import Localisation
import SurveyKit

/// What `contents.mustache` shows: `report.html` for a round with several audiences, naming each
/// audience's report and how many took part in it, so nobody reads one group's numbers as everyone's.
struct ReportContentsPage: Sendable {
    let language: String
    let pageTitle: String
    let hasPartnership: Bool
    let partnership: String
    let madeOn: String
    let intro: String
    let entries: [Entry]

    struct Entry: Sendable {
        let text: String
        let file: String
    }

    init(_ input: ReportInput, catalogue: Catalogue, reports: [(link: AudienceReportLink, respondents: String)]) {
        language = catalogue.language
        pageTitle = input.notes.title ?? catalogue[.reportTitle]
        hasPartnership = input.notes.partnership != nil
        partnership = input.notes.partnership.map { catalogue.text(.reportPublishedBy, ["partnership": $0]) } ?? ""
        madeOn = catalogue.text(.reportMadeOn, ["day": DateWords.day(input.generatedDay, language: catalogue.language)])
        intro = catalogue[.reportContentsIntro]
        entries = reports.map { report in
            Entry(text: catalogue.text(.reportContentsEntry, ["report": report.link.title, "respondents": report.respondents]), file: report.link.file)
        }
    }
}
