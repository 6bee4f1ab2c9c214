import Localisation
import SurveyKit

/// What `contents.mustache` shows: `report.html` for a round with several audiences, naming each
/// audience's report and how many took part in it, so nobody reads one group's numbers as everyone's.
struct ReportContentsPage: Sendable {
    let header: ReportHeader
    let intro: String
    let entries: [Entry]

    struct Entry: Sendable {
        let text: String
        let file: String
    }

    init(_ input: ReportInput, catalogue: Catalogue, reports: [(link: AudienceReportLink, respondents: String)]) {
        header = ReportHeader(input, catalogue: catalogue)
        intro = catalogue[.reportContentsIntro]
        entries = reports.map { report in
            Entry(text: catalogue.text(.reportContentsEntry, ["report": report.link.title, "respondents": report.respondents]), file: report.link.file)
        }
    }
}
