import Foundation
import ResponseBundle
import Sealing
import SurveyKit
import Testing

/// The whole path, with the real executables over real HTTP: keygen, serve, submissions with
/// skipped questions and skip logic, export, withdrawal after export, and the report, whose every
/// count is checked against the known answers.
@Suite(.serialized) struct RoundTripTests {
    static let passphrase = "correct horse battery staple"
    static let k = 5

    struct Round {
        let folder: URL
        let keys: URL
        let data: URL
        let passphraseFile: URL
    }

    static func prepare(_ label: String) throws -> Round {
        let folder = try Paths.temporaryDirectory(label)
        let passphraseFile = folder.appendingPathComponent("passphrase.txt")
        try Data((passphrase + "\n").utf8).write(to: passphraseFile)
        let keys = folder.appendingPathComponent("keys")
        let keygen = try run("chorus-analyst", ["keygen", "--out", keys.path, "--passphrase-file", passphraseFile.path, "--strength", "interactive"])
        guard keygen.status == 0 else { throw TestFailure("keygen failed: \(keygen.output)") }
        return Round(folder: folder, keys: keys, data: folder.appendingPathComponent("data"), passphraseFile: passphraseFile)
    }

    /// A new round with one respondent submitted over HTTP and exported: the round and its bundle.
    static func exportOne(_ label: String, _ respondent: Respondent) throws -> (Round, URL) {
        let round = try prepare(label)
        let server = try ServerProcess(data: round.data, surveys: Paths.fixtures, publicKey: round.keys.appendingPathComponent("analysis.pub"))
        try submit(respondent, to: server)
        server.stop()
        let bundle = round.folder.appendingPathComponent("bundle.jsonl")
        let export = try run("chorus-server", ["export", "--data", round.data.path, "--out", bundle.path])
        guard export.status == 0 else { throw TestFailure("export failed: \(export.output)") }
        return (round, bundle)
    }

    /// Submits one respondent page by page, as a browser without JavaScript does. Returns the withdrawal code.
    @discardableResult
    static func submit(_ respondent: Respondent, to server: ServerProcess, headers: [(String, String)] = [], source: String? = nil) throws -> String {
        let formHeaders = [("Content-Type", "application/x-www-form-urlencoded")] + headers
        var fields = respondent.firstPage + [("_page", "0"), ("_action", "next")]
        var response = try RawHTTP.request(host: "127.0.0.1", port: server.port, method: "POST", path: "/s/round",
                                           headers: formHeaders, body: RawHTTP.form(fields), sourceAddress: source)
        if respondent.hadPolice {
            guard response.status == 200, response.body.contains("How was your experience of the police?") else {
                throw TestFailure("expected the police page, got \(response.status)")
            }
            fields = respondent.firstPage + respondent.secondPage + [("_page", "1"), ("_action", "submit")]
        } else {
            // She pressed "Continue" and nothing follows: the server asks before sending.
            guard response.status == 200, response.body.contains("You have reached the end") else {
                throw TestFailure("expected the page that asks before sending, got \(response.status)")
            }
            fields = respondent.firstPage + [("_page", "0"), ("_action", "submit")]
        }
        response = try RawHTTP.request(host: "127.0.0.1", port: server.port, method: "POST", path: "/s/round",
                                       headers: formHeaders, body: RawHTTP.form(fields), sourceAddress: source)
        guard response.status == 200, let start = response.body.range(of: "id=\"withdrawal-code\">") else {
            throw TestFailure("submission was not accepted: \(response.status)\n\(response.body.prefix(2000))")
        }
        if response.header("Set-Cookie") != nil { throw TestFailure("a survey response set a cookie") }
        return String(response.body[start.upperBound...].prefix(19))
    }

