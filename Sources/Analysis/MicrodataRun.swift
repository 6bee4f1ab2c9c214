import Disclosure
import Foundation
import SurveyKit

/// One microdata release: a CSV of one survey's responses, k-anonymous over its identifying
/// questions, with no ids, no days and no free text, and what was lost beside it in `OUT.txt`.
/// Recorded in the ledger before it is written, like a report, and refused for people whose tables
/// were already released (`ReleaseHistory`).
public struct MicrodataRun: Sendable {
    public let library: SurveyLibrary
    public let k: Int
    /// The survey to release; nil when the bundle must hold responses to one survey only.
    public let survey: String?
    public let suppressionLimit: SuppressionLimit
    public let out: URL
    public var summaryURL: URL { URL(fileURLWithPath: out.path + ".txt") }
    public let ledgerURL: URL
    let ledger: ReleaseLedger

    /// Checks everything cheap: k, the survey, the output (never one of `inputs`, never a folder)
    /// and the ledger.
    public init(
        surveys: URL, k: Int, survey: String?, suppressionLimit: SuppressionLimit, out: URL, inputs: [URL], ledgerURL: URL
    ) throws(AnalysisFailure) {
        do { _ = try DisclosureControl(k: k) } catch { throw AnalysisFailure(error.description) }
        library = try SurveyFolder.load(surveys)
        if let survey, library.survey(survey) == nil {
            throw AnalysisFailure("There is no survey '\(survey)' in \(surveys.path). Check --survey against the survey ids there.")
        }
        try Self.check(out, inputs: inputs)
        self.k = k
        self.survey = survey
        self.suppressionLimit = suppressionLimit
        self.out = out
        self.ledgerURL = ledgerURL
        do { ledger = try ReleaseLedger.load(from: ledgerURL) } catch { throw AnalysisFailure(error.description) }
    }

    public func run(_ source: BundleSource, progress: (UInt64) -> Void = { _ in }) throws(AnalysisFailure) -> MicrodataOutcome {
        // Text answers are dropped as each response is read: free text never reaches the release.
        var records: [String: [Answers]] = [:]
        var keys: [String: Set<String>] = [:]
        let analysis = try BundleAnalysis.open(source, library: library, progress: progress) { response in
            if let survey, response.survey.id != survey { return }
            keys[response.survey.id, default: []].insert(response.key)
            records[response.survey.id, default: []].append(response.document.answers.filter {
                if case .text = $0.value { return false }
                return true
            })
        }
        let chosen = try choose(from: records)
        guard let definition = library.survey(chosen) else { throw AnalysisFailure("There is no survey '\(chosen)' in the surveys folder.") }

        // Tables and microdata of the same people are never both released.
        let chosenKeys = keys[chosen] ?? []
        do { try ReleaseHistory(ledger: ledger, kind: .microdata, records: [chosen: chosenKeys], k: k).check() } catch {
            throw AnalysisFailure(error.description)
        }
        let released: AnonymisedMicrodata
        do {
            var generator = SystemRandomNumberGenerator()
            let anonymiser = try MicrodataAnonymiser(survey: definition, k: k, suppressionLimit: suppressionLimit)
            released = try anonymiser.anonymise(records[chosen] ?? [], shuffledWith: &generator)
        } catch {
            throw AnalysisFailure(error.description)
        }
        // Recorded before it is written, like a report.
        let summary = released.summary
        let levels = summary.levels.map { "\($0.question): \($0.levelName)" }.joined(separator: "; ")
        var releases = ledger
        let release = releases.record(
            kind: .microdata, day: UTCDay.string(from: Date()), k: k, rounding: nil,
            surveys: [.init(survey: summary.survey, version: summary.surveyVersion, responses: summary.records, records: Array(chosenKeys))],
            output: out.path, numbers: [:],
            note: "\(summary.recordsKept) rows, \(summary.recordsSuppressed) left out; \(levels)")
        do { try releases.save(to: ledgerURL) } catch { throw AnalysisFailure("Nothing was written: " + error.description) }
        do {
            try Data(released.table.csv.utf8).write(to: out, options: .atomic)
            try Data(summary.text.utf8).write(to: summaryURL, options: .atomic)
        } catch {
            throw AnalysisFailure("Cannot write \(out.path) or \(summaryURL.path): \(error.localizedDescription). Check that the folder exists and can be written to.")
        }
        return MicrodataOutcome(analysis: analysis, released: released, release: release)
    }

    /// Refuses an output that would overwrite an input or cannot be a file, before the passphrase.
    static func check(_ out: URL, inputs: [URL]) throws(AnalysisFailure) {
        let target = out.standardizedFileURL.resolvingSymlinksInPath().path
        if inputs.contains(where: { $0.standardizedFileURL.resolvingSymlinksInPath().path == target }) {
            throw AnalysisFailure("--out \(out.path) is one of the inputs. Choose another file name; nothing was written.")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: out.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw AnalysisFailure("--out \(out.path) is a folder. Give the name of the CSV file to write, like \(out.path)/microdata.csv.")
        }
        let folder = out.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw AnalysisFailure("The folder \(folder) for --out does not exist. Create it first.")
        }
    }

    /// The one survey to release: the bundle's only survey, or the one asked for.
    private func choose(from records: [String: [Answers]]) throws(AnalysisFailure) -> String {
        if let survey {
            guard records[survey] != nil else {
                throw AnalysisFailure("Nothing was written: the bundle holds no responses to '\(survey)' that could be used.")
            }
            return survey
        }
        switch records.count {
        case 0:
            throw AnalysisFailure("Nothing was written: the bundle holds no responses that could be used.")
        case 1:
            return records.keys.first!
        default:
            let choices = records.keys.sorted().map { "  --survey \($0)   (\(records[$0]!.count) responses)" }.joined(separator: "\n")
            throw AnalysisFailure("Nothing was written: the bundle holds responses to \(records.count) surveys, and microdata covers one at a time. Choose one:\n\(choices)")
        }
    }
}

/// What a microdata run did, for the analyst's screen.
public struct MicrodataOutcome: Sendable {
    public let analysis: BundleAnalysis
    public let released: AnonymisedMicrodata
    public let release: Release
}
