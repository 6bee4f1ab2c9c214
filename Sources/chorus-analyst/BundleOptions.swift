import Analysis
import Disclosure
import ArgumentParser
import Foundation
import Sealing
import Unsealing

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
    var surveysURL: URL { URL(fileURLWithPath: surveys) }
    var keyURL: URL { URL(fileURLWithPath: key) }
    /// The ledger of releases lives beside the key, on the offline machine.
    func ledgerURL(_ ledger: String?) -> URL {
        ledger.map(URL.init(fileURLWithPath:)) ?? keyURL.deletingLastPathComponent().appendingPathComponent(ReleaseLedger.fileName)
    }

    /// Checks the bundle and the withdrawn ids, then asks for the passphrase and opens the key:
    /// cheap checks first, so a typo never costs a passphrase prompt. `body` is given the source
    /// and a progress bar's update.
    func open<T>(_ body: (BundleSource, (UInt64) -> Void) async throws -> T) async throws -> T {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: bundleURL.path) else {
            throw Failure("Cannot read the bundle \(bundle). Check the path.")
        }
        let withdrawnIDs = try WithdrawnIDs.read(file: withdrawn.map(URL.init(fileURLWithPath:)), bundle: bundleURL)
        var passphrase = try Passphrase.read(file: passphraseFile, confirm: false)
        let keyPair: KeyPair
        do {
            keyPair = try SecretKeyFile.read(from: keyURL, passphrase: passphrase)
        } catch {
            Sodium.wipe(&passphrase)
            throw Failure("\(error)")
        }
        Sodium.wipe(&passphrase)
        let progress = ProgressBar(total: (attributes[.size] as? NSNumber)?.uint64Value ?? 0)
        defer { progress.finish() }
        return try await body(BundleSource(url: bundleURL, opener: Opener(keyPair: keyPair), withdrawn: withdrawnIDs), progress.update)
    }
}

extension BundleAnalysis {
    /// Prints, on this screen only, the responses that could not be used.
    func printProblems() {
        for line in problemLines { print(line) }
    }
}
