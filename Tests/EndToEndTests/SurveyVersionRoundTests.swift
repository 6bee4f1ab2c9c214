import Foundation
import Testing

/// A round in which the lead changes an option and raises the version halfway: responses given under
/// the first version are still counted, carried into the second, and a report without the first
/// version's file refuses to run instead of losing them.
@Suite(.serialized) struct SurveyVersionRoundTests {
    @Test func raisingTheVersionMidRoundLosesNoResponse() throws {
        let round = try RoundTripTests.prepare("versions")
        let surveys = round.folder.appendingPathComponent("surveys")
        try FileManager.default.createDirectory(at: surveys, withIntermediateDirectories: true)
        let original = try String(contentsOf: Paths.fixtures.appendingPathComponent("round.yaml"), encoding: .utf8)
        try original.write(to: surveys.appendingPathComponent("round.yaml"), atomically: true, encoding: .utf8)
        let publicKey = round.keys.appendingPathComponent("analysis.pub")

        let before = Respondent.make(count: 12, seed: 5)
        var server = try ServerProcess(data: round.data, surveys: surveys, publicKey: publicKey)
        for respondent in before { try RoundTripTests.submit(respondent, to: server) }
        server.stop()

        // Version 3 drops the GP option; version 2's file stays beside it.
        try original.write(to: surveys.appendingPathComponent("round.v2.yaml"), atomically: true, encoding: .utf8)
        let third = original.replacingOccurrences(of: "version: 2", with: "version: 3")
            .replacingOccurrences(of: "          - {id: gp, label: GP}\n", with: "")
        #expect(third != original)
        try third.write(to: surveys.appendingPathComponent("round.yaml"), atomically: true, encoding: .utf8)
        let after = Respondent.make(count: 20, seed: 6).filter { !$0.contact.contains("gp") }.prefix(8)
        server = try ServerProcess(data: round.data, surveys: surveys, publicKey: publicKey)
        for respondent in after { try RoundTripTests.submit(respondent, to: server) }
        server.stop()

        let bundle = round.folder.appendingPathComponent("bundle.jsonl")
        #expect(try run("chorus-server", ["export", "--data", round.data.path, "--out", bundle.path]).status == 0)
        let report = try run("chorus-analyst", [
            "report", bundle.path, "--key", round.keys.appendingPathComponent("analysis.key").path,
            "--passphrase-file", round.passphraseFile.path, "--surveys", surveys.path, "--out", round.folder.appendingPathComponent("out").path,
        ])
        #expect(report.status == 0, "\(report.output)")
        #expect(report.output.contains("round: \(before.count + after.count) responses counted"), "\(report.output)")
        #expect(report.output.contains("\(before.count) of them answered round version 2 and were carried into the newest version"))
        let hadGP = before.filter { $0.contact.contains("gp") }.count
        if hadGP > 0 { #expect(report.output.contains("contact: gp (\(hadGP))")) }

        // Without version 2's file, nothing is written: the round is not silently lost.
        try FileManager.default.removeItem(at: surveys.appendingPathComponent("round.v2.yaml"))
        let out = round.folder.appendingPathComponent("refused")
        let refused = try run("chorus-analyst", [
            "report", bundle.path, "--key", round.keys.appendingPathComponent("analysis.key").path,
            "--passphrase-file", round.passphraseFile.path, "--surveys", surveys.path, "--out", out.path,
        ])
        #expect(refused.status != 0)
        #expect(refused.output.contains("Nothing was written: \(before.count) answer 'round' version 2"), "\(refused.output)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("tables.csv").path))
    }
}
