import Foundation
import Storage
import Testing

/// Reporting back with the real binaries: `chorus-server findings` refuses a small cell and
/// record-level data (storing nothing), publishes the example, and a running server shows it at
/// /findings until it is withdrawn.
@Suite struct PublishTests {
    static let example = Paths.packageRoot.appendingPathComponent("docs/findings.example.json")
    /// Any valid public key: the server needs one to start, and these tests seal nothing.
    static let publicKey = "q4tR6ZQyCcmzyhL3uK2hZgRm0E4T+gKwqz6rJ3bE2Wc=\n"

    /// A data folder with an empty Chorus database, and a scratch folder beside it.
    static func prepare(_ label: String) throws -> (folder: URL, data: URL) {
        let folder = try Paths.temporaryDirectory(label)
        let data = folder.appendingPathComponent("data")
        _ = try ChorusDatabase(directory: data)
        return (folder, data)
    }

    static func publications(_ data: URL) async throws -> Int {
        try await PublishedFindingsStore(database: ChorusDatabase(directory: data)).history().count
    }

    /// The example with one replacement made, written to `folder`.
    static func variant(_ folder: URL, _ name: String, replacing old: String, with new: String) throws -> URL {
        let text = try String(contentsOf: example, encoding: .utf8)
        let changed = text.replacingOccurrences(of: old, with: new)
        guard changed != text else { throw TestFailure("\(old) is not in the example") }
        let url = folder.appendingPathComponent(name)
        try changed.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// The "done when": a findings file with a small cell is refused by the server.
    @Test func aFindingsFileWithASmallCellIsRefusedByTheServerAndNothingIsStored() async throws {
        let (folder, data) = try Self.prepare("small-cell")
        let file = try Self.variant(folder, "findings-public.json", replacing: "\"count\": 30,\n", with: "\"count\": 2,\n")
        for arguments in [["findings", "check", file.path], ["findings", "publish", file.path, "--data", data.path]] {
            let result = try run("chorus-server", arguments)
            #expect(result.status == 1, "\(result.output)")
            #expect(result.output.contains("sections[1].tables[0].rows[3].cells[0].count: 2 is below k = 5; only 0 or at least k may be published. Re-run chorus-analyst report; never edit counts by hand."), "\(result.output)")
        }
        #expect(try await Self.publications(data) == 0)
    }

    @Test func recordLevelDataIsRefusedAndNothingIsStored() async throws {
        let (folder, data) = try Self.prepare("records")
        let file = try Self.variant(folder, "findings-public.json", replacing: "\"respondents\": 42,",
                                    with: "\"respondents\": 42, \"records\": [{\"age\": \"25 to 34\", \"comment\": \"They listened.\"}],")
        let result = try run("chorus-server", ["findings", "publish", file.path, "--data", data.path])
        #expect(result.status == 1)
        #expect(result.output.contains("records: this looks like record-level data"), "\(result.output)")
        #expect(result.output.contains("Nothing was published") || result.output.contains("nothing was published"))
        #expect(try await Self.publications(data) == 0)
    }

    @Test func publishingIntoAFolderWithNoDatabaseIsRefused() throws {
        let folder = try Paths.temporaryDirectory("no-database")
        let result = try run("chorus-server", ["findings", "publish", Self.example.path, "--data", folder.appendingPathComponent("typo").path])
        #expect(result.status == 1)
        #expect(result.output.contains("there is no Chorus database in"))
    }

    @Test func theExamplePassesTheCheckAndSaysWhatItHolds() throws {
        let result = try run("chorus-server", ["findings", "check", Self.example.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("passes every check"))
        #expect(result.output.contains("2 sections with 4 tables, 2 coverage tables, 3 key points, 3 quotes, 3 recommendations."))
    }

    @Test func aPublishedFileIsShownByTheRunningServerUntilItIsWithdrawn() async throws {
        let (folder, data) = try Self.prepare("publish")
        let key = folder.appendingPathComponent("analysis.pub")
        try Self.publicKey.write(to: key, atomically: true, encoding: .utf8)
        let publish = try run("chorus-server", ["findings", "publish", Self.example.path, "--data", data.path])
        #expect(publish.status == 0, "\(publish.output)")
        #expect(publish.output.contains("Published. The findings page (/findings) now shows:"))

        let server = try ServerProcess(data: data, surveys: Paths.fixtures, publicKey: key)
        defer { server.stop() }
        let page = try RawHTTP.request(host: "127.0.0.1", port: server.port, method: "GET", path: "/findings")
        #expect(page.status == 200)
        #expect(page.header("Cache-Control") == "no-store, max-age=0")
        #expect(page.header("Set-Cookie") == nil)
        #expect(page.body.contains("<h1 id=\"findings-title\">What you told us, and what we are doing</h1>"))
        #expect(page.body.contains("<title>Feedback</title>"))
        #expect(page.body.contains("10 (40%)"))

        // Withdrawn from the command line while the server runs: the page changes at once.
        let withdraw = try run("chorus-server", ["findings", "withdraw", "--data", data.path])
        #expect(withdraw.status == 0, "\(withdraw.output)")
        #expect(withdraw.output.contains("Withdrawn."))
        let after = try RawHTTP.request(host: "127.0.0.1", port: server.port, method: "GET", path: "/findings")
        #expect(after.body.contains("Results will appear here"))
        #expect(!after.body.contains("What you told us, and what we are doing"))

        // The history and the audit log keep what happened.
        server.stop()
        let database = try ChorusDatabase(directory: data)
        let history = try await PublishedFindingsStore(database: database).history()
        #expect(history.count == 1)
        #expect(history.first?.publishedBy == .commandLine)
        #expect(history.first?.withdrawnBy == .commandLine)
        let audit = try await AuditLog(database: database).entries()
        #expect(audit.map(\.action) == ["findings.withdraw", "findings.publish"])
        #expect(audit.allSatisfy { $0.actor == "command line" })
    }
}
