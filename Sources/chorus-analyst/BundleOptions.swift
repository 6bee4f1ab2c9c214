import ArgumentParser
import Foundation
import Sealing
import Unsealing
import SurveyKit

/// The options every command that opens a bundle shares: the bundle, the key and its passphrase,
/// the survey definitions and the withdrawn ids.
struct BundleOptions: ParsableArguments {
    @Argument(help: "The bundle written by `chorus-server export`.")
    var bundle: String

    @ArgumentParser.Option(help: "The secret key file (analysis.key).")
    var key: String

    @ArgumentParser.Option(name: .customLong("passphrase-file"), help: "Read the key's passphrase from this file instead of asking.")
    var passphraseFile: String?

    @ArgumentParser.Option(help: "Folder of survey definitions (*.yaml): the same versions the server used.")
    var surveys: String = "Surveys"

    @ArgumentParser.Option(help: "File of withdrawn response ids, one per line (default: BUNDLE.withdrawn, if it exists).")
    var withdrawn: String?

    var bundleURL: URL { URL(fileURLWithPath: bundle) }
    /// The ledger of releases lives beside the key, on the offline machine.
    var keyFolder: URL { URL(fileURLWithPath: key).deletingLastPathComponent() }

    /// Checks the bundle and surveys, then asks for the passphrase and opens every response,
    /// calling `each` with every one that opens and fits its survey. Cheap checks come first, so a
    /// typo never costs a passphrase prompt.
    func read(each: (OpenedResponse) -> Void) throws -> BundleAnalysis {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: bundleURL.path) else {
            throw Failure("Cannot read the bundle \(bundle). Check the path.")
        }
        let library = try loadLibrary()
        let withdrawnIDs = try readWithdrawn()

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
        try analysis.read(bundle: bundleURL, progress: { progress.update($0) }, each: each)
        progress.finish()
        guard analysis.repeatedLines.isEmpty else {
            let lines = analysis.repeatedLines.prefix(20).map(String.init).joined(separator: ", ")
            throw Failure("""
                Nothing was written: the bundle repeats responses (lines \(lines)\(analysis.repeatedLines.count > 20 ? ", ..." : "")). \
                A response counted twice could single its author out. Use each export as the server wrote it; \
                never join bundles or copy lines. If this bundle came straight from the server, treat it as tampered with.
                """)
        }
        return analysis
    }

    func loadLibrary() throws -> SurveyLibrary {
        do { return try SurveyLibrary.load(directory: URL(fileURLWithPath: surveys)) } catch { throw Failure(error.description) }
    }

    /// Prints, on this screen only, the responses that could not be used.
    static func printProblems(_ analysis: BundleAnalysis) {
        if analysis.withdrawnLeftOut > 0 { print("\(analysis.withdrawnLeftOut) withdrawn responses left out") }
        guard !analysis.problems.isEmpty else { return }
        print("\(analysis.problems.count) responses could not be used and were left out:")
        for problem in analysis.problems { print("  line \(problem.line)\(problem.id.map { " (id \($0))" } ?? ""): \(problem.reason)") }
    }

    private func readWithdrawn() throws -> Set<String> {
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

/// One response that opened and fits its survey.
struct OpenedResponse {
    /// The bundle's random id: never written to any output (see `ResponseKey`).
    let id: String
    /// The opaque response key (`ResponseKeyer`): the same for this response on every run with
    /// this analysis key, and the only name for it that an output may carry.
    let key: String
    /// The day the server received it (`YYYY-MM-DD`), as the bundle line gives it.
    let day: String
    let document: ResponseDocument
    let survey: Survey
}
