/// How XLSForm cells that hold yes or no are read, and the check every text passes.
enum CellValues {
    /// `yes`, `true`, `TRUE`, `true()`, `1`, `y` → true; `no`, `false`, `0`, `n` → false; else nil.
    static func bool(_ raw: String) -> Bool? {
        switch raw.trimmingCharacters(in: .whitespaces).lowercased() {
        case "yes", "true", "true()", "1", "y": return true
        case "no", "false", "false()", "0", "n", "": return false
        default: return nil
        }
    }

    /// Chorus shows English where a language is missing, so every text needs it. False when it lacks it.
    @discardableResult
    static func requireEnglish(_ text: DraftText?, what: String, defaultLanguage: String, into log: inout ProblemLog) -> Bool {
        guard let text, text.byLanguage["en"] == nil else { return true }
        let hint = defaultLanguage == "en"
            ? "Add a column such as 'label::English (en)', or write English in the plain column."
            : "Add a column such as 'label::English (en)' beside the others."
        log.error(text.location, "\(what) has no English text, which Chorus shows wherever a language is missing. \(hint)")
        return false
    }
}
