import SurveyKit

/// The `settings` sheet: its heading row and the one row under it. XLSForm's `form_id`,
/// `version`, `form_title` and `default_language`, and Chorus's own `audience`, `intro`,
/// `consent`, `closing` and `run_by` (each text also as `intro::Cymraeg (cy)` and so on).
struct SettingsSheetReader {
    static let read: Set<String> = [
        "form_id", "version", "form_title", "default_language", "audience", "intro", "consent", "closing", "run_by",
    ]
    static let texts = ["form_title", "intro", "consent", "closing", "run_by"]

    /// What a survivor reads first when the author gave no intro: true, short, and marked in the YAML
    /// as the importer's so the author replaces it with who runs the survey and how results are used.
    static let placeholderIntro = """
        This survey asks about your experience. Taking part is your choice. You can skip any question, and there are no right or wrong answers.

        We do not ask for your name. Nothing that could identify you will be published.
        """

    let fileName: String

    func read(_ sheet: Sheet?, into log: inout ProblemLog) -> DraftSurvey {
        let table = sheet.map(SheetTable.init)
        let row = table?.rows.first
        if let table {
            table.headingProblems(into: &log)
            if table.rows.count > 1 {
                log.warn(table.location(table.rows[1], column: nil), "only the first row under the headings is read; the settings sheet has one row of values.")
            }
            for (column, heading) in table.headings.sorted(by: { $0.key < $1.key })
            where !Self.read.contains(heading.base) && row.flatMap({ table.text($0, column) }) != nil {
                log.warn(table.location(row, column: column), "Chorus does not use the setting '\(heading.base)'; it is not imported.")
            }
        }
        let sheetName = table?.name ?? "settings"
        let here = { (base: String) in table?.location(row, base) ?? CellLocation(sheet: sheetName) }
        let value = { (base: String) in row.flatMap { table?.value($0, base) } }

        var defaultLanguage = "en"
        if let raw = value("default_language") {
            switch ColumnHeading.languageCode(raw) {
            case .success(let code): defaultLanguage = code
            case .failure(let problem): log.error(here("default_language"), problem.message)
            }
        }
        let text = { (base: String) in row.flatMap { table?.localized($0, base, defaultLanguage: defaultLanguage) } }

        let stem = Self.stem(of: fileName)
        var id = Self.slug(stem)
        if let raw = value("form_id") {
            id = Self.slug(raw)
            if id != raw {
                log.warn(here("form_id"), "the form_id '\(raw)' is written as '\(id)': a Chorus survey id is lower-case letters, digits and '-', and becomes its address /s/\(id).")
            }
        } else {
            log.warn(here("form_id"), "there is no form_id in the settings sheet, so the survey id is '\(id)', from the file's name. Add a form_id to choose it.")
        }

        var version = 1
        if let raw = value("version") {
            // XLSForm versions are often dates (2024031401); any whole number from 1 up will do.
            if let number = Int(raw), number >= 1 {
                version = number
            } else if let number = Double(raw), number >= 1, number == number.rounded(), number < 1e15 {
                version = Int(number)
            } else {
                log.error(here("version"), "the version '\(raw)' is not a whole number. Chorus needs a whole number of 1 or more (a date such as 2024031401 will do), raised whenever questions or options change.")
            }
        } else {
            log.warn(here("version"), "there is no version in the settings sheet, so the survey is version 1. Raise it whenever questions or options change mid-round.")
        }

        let title = text("form_title") ?? DraftText(byLanguage: ["en": stem], location: here("form_title"))
        if text("form_title") == nil {
            log.warn(here("form_title"), "there is no form_title in the settings sheet, so the survey's heading is '\(stem)', the file's name. Add a form_title to choose it.")
        }

        var audience = "survivors"
        if let raw = value("audience") {
            audience = raw.lowercased()
        } else {
            log.warn(here("audience"), "there is no 'audience' in the settings sheet, so the survey is for survivors. If it is for someone else, change 'audience:' in the YAML to one of: \(Audience.allCases.map(\.rawValue).joined(separator: ", ")).")
        }

        var intro = text("intro")
        if intro == nil {
            log.warn(here("intro"), "there is no 'intro' in the settings sheet, so the YAML has a short placeholder. Replace it with what the survey is for, who runs it, and how the results are used (or add an 'intro' column to the settings sheet and import again).")
        }
        let placeholder = intro == nil
        intro = intro ?? DraftText(byLanguage: ["en": Self.placeholderIntro], location: here("intro"))

        return DraftSurvey(
            id: id, idLocation: here("form_id"), version: version, versionLocation: here("version"),
            title: title, audience: audience, audienceLocation: here("audience"),
            intro: intro!, introIsPlaceholder: placeholder,
            consent: text("consent"), closing: text("closing"), runBy: text("run_by"),
            sourceFile: fileName)
    }

    /// The default language, read before the other sheets so that their plain `label` columns know theirs.
    static func defaultLanguage(_ sheet: Sheet?) -> String {
        guard let sheet else { return "en" }
        let table = SheetTable(sheet)
        guard let row = table.rows.first, let raw = table.value(row, "default_language"),
              case .success(let code) = ColumnHeading.languageCode(raw) else { return "en" }
        return code
    }

    static func stem(of fileName: String) -> String {
        let last = fileName.split(separator: "/").last.map(String.init) ?? fileName
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return last }
        return String(last[..<dot])
    }

    /// "Agency_Feedback 2024" → "agency-feedback-2024".
    static func slug(_ raw: String) -> String {
        var out = ""
        for scalar in raw.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "imported-form" : String(out.prefix(64))
    }
}