    @Test func everyPublishedCountMatchesTheAnswersAndEverySmallCellIsSuppressed() throws {
        let round = try Self.prepare("round")
        let respondents = Respondent.make(count: 90, seed: 42)
        let server = try ServerProcess(data: round.data, surveys: Paths.fixtures, publicKey: round.keys.appendingPathComponent("analysis.pub"))
        var codes: [String] = []
        for respondent in respondents { codes.append(try Self.submit(respondent, to: server)) }
        server.stop()

        let bundle = round.folder.appendingPathComponent("bundle.jsonl")
        let export = try run("chorus-server", ["export", "--data", round.data.path, "--out", bundle.path])
        #expect(export.status == 0, "\(export.output)")
        let lines = try String(contentsOf: bundle, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == respondents.count)

        // The first respondent withdraws after the export; the next export passes her id on.
        let restarted = try ServerProcess(data: round.data, surveys: Paths.fixtures, publicKey: round.keys.appendingPathComponent("analysis.pub"))
        let withdrawal = try RawHTTP.request(host: "127.0.0.1", port: restarted.port, method: "POST", path: "/withdraw",
                                             headers: [("Content-Type", "application/x-www-form-urlencoded")], body: RawHTTP.form([("code", codes[0])]))
        #expect(withdrawal.status == 200)
        restarted.stop()
        let secondBundle = round.folder.appendingPathComponent("bundle-2.jsonl")
        #expect(try run("chorus-server", ["export", "--data", round.data.path, "--out", secondBundle.path]).status == 0)

        let out = round.folder.appendingPathComponent("findings")
        let report = try run("chorus-analyst", [
            "report", bundle.path, "--key", round.keys.appendingPathComponent("analysis.key").path,
            "--passphrase-file", round.passphraseFile.path, "--surveys", Paths.fixtures.path,
            "--k", String(Self.k), "--out", out.path, "--withdrawn", BundleLine.withdrawnFile(forBundle: secondBundle).path,
        ])
        #expect(report.status == 0, "\(report.output)")
        #expect(report.output.contains("round: \(respondents.count - 1) responses counted"))
        #expect(report.output.contains("1 withdrawn responses left out"))

        let counted = Array(respondents.dropFirst())
        let rows = try TidyRow.parse(csv: String(contentsOf: out.appendingPathComponent("tables.csv"), encoding: .utf8))
        try checkEveryRow(rows, against: counted)
        for file in ["findings.json", "report.html"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path))
        }
    }

    /// Every released count equals the true count; every true count of 1 to k−1 is suppressed.
    private func checkEveryRow(_ rows: [TidyRow], against respondents: [Respondent]) throws {
        let choiceQuestions = ["contact", "believed", "age", "police_rating"]
        #expect(Set(rows.map(\.question)) == Set(choiceQuestions))
        var checkedSmall = 0
        for row in rows {
            #expect(row.survey == "round")
            let matching = respondents.filter { respondent in
                let answers = respondent.options(row.question)
                guard !answers.isEmpty else { return false }
                // A merged row ("positive+very_positive") counts everyone who gave any of its options.
                if row.option != "_total", !row.option.split(separator: "+").contains(where: { answers.contains(String($0)) }) { return false }
                if row.byQuestion.isEmpty { return true }
                let group = respondent.options(row.byQuestion)
                guard !group.isEmpty else { return false }
                // A merged group ("55_64+65_or_over") counts everyone in any of its options.
                return row.byOption == "_total" || row.byOption.split(separator: "+").contains { group.contains(String($0)) }
            }
            let truth = matching.count
            if row.suppressed {
                #expect(row.count == nil, "a suppressed cell carries a count: \(row)")
            } else {
                #expect(row.count == truth, "wrong count for \(row): expected \(truth)")
                #expect(truth == 0 || truth >= Self.k, "a count under k was released: \(row)")
            }
            if truth > 0, truth < Self.k {
                #expect(row.suppressed, "a count of \(truth) was not suppressed: \(row)")
                checkedSmall += 1
            }
        }
        // The data are skewed on purpose, so small cells exist and the check above is not vacuous.
        // (Merging a scale's halves and small groups, and leaving out breakdowns that are mostly
        // hidden, leaves fewer of them than there were.)
        #expect(checkedSmall >= 1)
        // Skip logic: only those with police contact were asked about the police.
        let policeBase = rows.first { $0.question == "police_rating" && $0.byQuestion.isEmpty }?.base
        #expect(policeBase == respondents.filter { $0.hadPolice && $0.policeRating != nil }.count)
    }
}
