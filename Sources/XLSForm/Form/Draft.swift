/// The form as it will be written in Chorus's YAML, each part remembering the cell it came from, so
/// that whatever the survey reader says about a line of the YAML can be said about the cell.

struct DraftText: Equatable {
    /// Language code → text; holds English once the form is valid.
    var byLanguage: [String: String]
    let location: CellLocation

    /// English first, then the other languages in alphabetical order.
    var languages: [String] {
        byLanguage.keys.sorted { ($0 == "en" ? "" : $0) < ($1 == "en" ? "" : $1) }
    }
}

struct DraftOption {
    let id: String
    let label: DraftText
    let location: CellLocation
}

struct DraftList {
    /// As written in the YAML (renamed when the choices sheet uses a shared list's name).
    let name: String
    var options: [DraftOption]
    let location: CellLocation
}

struct DraftQuestion {
    let id: String
    let row: Int
    /// As written after `type:` ("select_one places", "text", "integer", "scale", "note").
    let type: String
    /// For a scale: the option list after `options:`.
    let scaleList: String?
    let label: DraftText
    let hint: DraftText?
    var relevant: String?
    let identifying: Bool
    let quotePermission: Bool
    let nameLocation: CellLocation
    let typeLocation: CellLocation
    let relevantLocation: CellLocation
    let identifyingLocation: CellLocation
    let quotePermissionLocation: CellLocation
}

struct DraftPage {
    let title: DraftText
    var questions: [DraftQuestion]
    /// The `begin group` row, or nil for questions gathered outside any group.
    let groupRow: Int?
}

struct DraftSurvey {
    var id: String
    var idLocation: CellLocation
    var version: Int
    var versionLocation: CellLocation
    var title: DraftText
    var audience: String
    var audienceLocation: CellLocation
    var intro: DraftText
    /// True when the settings sheet had no intro and the importer wrote a placeholder.
    var introIsPlaceholder: Bool
    var consent: DraftText?
    var closing: DraftText?
    var runBy: DraftText?
    var pages: [DraftPage] = []
    var lists: [DraftList] = []
    let sourceFile: String
}
