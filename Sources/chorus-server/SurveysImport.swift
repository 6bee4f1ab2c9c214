import ArgumentParser
import Foundation
import XLSForm

struct ImportSurvey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an XLSForm spreadsheet (.xlsx) as a survey file.",
        discussion: """
            Reads the survey, choices and settings sheets and writes ID.yaml in the folder given by \
            --out, once Chorus's own survey reader has read it back without a problem. Types that would \
            collect identifying data (locations, photos, recordings, dates, device details) are refused, \
            each with its row and the reason. Every problem is listed at once, by sheet, row and column; \
            nothing is written until there are none. See docs/survey-format.md, "Importing an XLSForm".
            """
    )

    @ArgumentParser.Argument(help: "The XLSForm spreadsheet (.xlsx).")
    var form: String

    @ArgumentParser.Option(help: "The folder to write the survey file into (created if missing).")
    var out: String

    @ArgumentParser.Flag(help: "Replace a survey file of the same name in the folder.")
    var force = false

    func run() throws {
        let imported: XLSFormImport
        do {
            imported = try XLSFormImporter.importForm(atPath: form)
        } catch {
            print(error.description)
            printWarnings(error.warnings)
            throw ExitCode(1)
        }
        printWarnings(imported.warnings)

        let folder = URL(fileURLWithPath: out)
        let file = folder.appendingPathComponent(imported.suggestedFileName)
        if FileManager.default.fileExists(atPath: file.path), !force {
            print("\(file.path) already exists; nothing was written. Import into another folder, or add --force to replace it (keep a copy first if it is in use: see \"Changing a survey mid-round\" in docs/survey-format.md).")
            throw ExitCode(1)
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(imported.yaml.utf8).write(to: file, options: force ? .atomic : .withoutOverwriting)
        } catch {
            print("Could not write \(file.path): \(error.localizedDescription). Check that the folder can be written, and try again.")
            throw ExitCode(1)
        }

        let survey = imported.survey
        let questions = survey.answerableQuestions.count
        print("Wrote \(file.path): survey '\(survey.id)' version \(survey.version), \(survey.pages.count) \(survey.pages.count == 1 ? "page" : "pages"), \(questions) \(questions == 1 ? "question" : "questions").")
        print("""
            Next:
              1. Read the file, and edit what the warnings above point to (the intro, the audience...).
              2. chorus-server surveys check \(out)
              3. chorus-server surveys preview --surveys \(out)    then open http://127.0.0.1:8090
            """)
    }

    private func printWarnings(_ warnings: [XLSFormProblem]) {
        guard !warnings.isEmpty else { return }
        print("\(warnings.count) \(warnings.count == 1 ? "warning" : "warnings"):")
        for warning in warnings { print("  " + warning.description) }
    }
}
