import Foundation
import Testing

/// Two releases from the real executables, one response apart: the second may not be subtracted
/// from the first, and the ledger beside the key lists both.
@Suite(.serialized) struct ReleaseTests {
    private func report(_ round: RoundTripTests.Round, _ bundle: URL, _ name: String, extra: [String] = []) throws -> CommandResult {
        try run("chorus-analyst", [
            "report", bundle.path, "--key", round.keys.appendingPathComponent("analysis.key").path,
            "--passphrase-file", round.passphraseFile.path, "--surveys", Paths.fixtures.path,
            "--k", "5", "--out", round.folder.appendingPathComponent(name).path,
        ] + extra)
    }

    @Test func aSecondReleaseOneResponseLaterHoldsBackEveryNumberThatMovedAndTheLedgerListsBoth() throws {
        let round = try RoundTripTests.prepare("releases")
        let respondents = Respondent.make(count: 41, seed: 7)
        let publicKey = round.keys.appendingPathComponent("analysis.pub")
        var server = try ServerProcess(data: round.data, surveys: Paths.fixtures, publicKey: publicKey)
        for respondent in respondents.dropLast() { try RoundTripTests.submit(respondent, to: server) }
        server.stop()
        let first = round.folder.appendingPathComponent("first.jsonl")
        #expect(try run("chorus-server", ["export", "--data", round.data.path, "--out", first.path]).status == 0)
        let firstReport = try report(round, first, "first")
        #expect(firstReport.status == 0, "\(firstReport.output)")
        #expect(firstReport.output.contains("Recorded as release 1"))

        server = try ServerProcess(data: round.data, surveys: Paths.fixtures, publicKey: publicKey)
        try RoundTripTests.submit(respondents[respondents.count - 1], to: server)
        server.stop()
        let second = round.folder.appendingPathComponent("second.jsonl")
        #expect(try run("chorus-server", ["export", "--data", round.data.path, "--out", second.path]).status == 0)
        let secondReport = try report(round, second, "second")
        #expect(secondReport.status == 0, "\(secondReport.output)")
        #expect(secondReport.output.contains("numbers held back"))
        #expect(secondReport.output.contains("Recorded as release 2"))

        func published(_ name: String) throws -> [String: Int] {
            let rows = try TidyRow.parse(csv: String(contentsOf: round.folder.appendingPathComponent(name).appendingPathComponent("tables.csv"), encoding: .utf8))
            return Dictionary(rows.compactMap { row in row.count.map { ([row.question, row.option, row.byQuestion, row.byOption].joined(separator: "/"), $0) } }) { a, _ in a }
        }
        let before = try published("first"), after = try published("second")
        var compared = 0
        for (key, value) in after {
            guard let earlier = before[key] else { continue }
            compared += 1
            #expect(value == earlier, "\(key) moved from \(earlier) to \(value): subtracting the releases gives the newcomer away")
        }
        #expect(compared > 0)

        let listing = try run("chorus-analyst", ["releases", "--key", round.keys.appendingPathComponent("analysis.key").path])
        #expect(listing.status == 0)
        #expect(listing.output.contains("2 releases in"))
        #expect(listing.output.contains("round v2: 40 responses"))
        #expect(listing.output.contains("round v2: 41 responses"))
        let ledger = round.keys.appendingPathComponent("releases.json")
        let permissions = try FileManager.default.attributesOfItem(atPath: ledger.path)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o600)
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
