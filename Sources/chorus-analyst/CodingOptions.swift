import ArgumentParser
import Disclosure
import Findings
import Foundation
import SurveyKit
import Themes

/// `report --coding SHEET`: the reviewed coding sheet, the taxonomy it uses and the local places
/// to redact, checked before the passphrase is asked for.
struct CodingOptions: ParsableArguments {
    @ArgumentParser.Option(help: "The coding sheet written by `code` and reviewed by you: counts its themes and takes approved quotes.")
    var coding: String?

    @ArgumentParser.Option(help: "The theme taxonomy the sheet uses (default: themes.yaml in the --surveys folder).")
    var themes: String?

    @ArgumentParser.Option(help: "Local place names to redact from quotes, one per line (use the same file as for `code`).")
    var places: String?

    /// The sheet's counting and quoting, or nil without `--coding`.
    func load(k: Int, surveys: String) throws -> Coding? {
        guard let coding else { return nil }
        let taxonomy = try ThemeFile.load(themes, surveys: surveys)
        let sheet: CodingSheet
        do { sheet = try CodingSheet.read(file: URL(fileURLWithPath: coding), taxonomy: taxonomy) } catch { throw Failure(error.description) }
        var localPlaces: [String] = []
        if let places {
            do { localPlaces = try Redactor.readPlaces(file: URL(fileURLWithPath: places)) } catch { throw Failure(error.description) }
        }
        return Coding(
            taxonomy: taxonomy, tally: ThemeTally(taxonomy: taxonomy, sheet: sheet),
            quotes: QuoteSelection(sheet: sheet, redactor: Redactor(places: localPlaces), k: k))
    }
}

/// Themes counted and quotes chosen as the bundle streams past.
struct Coding {
    let taxonomy: ThemeTaxonomy
    var tally: ThemeTally
    var quotes: QuoteSelection

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
