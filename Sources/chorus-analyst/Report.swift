import Analysis
import ArgumentParser
import Disclosure
import Findings
import Foundation
import SurveyKit
import Themes

struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open a bundle offline and write protected findings: tables.csv, findings.json, report.html (one report per audience).",
        discussion: """
            Every number in the output counts at least k people or is shown as "not shown", and no \
            hidden number can be narrowed to fewer than k values from the published ones. Every run \
            is recorded in the release ledger beside the key (releases.json), and a number that moved \
            by 1 to k−1 since an earlier release is held back. Responses listed in BUNDLE.withdrawn \
            (written by the export) are left out. A response that does not open or does not fit its \
            survey is listed by line and left out; it never stops the run.
            """
    )

    @OptionGroup var input: BundleOptions
    @OptionGroup var codingOptions: CodingOptions

    @ArgumentParser.Option(help: "Smallest group that may be published (at least \(DisclosureControl.smallestK)).")
    var k: Int = DisclosureControl.defaultK

    @ArgumentParser.Option(help: "Folder to write the findings into (created if missing).")
    var out: String

    @ArgumentParser.Option(help: "The lead's notes (YAML): title, summary, findings with key points and recommendations. See docs/report-notes.md.")
    var notes: String?

    @Flag(name: .customLong("suppress-zeros"), help: "Hide zeros too (a zero can say that nobody in a group was helped, for instance).")
    var suppressZeros = false

    @ArgumentParser.Option(help: "Round every published count to the nearest multiple of this (for example 5).")
    var round: Int?

    @ArgumentParser.Option(help: "The release ledger (default: releases.json beside the key).")
    var ledger: String?

    #if DEBUG
    // Debug builds only, for the attack tests (scripts/attack): audit each table on its own, as
    // Chorus did before the joint audit, to show the attacks succeed without it. Never in a release build.
    @Flag(name: .customLong("unsafe-audit-tables-separately"), help: .hidden)
    var unsafeAuditTablesSeparately = false
    #else
    var unsafeAuditTablesSeparately: Bool { false }
    #endif

    func run() async throws {
        // Check everything cheap before asking for the passphrase.
        let control: DisclosureControl
        do { control = try DisclosureControl(k: k, suppressZeros: suppressZeros, rounding: round) } catch { throw Failure(error.description) }
        let report = try ReportRun(
            surveys: input.surveysURL, control: control, notes: notes.map(URL.init(fileURLWithPath:)),
            coding: try codingOptions.load(k: control.k, surveys: input.surveysURL), ledgerURL: input.ledgerURL(ledger),
            out: URL(fileURLWithPath: out), jointAudit: !unsafeAuditTablesSeparately)
        let outcome = try await input.open { source, progress in try await report.run(source, progress: progress) }
        let findings = outcome.findings, analysis = outcome.analysis, joint = outcome.joint, held = outcome.held

        for survey in findings.surveys { print("\(survey.survey.id): \(survey.responses) responses counted") }
        for (name, carried) in analysis.carried.sorted(by: { $0.key < $1.key }) {
            let lost = carried.leftOut.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
            print("  \(carried.responses) of them answered \(name) and were carried into the newest version"
                  + (lost.isEmpty ? "; every answer carried." : "; answers that could not be carried and were left out: \(lost)."))
        }
        analysis.printProblems()
        for warning in findings.evidenceWarnings() { print("WARNING: " + warning) }
        if let coding = outcome.coding {
            print("Themes counted from \(codingOptions.coding ?? "the sheet"); \(findings.quotes.count) quotes approved and allowed")
            // Approved by the lead but still not quoted: she must know why, or she will look for them.
            for (reason, count) in findings.quotesLeftOut where reason != QuoteExclusion.notApproved.rawValue {
                print("  \(count) coded answers were not quoted: \(reason)")
            }
            if coding.tally.rowsNotInBundle > 0 { print("\(coding.tally.rowsNotInBundle) sheet rows matched no response in this bundle (withdrawn since?) and were left out") }
            if coding.tally.answersNotInSheet > 0 { print("\(coding.tally.answersNotInSheet) text answers are not in the sheet: run `code` again to add them") }
        }
        print("Audited all \(joint.numbers) numbers together (\(joint.linearPrograms) linear programs, largest linked part \(joint.largestPart) hidden numbers); \(joint.hiddenHere) more hidden because tables share numbers or earlier releases bound them")
        if unsafeAuditTablesSeparately { print("WARNING: --unsafe-audit-tables-separately: tables were audited one at a time. Never publish this output.") }
        if held > 0 { print("\(held) numbers held back: they moved by fewer than \(control.k) people since an earlier release") }
        let html = ReportWriter.htmlNames(for: findings)
        print("Wrote \(ReportWriter.csvName), \(ReportWriter.jsonName), \(ReportWriter.publicJSONName) and \(html.published.joined(separator: ", ")) to \(report.out.path) (k = \(control.k))")
        if html.published.count > 1 {
            print("One report per audience, never mixed: \(ReportWriter.htmlName) leads to each. Publish those \(html.published.count) files.")
        }
        print("Wrote \(html.internal.joined(separator: ", ")) too: for you alone (they say why numbers are hidden). Never publish them.")
        print("Recorded as release \(outcome.release.number) in \(report.ledgerURL.path)")
    }
}
