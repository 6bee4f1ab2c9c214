import Foundation
import Themes

/// The theme taxonomy for `code` and `report --coding`: `--themes` if given, else `themes.yaml` in
/// the `--surveys` folder, where Chorus keeps it beside the surveys it codes.
enum ThemeFile {
    static func load(_ themes: String?, surveys: String) throws -> ThemeTaxonomy {
        let path = themes ?? URL(fileURLWithPath: surveys).appendingPathComponent("themes.yaml").path
        do {
            return try ThemeTaxonomy.load(file: URL(fileURLWithPath: path))
        } catch {
            let hint = themes == nil
                ? "\nThe theme taxonomy is read from themes.yaml in the --surveys folder (\(surveys)). Pass --themes with its path if it is elsewhere; Chorus ships one as Surveys/themes.yaml."
                : ""
            throw Failure(error.description + hint)
        }
    }
}
