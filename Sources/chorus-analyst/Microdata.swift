import ArgumentParser
import Disclosure
import Foundation
import SurveyKit

struct Microdata: ParsableCommand {
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

    func run() throws {
        // Check everything cheap before asking for the passphrase.
        do { _ = try DisclosureControl(k: k) } catch { throw Failure(error.description) }
        let limit = try parsedSuppressionLimit()
        let outURL = URL(fileURLWithPath: out)
        let summaryURL = URL(fileURLWithPath: out + ".txt")
        try checkOutput(outURL)
        if let survey, try input.loadLibrary().survey(survey) == nil {
            throw Failure("There is no survey '\(survey)' in \(input.surveys). Check --survey against the survey ids there.")
        }
        let ledgerURL = ledger.map(URL.init(fileURLWithPath:)) ?? input.keyFolder.appendingPathComponent(ReleaseLedger.fileName)
        var releases: ReleaseLedger
        do { releases = try ReleaseLedger.load(from: ledgerURL) } catch { throw Failure(error.description) }

        // Text answers are dropped as each response is read: free text never reaches the release.
        var records: [String: [Answers]] = [:]
        var keys: [String: Set<String>] = [:]
        let analysis = try input.read { response in
            if let survey, response.survey.id != survey { return }
            keys[response.survey.id, default: []].insert(response.key)
            records[response.survey.id, default: []].append(response.document.answers.filter {
                if case .text = $0.value { return false }
                return true
            })
        }
        let chosen = try chooseSurvey(from: records)
        guard let definition = analysis.library.survey(chosen) else { throw Failure("There is no survey '\(chosen)' in \(input.surveys).") }

        // Tables and microdata of the same people are never both released (ReleaseHistory).
        let chosenKeys = keys[chosen] ?? []
        do { try ReleaseHistory(ledger: releases, kind: .microdata, records: [chosen: chosenKeys], k: k).check() } catch {
            throw Failure(error.description)
        }
        let released: AnonymisedMicrodata
        do {
            var generator = SystemRandomNumberGenerator()
            let anonymiser = try MicrodataAnonymiser(survey: definition, k: k, suppressionLimit: limit)
            released = try anonymiser.anonymise(records[chosen] ?? [], shuffledWith: &generator)
        } catch {
            throw Failure(error.description)
        }
        // Recorded before it is written, like a report.
        let summary = released.summary
        let levels = summary.levels.map { "\($0.question): \($0.levelName)" }.joined(separator: "; ")
        let release = releases.record(
            kind: .microdata, day: UTCDay.string(from: Date()), k: k, rounding: nil,
            surveys: [.init(survey: summary.survey, version: summary.surveyVersion, responses: summary.records, records: Array(chosenKeys))],
            output: outURL.path, numbers: [:],
            note: "\(summary.recordsKept) rows, \(summary.recordsSuppressed) left out; \(levels)")
        do { try releases.save(to: ledgerURL) } catch { throw Failure(error.description) }
        do {
            try Data(released.table.csv.utf8).write(to: outURL, options: .atomic)
            try Data(released.summary.text.utf8).write(to: summaryURL, options: .atomic)
        } catch {
            throw Failure("Cannot write \(outURL.path) or \(summaryURL.path): \(error.localizedDescription). Check that the folder exists and can be written to.")
        }

        BundleOptions.printProblems(analysis)
        print(released.summary.text, terminator: "")
        print("Wrote \(released.summary.recordsKept) rows to \(outURL.path) and what was lost to \(summaryURL.path)")
        print("Recorded as release \(release.number) in \(ledgerURL.path)")
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

    /// Refuses an output that would overwrite an input or cannot be a file, before the passphrase.
    private func checkOutput(_ url: URL) throws {
        let target = url.standardizedFileURL.resolvingSymlinksInPath().path
        let inputs = [input.bundleURL, URL(fileURLWithPath: input.key), BundleLine.withdrawnFile(forBundle: input.bundleURL)]
        if inputs.contains(where: { $0.standardizedFileURL.resolvingSymlinksInPath().path == target }) {
            throw Failure("--out \(out) is one of the inputs. Choose another file name; nothing was written.")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw Failure("--out \(out) is a folder. Give the name of the CSV file to write, like \(out)/microdata.csv.")
        }
        let folder = url.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure("The folder \(folder) for --out does not exist. Create it first.")
        }
    }

    /// The one survey to release: the bundle's only survey, or the one named with --survey.
    private func chooseSurvey(from records: [String: [Answers]]) throws -> String {
        if let survey {
            guard records[survey] != nil else {
                throw Failure("Nothing was written: the bundle holds no responses to '\(survey)' that could be used.")
            }
            return survey
        }
        switch records.count {
        case 0:
            throw Failure("Nothing was written: the bundle holds no responses that could be used.")
        case 1:
            return records.keys.first!
        default:
            let choices = records.keys.sorted().map { "  --survey \($0)   (\(records[$0]!.count) responses)" }.joined(separator: "\n")
            throw Failure("Nothing was written: the bundle holds responses to \(records.count) surveys, and microdata covers one at a time. Choose one:\n\(choices)")
        }
    }
}
