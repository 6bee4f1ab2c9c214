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
        let leadNotes = try readNotes()
        var coding = try codingOptions.load(k: control.k, surveys: input.surveys)
        let ledgerURL = ledger.map(URL.init(fileURLWithPath:)) ?? input.keyFolder.appendingPathComponent(ReleaseLedger.fileName)
        var releases: ReleaseLedger
        do { releases = try ReleaseLedger.load(from: ledgerURL) } catch { throw Failure(error.description) }

        var tallies: [String: Tally] = [:]
        // The opaque keys of the responses counted, for the ledger (about 40 bytes per response).
        var records: [String: Set<String>] = [:]
        var firstDay: String?, lastDay: String?  // only these two, so memory never grows with the bundle
        let analysis = try input.read { response in
            tallies[response.survey.id, default: Tally(survey: response.survey)].add(response.document.answers)
            records[response.survey.id, default: []].insert(response.key)
            coding?.add(response)
            firstDay = min(firstDay ?? response.day, response.day)
            lastDay = max(lastDay ?? response.day, response.day)
        }
        guard analysis.missingVersions.isEmpty else {
            let missing = analysis.missingVersions.sorted { $0.key < $1.key }.map { "\($0.value) answer \($0.key)" }.joined(separator: "; ")
            throw Failure("""
                Nothing was written: \(missing), whose definition is not in \(input.surveys). Put each earlier \
                version's file back beside the newer one (for example as SURVEY.v1.yaml): Chorus reads every \
                version in the folder and carries older responses into the newest.
                """)
        }
        let history = ReleaseHistory(ledger: releases, kind: .report, records: records, k: control.k)
        var held = 0
        var joint = JointProtection.Summary()
        var surveys: [SurveyFindings] = []
        do throws(ReleaseRefusal) {
            try history.check()
            for survey in analysis.library.surveys {
                guard let tally = tallies[survey.id], tally.responses > 0 else { continue }
                let protected = try SurveyFindings.protecting(
                    tally, themeTables: coding?.tally.tables(for: survey) ?? [], themes: coding?.wording(for: survey) ?? .none,
                    with: control, ledger: releases, history: history, jointAudit: !unsafeAuditTablesSeparately)
                held += protected.held
                joint.add(protected.joint)
                surveys.append(protected.findings)
            }
        } catch {
            throw Failure(error.description)
        }
        let day = UTCDay.string(from: Date())
        var findings = ReportInput(
            k: control.k, rounding: control.rounding, generatedDay: day, surveys: surveys,
            problems: analysis.publishedProblems, withdrawnLeftOut: analysis.withdrawnLeftOut,
            notes: leadNotes, period: ReportPeriod(days: [firstDay, lastDay].compactMap { $0 }), heldSinceEarlierRelease: held)
        findings.hiddenByJointAudit = joint.hiddenHere
        if let coding {
            let chosen = coding.quotes.result()
            findings.quotes = chosen.quotes.map { ReportQuote(survey: $0.survey, question: $0.question, text: $0.text) }
            findings.quotesLeftOut = QuoteExclusion.allCases.compactMap { reason in
                chosen.leftOut[reason].flatMap { $0 > 0 ? (reason.rawValue, $0) : nil }
            }
            findings.themesCoded = true
        }
        // Recorded before anything is written: a release recorded but never written only makes
        // later releases more careful, while one written but not recorded could be subtracted.
        let outURL = URL(fileURLWithPath: out)
        let release = releases.record(
            kind: .report, day: day, k: control.k, rounding: control.rounding,
            surveys: surveys.map { .init(survey: $0.survey.id, version: $0.survey.version, responses: $0.responses, records: records[$0.survey.id].map(Array.init)) },
            output: outURL.path, numbers: findings.publishedNumbers)
        do { try releases.save(to: ledgerURL) } catch { throw Failure(error.description) }
        try await ReportWriter.write(findings, to: outURL)

        for survey in findings.surveys { print("\(survey.survey.id): \(survey.responses) responses counted") }
        for (name, carried) in analysis.carried.sorted(by: { $0.key < $1.key }) {
            let lost = carried.leftOut.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
            print("  \(carried.responses) of them answered \(name) and were carried into the newest version"
                  + (lost.isEmpty ? "; every answer carried." : "; answers that could not be carried and were left out: \(lost)."))
        }
        BundleOptions.printProblems(analysis)
        for warning in findings.evidenceWarnings() { print("WARNING: " + warning) }
        if let coding {
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
        print("Wrote \(ReportWriter.csvName), \(ReportWriter.jsonName), \(ReportWriter.publicJSONName) and \(html.published.joined(separator: ", ")) to \(outURL.path) (k = \(control.k))")
        if html.published.count > 1 {
            print("One report per audience, never mixed: \(ReportWriter.htmlName) leads to each. Publish those \(html.published.count) files.")
        }
        print("Wrote \(html.internal.joined(separator: ", ")) too: for you alone (they say why numbers are hidden). Never publish them.")
        print("Recorded as release \(release.number) in \(ledgerURL.path)")
    }

    /// The notes are checked against the surveys before the passphrase is asked for.
    private func readNotes() throws -> LeadNotes {
        guard let notes else { return .empty }
        do { return try LeadNotesReader.read(URL(fileURLWithPath: notes), library: input.loadLibrary()) } catch let error as LeadNotesError {
            throw Failure(error.description)
        }
    }
}
