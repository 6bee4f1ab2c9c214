import Foundation
import Testing

/// Releases from the real executables: one response apart, the second is refused (subtracted from
/// the first it would describe the newcomer); k or more apart it goes out, and the ledger beside the
/// key lists both.
@Suite(.serialized) struct ReleaseTests {
    private func report(_ round: RoundTripTests.Round, _ bundle: URL, _ name: String, extra: [String] = []) throws -> CommandResult {
        try run("chorus-analyst", [
            "report", bundle.path, "--key", round.keys.appendingPathComponent("analysis.key").path,
            "--passphrase-file", round.passphraseFile.path, "--surveys", Paths.fixtures.path,
            "--k", "5", "--out", round.folder.appendingPathComponent(name).path,
        ] + extra)
    }

    @Test func aReleaseOneResponseLaterIsRefusedAndOneKLaterGoesOutWithNothingSubtractable() throws {
        let round = try RoundTripTests.prepare("releases")
        let respondents = Respondent.make(count: 46, seed: 7)
        let publicKey = round.keys.appendingPathComponent("analysis.pub")
        var server = try ServerProcess(data: round.data, surveys: Paths.fixtures, publicKey: publicKey)
        for respondent in respondents.prefix(40) { try RoundTripTests.submit(respondent, to: server) }
        server.stop()
        func export(_ name: String) throws -> URL {
            let bundle = round.folder.appendingPathComponent(name)
            #expect(try run("chorus-server", ["export", "--data", round.data.path, "--out", bundle.path]).status == 0)
            return bundle
        }
        let firstReport = try report(round, try export("first.jsonl"), "first")
        #expect(firstReport.status == 0, "\(firstReport.output)")
        #expect(firstReport.output.contains("Recorded as release 1"))

        // One more response: the difference would be one person's answers.
        server = try ServerProcess(data: round.data, surveys: Paths.fixtures, publicKey: publicKey)
        try RoundTripTests.submit(respondents[40], to: server)
        server.stop()
        let refused = try report(round, try export("second.jsonl"), "second")
        #expect(refused.status != 0)
        #expect(refused.output.contains("differ from it by only 1 response"))
        #expect(refused.output.contains("Wait until at least 5 responses have been added or withdrawn since release 1"))
        #expect(!FileManager.default.fileExists(atPath: round.folder.appendingPathComponent("second").path))

        // Five more: six changed, at least k. It goes out, and holds back what moved by 1 to k − 1.
        server = try ServerProcess(data: round.data, surveys: Paths.fixtures, publicKey: publicKey)
        for respondent in respondents.suffix(5) { try RoundTripTests.submit(respondent, to: server) }
        server.stop()
        let thirdReport = try report(round, try export("third.jsonl"), "third")
        #expect(thirdReport.status == 0, "\(thirdReport.output)")
        #expect(thirdReport.output.contains("Recorded as release 2"))

        func published(_ name: String) throws -> [String: Int] {
            let rows = try TidyRow.parse(csv: String(contentsOf: round.folder.appendingPathComponent(name).appendingPathComponent("tables.csv"), encoding: .utf8))
            return Dictionary(rows.compactMap { row in row.count.map { ([row.question, row.option, row.byQuestion, row.byOption].joined(separator: "/"), $0) } }) { a, _ in a }
        }
        let before = try published("first"), after = try published("third")
        for (key, value) in after {
            guard let earlier = before[key] else { continue }
            let moved = abs(value - earlier)
            #expect(moved == 0 || moved >= 5, "\(key) moved from \(earlier) to \(value): the difference singles out fewer than k")
        }
        // With six changes among forty, most numbers moved by 1 to 4 and are held back; the
        // release still publishes what it can.
        #expect(!after.isEmpty)

        let listing = try run("chorus-analyst", ["releases", "--key", round.keys.appendingPathComponent("analysis.key").path])
        #expect(listing.status == 0)
        #expect(listing.output.contains("2 releases in"))
        #expect(listing.output.contains("round v2: 40 responses"))
        #expect(listing.output.contains("round v2: 46 responses"))
        let ledger = round.keys.appendingPathComponent("releases.json")
        let permissions = try FileManager.default.attributesOfItem(atPath: ledger.path)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o600)
        // The ledger keeps which responses each release counted, by opaque key only.
        let text = try #require(String(data: try Data(contentsOf: ledger), encoding: .utf8))
        #expect(text.contains("\"records\""))
        for line in try String(contentsOf: round.folder.appendingPathComponent("third.jsonl"), encoding: .utf8).split(separator: "\n").prefix(5) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try #require(object["id"] as? String)
            #expect(!text.contains(id), "the ledger holds a bundle id")
        }
    }

    @Test func aNotesFileWithAMistakeIsRefusedWithItsLineBeforeAnythingIsOpened() throws {
        let round = try RoundTripTests.prepare("notes")
        let notes = round.folder.appendingPathComponent("notes.yaml")
        try Data("findings:\n  - id: \"1\"\n    heading: A\n    evidence: [round/believd]\n".utf8).write(to: notes)
        let bundle = round.folder.appendingPathComponent("missing-is-fine.jsonl")
        try Data().write(to: bundle)
        let result = try report(round, bundle, "out", extra: ["--notes", notes.path])
        #expect(result.status != 0)
        #expect(result.output.contains("notes.yaml:4:"))
        #expect(result.output.contains("has no question 'believd'"))
        #expect(!FileManager.default.fileExists(atPath: round.folder.appendingPathComponent("out").path))
        #expect(!FileManager.default.fileExists(atPath: round.keys.appendingPathComponent("releases.json").path))
    }
}
