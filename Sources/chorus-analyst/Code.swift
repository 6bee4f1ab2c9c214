import ArgumentParser
import Foundation
import Themes

struct Code: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open a bundle offline and write a coding sheet: one row per text answer, with suggested themes.",
        discussion: """
            The sheet (CSV) holds her words unredacted, so it must stay on this offline machine. \
            Review it in a spreadsheet: correct the themes column, write yes in approve_quote for \
            answers that may be quoted, then run `report --coding SHEET`. See docs/themes.md.
            """
    )

    @OptionGroup var input: BundleOptions

    @ArgumentParser.Option(help: "The theme taxonomy (default: themes.yaml in the --surveys folder).")
    var themes: String?

    @ArgumentParser.Option(help: "A file of local place names to redact from quotes, one per line (streets, estates, villages, schools).")
    var places: String?

    @ArgumentParser.Option(help: "Where to write the coding sheet (CSV).")
    var out: String

    @ArgumentParser.Flag(help: "Replace an existing sheet. A reviewed sheet is hours of work: copy it somewhere first.")
    var force = false

    func run() async throws {
        // Check everything cheap before asking for the passphrase.
        let outURL = URL(fileURLWithPath: out)
        if FileManager.default.fileExists(atPath: outURL.path), !force {
            throw Failure("\(outURL.path) already exists. Nothing was written: it may hold hours of review. Choose another --out, or add --force to replace it.")
        }
        let taxonomy = try ThemeFile.load(themes, surveys: input.surveys)
        var localPlaces: [String] = []
        if let places {
            do { localPlaces = try Redactor.readPlaces(file: URL(fileURLWithPath: places)) } catch { throw Failure(error.description) }
        }

        var builder = CodingSheetBuilder(taxonomy: taxonomy, redactor: Redactor(places: localPlaces))
        let analysis = try input.read { response in
            builder.add(key: response.key, survey: response.survey, document: response.document)
        }
        let sheet = builder.sheet()
        do {
            try Data(sheet.csv().utf8).write(to: outURL, options: .atomic)
        } catch {
            throw Failure("Cannot write the coding sheet to \(outURL.path): \(error.localizedDescription). Check that the folder exists and can be written.")
        }

        BundleOptions.printProblems(analysis)
        let suggested = sheet.rows.filter { !$0.suggestedThemes.isEmpty }.count
        print("Wrote \(sheet.rows.count) text answers to \(outURL.path) (\(suggested) with suggested themes)")
        print("""
            This sheet holds survivors' own words, unredacted. Keep it on this offline machine: do not \
            email it, upload it or copy it to a shared drive. Review the themes and approve_quote \
            columns, then run `chorus-analyst report --coding \(outURL.path)`.
            """)
    }
}
