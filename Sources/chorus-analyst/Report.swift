import ArgumentParser
import Disclosure
import Findings
import Foundation
import SurveyKit

struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open a bundle offline and write protected findings: tables.csv, findings.json, report.html.",
        discussion: """
            Every number in the output counts at least k people or is shown as "fewer than k". \
            Responses listed in BUNDLE.withdrawn (written by the export) are left out. A response that \
            does not open or does not fit its survey is listed by line and left out; it never stops the run.
            """
    )

    @OptionGroup var input: BundleOptions

    @ArgumentParser.Option(help: "Smallest group that may be published (at least \(DisclosureControl.smallestK)).")
    var k: Int = DisclosureControl.defaultK

    @ArgumentParser.Option(help: "Folder to write the findings into (created if missing).")
    var out: String

    @ArgumentParser.Option(help: "The lead's notes (YAML): title, summary, findings with key points and recommendations. See docs/report-notes.md.")
    var notes: String?

    func run() async throws {
        // Check everything cheap before asking for the passphrase.
        let control: DisclosureControl
        do { control = try DisclosureControl(k: k) } catch { throw Failure(error.description) }
        let leadNotes = try readNotes()
        var tallies: [String: Tally] = [:]
        var firstDay: String?, lastDay: String?  // only these two, so memory never grows with the bundle
        let analysis = try input.read { response in
            tallies[response.survey.id, default: Tally(survey: response.survey)].add(response.document.answers)
            firstDay = min(firstDay ?? response.day, response.day)
            lastDay = max(lastDay ?? response.day, response.day)
        }
        let surveys = analysis.library.surveys.compactMap { survey -> SurveyFindings? in
            guard let tally = tallies[survey.id], tally.responses > 0 else { return nil }
            return SurveyFindings(protecting: tally, with: control)
        }
        let findings = ReportInput(
            k: control.k, generatedDay: UTCDay.string(from: Date()), surveys: surveys,
            problems: analysis.publishedProblems, withdrawnLeftOut: analysis.withdrawnLeftOut,
            notes: leadNotes, period: ReportPeriod(days: [firstDay, lastDay].compactMap { $0 }))
        let outURL = URL(fileURLWithPath: out)
        try await ReportWriter.write(findings, to: outURL)

        for survey in findings.surveys { print("\(survey.survey.id): \(survey.responses) responses counted") }
        BundleOptions.printProblems(analysis)
        print("Wrote tables.csv, findings.json and report.html to \(outURL.path) (k = \(control.k))")
        print("Wrote \(ReportWriter.internalHTMLName) too: it is for you alone (it says why numbers are hidden). Publish report.html.")
    }

    /// The notes are checked against the surveys before the passphrase is asked for.
    private func readNotes() throws -> LeadNotes {
        guard let notes else { return .empty }
        do { return try LeadNotesReader.read(URL(fileURLWithPath: notes), library: input.loadLibrary()) } catch let error as LeadNotesError {
            throw Failure(error.description)
        }
    }
}
