import Analysis
import ArgumentParser
import Disclosure
import Foundation
import ResponseBundle
import SurveyKit

struct Microdata: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open a bundle offline and write record-level data, k-anonymous over the identifying questions.",
        discussion: """
            Writes one CSV row per response, in random order, with no ids, no days and no free text. \
            Identifying answers are merged along the hierarchies the survey declares, as little as \
            needed for every combination of them to be shared by at least k rows; responses still in \
            smaller groups are left out, up to --suppression-limit. What was lost is written to \
            OUT.txt and printed. Responses listed in BUNDLE.withdrawn are left out.
            """
    )

    @OptionGroup var input: BundleOptions

    @ArgumentParser.Option(help: "Smallest group of identical identifying answers that may be released (at least \(DisclosureControl.smallestK)).")
    var k: Int = DisclosureControl.defaultK

    @ArgumentParser.Option(help: "The survey to release, when the bundle holds responses to more than one.")
    var survey: String?

    @ArgumentParser.Option(
        name: .customLong("suppression-limit"),
        help: "Most responses that may be left out, as a percentage of all (0 to \(Int(SuppressionLimit.largestPercent))).")
    var suppressionLimit: String = "\(Int(SuppressionLimit.defaultPercent))%"

    @ArgumentParser.Option(help: "The CSV file to write; what was lost goes to the same name with .txt added.")
    var out: String

    @ArgumentParser.Option(help: "The release ledger (default: releases.json beside the key).")
    var ledger: String?

    func run() async throws {
        // Check everything cheap before asking for the passphrase.
        let microdata = try MicrodataRun(
            surveys: input.surveysURL, k: k, survey: survey, suppressionLimit: try parsedSuppressionLimit(), out: URL(fileURLWithPath: out),
            inputs: [input.bundleURL, input.keyURL, BundleLine.withdrawnFile(forBundle: input.bundleURL)], ledgerURL: input.ledgerURL(ledger))
        let outcome = try await input.open { source, progress in try microdata.run(source, progress: progress) }

        outcome.analysis.printProblems()
        print(outcome.released.summary.text, terminator: "")
        print("Wrote \(outcome.released.summary.recordsKept) rows to \(microdata.out.path) and what was lost to \(microdata.summaryURL.path)")
        print("Recorded as release \(outcome.release.number) in \(microdata.ledgerURL.path)")
    }

    /// "5", "5%" or "2.5" percent.
    private func parsedSuppressionLimit() throws -> SuppressionLimit {
        let text = suppressionLimit.trimmingCharacters(in: .whitespaces)
        let number = text.hasSuffix("%") ? String(text.dropLast()) : text
        guard let percent = Double(number) else {
            throw Failure("--suppression-limit '\(suppressionLimit)' is not a percentage. Give a number from 0 to \(Int(SuppressionLimit.largestPercent)), like 5 or 5%.")
        }
        do { return try SuppressionLimit(percent: percent) } catch { throw Failure(error.description) }
    }
}
