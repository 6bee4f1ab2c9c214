import Localisation

/// What every report page and the contents page say at the top: the language, the title, who
/// published it and the day it was made. One place, so they always agree.
struct ReportHeader: Sendable {
    /// For `<html lang>`: the catalogue's language.
    let language: String
    let title: String
    let hasPartnership: Bool
    let partnership: String
    let madeOn: String

    init(_ input: ReportInput, catalogue: Catalogue) {
        language = catalogue.language
        title = input.notes.title ?? catalogue[.reportTitle]
        hasPartnership = input.notes.partnership != nil
        partnership = input.notes.partnership.map { catalogue.text(.reportPublishedBy, ["partnership": $0]) } ?? ""
        madeOn = catalogue.text(.reportMadeOn, ["day": DateWords.day(input.generatedDay, language: catalogue.language)])
    }
}
