import Foundation
import Testing

/// A new round with a new analysis key (docs/deploying.md, "A new round and a new analysis key"):
/// the server is given the new public key and restarted; answers from then on are sealed to it, and
/// bundles exported before still open with the old key, which opens nothing sealed after.
@Suite(.serialized) struct KeyRotationTests {
    @Test func oldBundlesOpenWithTheOldKeyAndNewAnswersOnlyWithTheNew() throws {
        let round = try RoundTripTests.prepare("rotation")
        let oldKey = round.keys
        var server = try ServerProcess(data: round.data, surveys: Paths.fixtures, publicKey: oldKey.appendingPathComponent("analysis.pub"))
        for respondent in Respondent.make(count: 6, seed: 11) { try RoundTripTests.submit(respondent, to: server) }
        server.stop()
        let oldBundle = round.folder.appendingPathComponent("old.jsonl")
        #expect(try run("chorus-server", ["export", "--data", round.data.path, "--out", oldBundle.path]).status == 0)

        // The new key, made on the offline machine; only its public half reaches the server.
        let newKey = round.folder.appendingPathComponent("new-keys")
        let keygen = try run("chorus-analyst", ["keygen", "--out", newKey.path, "--passphrase-file", round.passphraseFile.path, "--strength", "interactive"])
        #expect(keygen.status == 0, "\(keygen.output)")
        server = try ServerProcess(data: round.data, surveys: Paths.fixtures, publicKey: newKey.appendingPathComponent("analysis.pub"))
        for respondent in Respondent.make(count: 7, seed: 12) { try RoundTripTests.submit(respondent, to: server) }
        server.stop()
        let newBundle = round.folder.appendingPathComponent("new.jsonl")
        #expect(try run("chorus-server", ["export", "--data", round.data.path, "--out", newBundle.path]).status == 0)

        // Each run records a release in its own ledger: these are three views of the same answers.
        func report(_ bundle: URL, key: URL, out: String) throws -> CommandResult {
            try run("chorus-analyst", [
                "report", bundle.path, "--key", key.appendingPathComponent("analysis.key").path, "--passphrase-file", round.passphraseFile.path,
                "--surveys", Paths.fixtures.path, "--out", round.folder.appendingPathComponent(out).path,
                "--ledger", round.folder.appendingPathComponent(out + "-ledger.json").path,
            ])
        }
        // The old bundle, with the old key: every answer of the first round.
        let old = try report(oldBundle, key: oldKey, out: "old-findings")
        #expect(old.status == 0, "\(old.output)")
        #expect(old.output.contains("round: 6 responses counted"), "\(old.output)")
        #expect(!old.output.contains("could not be used"), "\(old.output)")

        // The new export holds both rounds: the new key opens the 7 new answers and none of the 6
        // sealed to the old key, which are named as such and left out, never stopping the report.
        let new = try report(newBundle, key: newKey, out: "new-findings")
        #expect(new.status == 0, "\(new.output)")
        #expect(new.output.contains("round: 7 responses counted"), "\(new.output)")
        #expect(new.output.contains("6 responses could not be used and were left out"), "\(new.output)")
        #expect(new.output.components(separatedBy: "its box does not open with this key").count - 1 == 6)

        // And the old key opens none of the new answers.
        let crossed = try report(newBundle, key: oldKey, out: "crossed-findings")
        #expect(crossed.status == 0, "\(crossed.output)")
        #expect(crossed.output.contains("round: 6 responses counted"), "\(crossed.output)")
        #expect(crossed.output.contains("7 responses could not be used and were left out"), "\(crossed.output)")
    }
}
