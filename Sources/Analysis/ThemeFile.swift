import Foundation
import Themes

/// The theme taxonomy for coding and for a report's theme tables: the file given, else
/// `themes.yaml` in the surveys folder, where Chorus keeps it beside the surveys it codes.
public enum ThemeFile {
    public static func load(_ themes: URL?, surveys: URL) throws(AnalysisFailure) -> ThemeTaxonomy {
        let url = themes ?? surveys.appendingPathComponent("themes.yaml")
        do {
            return try ThemeTaxonomy.load(file: url)
        } catch {
            let hint = themes == nil
                ? "\nThe theme taxonomy is read from themes.yaml in the --surveys folder (\(surveys.path)). Pass --themes with its path if it is elsewhere; Chorus ships one as Surveys/themes.yaml."
                : ""
            throw AnalysisFailure(error.description + hint)
        }
    }

    /// Local place names to redact from quotes (streets, estates, villages, schools), or none.
    public static func places(_ file: URL?) throws(AnalysisFailure) -> [String] {
        guard let file else { return [] }
        do { return try Redactor.readPlaces(file: file) } catch { throw AnalysisFailure(error.description) }
    }
}
