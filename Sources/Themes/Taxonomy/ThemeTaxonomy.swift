import SurveyKit

import Foundation

/// The themes a deployment codes with (Surveys/themes.yaml, or a file of its own), in file order.
public struct ThemeTaxonomy: Sendable {
    public let themes: [Theme]
    /// The file it was read from, for messages.
    public let file: String
    private let byID: [String: Int]

    public init(themes: [Theme], file: String = "themes.yaml") {
        self.themes = themes
        self.file = file
        byID = Dictionary(themes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func theme(_ id: String) -> Theme? { byID[id].map { themes[$0] } }

    /// Where `id` comes in the file, for ordering; nil for an unknown id.
    public func position(of id: String) -> Int? { byID[id] }

    public func themes(in facet: ThemeFacet) -> [Theme] { themes.filter { $0.facet == facet } }

    /// The theme id nearest to a misspelt one, if it is close enough to be a likely typo.
    public func closestID(to id: String) -> String? {
        Spelling.closest(to: id, in: themes.map(\.id))
    }

    /// Reads and checks a theme file. Throws with every problem in it, each with line and column.
    public static func load(file url: URL) throws(ThemeTaxonomyError) -> ThemeTaxonomy {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ThemeTaxonomyError([ThemeFileProblem(file: url.path, line: 1, column: 1,
                                                       message: "cannot read the theme file. Check that it exists and can be read.")])
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            throw ThemeTaxonomyError([ThemeFileProblem(file: url.path, line: 1, column: 1,
                                                       message: "cannot read this file as UTF-8 text.")])
        }
        return try parse(yaml: yaml, file: url.path)
    }

    /// Reads theme YAML from text; `file` names it in messages.
    public static func parse(yaml: String, file: String) throws(ThemeTaxonomyError) -> ThemeTaxonomy {
        var reader = ThemeTaxonomyReader(file: file)
        guard let themes = reader.read(yaml: yaml), reader.problems.isEmpty else {
            throw ThemeTaxonomyError(reader.problems)
        }
        return ThemeTaxonomy(themes: themes, file: file)
    }
}
