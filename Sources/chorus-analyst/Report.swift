import ArgumentParser
import Disclosure
import Findings
import Foundation
import Sealing
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

    @Argument(help: "The bundle written by `chorus-server export`.")
    var bundle: String

    @ArgumentParser.Option(help: "The secret key file (analysis.key).")
    var key: String

    @ArgumentParser.Option(name: .customLong("passphrase-file"), help: "Read the key's passphrase from this file instead of asking.")
    var passphraseFile: String?

    @ArgumentParser.Option(help: "Folder of survey definitions (*.yaml): the same versions the server used.")
    var surveys: String = "Surveys"

    @ArgumentParser.Option(help: "Smallest group that may be published (at least \(DisclosureControl.smallestK)).")
    var k: Int = DisclosureControl.defaultK

    @ArgumentParser.Option(help: "Folder to write the findings into (created if missing).")
    var out: String

    @ArgumentParser.Option(help: "File of withdrawn response ids, one per line (default: BUNDLE.withdrawn, if it exists).")
    var withdrawn: String?

    func run() async throws {
        // Check everything cheap before asking for the passphrase.
        let control: DisclosureControl
        do { control = try DisclosureControl(k: k) } catch { throw Failure(error.description) }
        let bundleURL = URL(fileURLWithPath: bundle)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: bundleURL.path) else {
            throw Failure("Cannot read the bundle \(bundle). Check the path.")
        }
        let library: SurveyLibrary
        do { library = try SurveyLibrary.load(directory: URL(fileURLWithPath: surveys)) } catch { throw Failure(error.description) }
        let withdrawnIDs = try readWithdrawn(bundleURL: bundleURL)

        var passphrase = try Passphrase.read(file: passphraseFile, confirm: false)
        let keyPair: KeyPair
        do {
            keyPair = try SecretKeyFile.read(from: URL(fileURLWithPath: key), passphrase: passphrase)
        } catch {
            Sodium.wipe(&passphrase)
            throw Failure("\(error)")
        }
        Sodium.wipe(&passphrase)

        var analysis = BundleAnalysis(library: library, opener: Opener(keyPair: keyPair), withdrawn: withdrawnIDs)
        var progress = ProgressBar(total: (attributes[.size] as? NSNumber)?.uint64Value ?? 0)
        try analysis.read(bundle: bundleURL) { progress.update($0) }
        progress.finish()
        guard analysis.repeatedLines.isEmpty else {
            let lines = analysis.repeatedLines.prefix(20).map(String.init).joined(separator: ", ")
            throw Failure("""
                No report was written: the bundle repeats responses (lines \(lines)\(analysis.repeatedLines.count > 20 ? ", ..." : "")). \
                A response counted twice could single its author out. Use each export as the server wrote it; \
                never join bundles or copy lines. If this bundle came straight from the server, treat it as tampered with.
                """)
        }

        let input = analysis.findings(control: control, day: UTCDay.string(from: Date()))
        let outURL = URL(fileURLWithPath: out)
        try await ReportWriter.write(input, to: outURL)

        for survey in input.surveys { print("\(survey.survey.id): \(survey.responses) responses counted") }
        if input.withdrawnLeftOut > 0 { print("\(input.withdrawnLeftOut) withdrawn responses left out") }
        if !analysis.problems.isEmpty {
            // In full on this screen only; the published files give each line a fixed description.
            print("\(analysis.problems.count) responses could not be used and were left out:")
            for problem in analysis.problems { print("  line \(problem.line)\(problem.id.map { " (id \($0))" } ?? ""): \(problem.reason)") }
        }
        print("Wrote tables.csv, findings.json and report.html to \(outURL.path) (k = \(control.k))")
    }

    private func readWithdrawn(bundleURL: URL) throws -> Set<String> {
        let url = withdrawn.map(URL.init(fileURLWithPath:)) ?? BundleLine.withdrawnFile(forBundle: bundleURL)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if withdrawn != nil { throw Failure("Cannot find the withdrawn-ids file \(url.path).") }
            return []
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Failure("Cannot read the withdrawn-ids file \(url.path).")
        }
        return Set(String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }
}
