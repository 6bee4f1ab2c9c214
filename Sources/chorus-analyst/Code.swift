import Analysis
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
        let coding = try CodingSheetRun(
            surveys: input.surveysURL, themes: themes.map(URL.init(fileURLWithPath:)), places: places.map(URL.init(fileURLWithPath:)),
            out: URL(fileURLWithPath: out), replace: force)
        let (analysis, sheet) = try await input.open { source, progress in try coding.run(source, progress: progress) }
        let outURL = coding.out

        analysis.printProblems()
        let suggested = sheet.rows.filter { !$0.suggestedThemes.isEmpty }.count
        print("Wrote \(sheet.rows.count) text answers to \(outURL.path) (\(suggested) with suggested themes)")
        print("""
            This sheet holds survivors' own words, unredacted. Keep it on this offline machine: do not \
            email it, upload it or copy it to a shared drive. Review the themes and approve_quote \
            columns, then run `chorus-analyst report --coding \(outURL.path)`.
            """)
    }
}
