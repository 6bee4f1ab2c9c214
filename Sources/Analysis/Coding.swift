import Disclosure
import Findings
import Foundation
import Localisation
import SurveyKit
import Themes

/// A reviewed coding sheet at work: its themes counted and its approved quotes chosen as the
/// bundle streams past.
public struct Coding: Sendable {
    public let taxonomy: ThemeTaxonomy
    public private(set) var tally: ThemeTally
    public private(set) var quotes: QuoteSelection

    /// Reads the sheet against its taxonomy, before the passphrase is asked for.
    public init(sheet: URL, themes: URL?, surveys: URL, places: URL?, k: Int) throws(AnalysisFailure) {
        let taxonomy = try ThemeFile.load(themes, surveys: surveys)
        let read: CodingSheet
        do { read = try CodingSheet.read(file: sheet, taxonomy: taxonomy) } catch { throw AnalysisFailure(error.description) }
        self.taxonomy = taxonomy
        tally = ThemeTally(taxonomy: taxonomy, sheet: read)
        quotes = QuoteSelection(sheet: read, redactor: Redactor(places: try ThemeFile.places(places)), k: k)
    }

    mutating func add(_ response: OpenedResponse) {
        tally.add(key: response.key, survey: response.survey, document: response.document)
        quotes.add(key: response.key, survey: response.survey, document: response.document)
    }

    /// How the theme tables of `survey` are titled and their rows labelled.
    func wording(for survey: Survey, catalogue: Catalogue = .english) -> ThemeWording {
        var titles: [String: String] = [ThemeTables.allQuestions: catalogue[.reportThemesAllTitle]]
        var sources: [String: String] = [:]
        for question in survey.questions where question.type == .text {
            let id = ThemeTables.tableQuestion(for: question.id)
            titles[id] = catalogue.text(.reportThemesTitle, ["question": question.label.english])
            sources[id] = question.id
        }
        var labels = Dictionary(uniqueKeysWithValues: taxonomy.themes.map { ($0.id, $0.label) })
        labels[ThemeTables.noTheme] = catalogue[.reportNoTheme]
        return ThemeWording(titles: titles, labels: labels, sources: sources)
    }
}
