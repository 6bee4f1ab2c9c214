import Foundation
import ResponseBundle
import Sealing
import Unsealing
import SurveyKit
import Testing

@Suite(.serialized) struct SafetyTests {
    /// Nothing typed into an answer, and nothing about the request, can be found anywhere the
    /// server writes: the database, its WAL and shared memory, every file in the data folder, the
    /// server's own output, or the bundle.
    @Test func noAnswerTextOrRequestDetailIsKeptAnywhere() throws {
        let round = try RoundTripTests.prepare("marker")
        let server = try ServerProcess(data: round.data, surveys: Paths.fixtures, publicKey: round.keys.appendingPathComponent("analysis.pub"))
        let marker = "MARKER-\(UUID().uuidString)"
        let userAgent = "ChorusTestBrowser/\(UUID().uuidString)"
        let referrer = "https://referrer-\(UUID().uuidString.prefix(8)).example/page"
        let forwarded = "198.51.100.23"
        let source = "127.0.0.77"
        var respondent = Respondent(contact: ["police"], believed: "no", age: "30_49")
        respondent.policeRating = "negative"
        respondent.policeComment = "Please note \(marker) in my answer"
        try RoundTripTests.submit(respondent, to: server, headers: [
            ("User-Agent", userAgent), ("Referer", referrer), ("X-Forwarded-For", forwarded), ("Cookie", "tracker=\(marker)"),
        ], source: source)
        // A request the server refuses must leave no trace either.
        _ = try RawHTTP.request(host: "127.0.0.1", port: server.port, method: "POST", path: "/s/round",
                                headers: [("Content-Type", "application/x-www-form-urlencoded"), ("User-Agent", userAgent)],
                                body: RawHTTP.form([("police_comment", marker), ("nonsense", "1"), ("_page", "1")]), sourceAddress: source)
        server.stop()

        let bundle = round.folder.appendingPathComponent("bundle.jsonl")
        #expect(try run("chorus-server", ["export", "--data", round.data.path, "--out", bundle.path]).status == 0)

        var places: [(String, Data)] = [("server output", Data(server.output.utf8))]
        let files = FileManager.default.enumerator(at: round.data, includingPropertiesForKeys: nil)!
        for case let file as URL in files where !file.hasDirectoryPath {
            places.append((file.lastPathComponent, try Data(contentsOf: file)))
        }
        places.append(("bundle", try Data(contentsOf: bundle)))
        #expect(places.contains { $0.0 == "chorus.sqlite" })
        for (name, contents) in places {
            for secret in [marker, userAgent, referrer, forwarded, source] {
                #expect(contents.range(of: Data(secret.utf8)) == nil, "\(secret) found in \(name)")
            }
        }

        // The answer is there, sealed: the analyst can read it with the key.
        let keyPair = try SecretKeyFile.read(from: round.keys.appendingPathComponent("analysis.key"), passphrase: Array(RoundTripTests.passphrase.utf8))
        let line = try BundleLine.decode(Substring(try String(contentsOf: bundle, encoding: .utf8).split(separator: "\n")[0]))
        let plaintext = try Opener(keyPair: keyPair).open(try #require(line.sealedBytes))
        #expect(String(decoding: plaintext, as: UTF8.self).contains(marker))
    }

    /// A bundle line opens with the matching secret key and with no other.
    @Test func aBundleLineOpensOnlyWithItsOwnKey() throws {
        let (round, bundle) = try RoundTripTests.exportOne("keys", Respondent(contact: ["housing"], believed: "yes", age: "under_30"))
        let text = try String(contentsOf: bundle, encoding: .utf8)
        let line = try BundleLine.decode(Substring(text.split(separator: "\n")[0]))
        #expect(line.survey == "round")
        #expect(line.version == 2)
        #expect(line.day.count == 10)
        let box = try #require(line.sealedBytes)
        #expect(box.count % 512 == 48)  // padded to whole blocks, plus the sealed box's own overhead

        let keyPair = try SecretKeyFile.read(from: round.keys.appendingPathComponent("analysis.key"), passphrase: Array(RoundTripTests.passphrase.utf8))
        let plaintext = try Opener(keyPair: keyPair).open(box)
        let library = try SurveyLibrary.load(directory: Paths.fixtures)
        let (document, _) = try ResponseDocument.decode(plaintext, library: library)
        #expect(document.answers == ["contact": .options(["housing"]), "believed": .option("yes"), "age": .option("under_30")])
        for _ in 0..<5 {
            #expect(throws: (any Error).self) { try Opener(keyPair: KeyPair.generate()).open(box) }
        }
        // The other key's report names the line as unopenable instead of stopping.
        let otherKeys = try RoundTripTests.prepare("other-keys")
        let report = try run("chorus-analyst", [
            "report", bundle.path, "--key", otherKeys.keys.appendingPathComponent("analysis.key").path,
            "--passphrase-file", otherKeys.passphraseFile.path, "--surveys", Paths.fixtures.path, "--out", otherKeys.folder.appendingPathComponent("out").path,
        ])
        #expect(report.status == 0)
        #expect(report.output.contains("line 1 (id \(line.id)): its box does not open with this key"))
    }

    /// One survivor's line copied k times must not become a published row of her answers: the
    /// analyst refuses a bundle that repeats a response, and writes nothing.
    @Test func aRepeatedLineStopsTheReport() throws {
        let (round, bundle) = try RoundTripTests.exportOne("repeat", Respondent(contact: ["gp"], believed: "no", age: "over_50"))
        let line = try String(contentsOf: bundle, encoding: .utf8).split(separator: "\n")[0]
        try (Array(repeating: String(line), count: 6).joined(separator: "\n") + "\n").write(to: bundle, atomically: true, encoding: .utf8)
        let out = round.folder.appendingPathComponent("out")
        let report = try run("chorus-analyst", [
            "report", bundle.path, "--key", round.keys.appendingPathComponent("analysis.key").path,
            "--passphrase-file", round.passphraseFile.path, "--surveys", Paths.fixtures.path, "--k", "5", "--out", out.path,
        ])
        #expect(report.status != 0)
        #expect(report.output.contains("the bundle repeats responses (lines 2, 3, 4, 5, 6)"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("tables.csv").path))
    }

    /// What a bundle line says is printed only after control characters are removed, and never
    /// reaches the published files.
    @Test func bundleTextNeverReachesTheFindingsOrTheTerminalRaw() throws {
        let round = try RoundTripTests.prepare("hostile")
        let bundle = round.folder.appendingPathComponent("bundle.jsonl")
        try #"{"id":"\u001b]0;pwned\u0007 visit https://evil.example","survey":"round","version":2,"day":"2026-01-01","box":"AAAA"}"#
            .appending("\n").write(to: bundle, atomically: true, encoding: .utf8)
        let out = round.folder.appendingPathComponent("out")
        let report = try run("chorus-analyst", [
            "report", bundle.path, "--key", round.keys.appendingPathComponent("analysis.key").path,
            "--passphrase-file", round.passphraseFile.path, "--surveys", Paths.fixtures.path, "--out", out.path,
        ])
        #expect(report.status == 0, "\(report.output)")
        #expect(!report.output.contains("\u{1b}"))
        #expect(!report.output.contains("\u{07}"))
        for file in ["findings.json", "report.html"] {
            let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("evil.example"), "\(file) carries text from the bundle")
            #expect(!text.contains("pwned"))
        }
    }

    /// The server is given only a public key; it refuses a secret key file, and its code never
    /// names the types that hold or use one.
    @Test func theServerNeverHoldsASecretKey() throws {
        let round = try RoundTripTests.prepare("secret")
        let result = try run("chorus-server", [
            "serve", "--data", round.folder.appendingPathComponent("data").path, "--surveys", Paths.fixtures.path,
            "--public-key", round.keys.appendingPathComponent("analysis.key").path, "--port", String(try ServerProcess.freePort()),
        ])
        #expect(result.status != 0)
        #expect(result.output.contains("is a secret key file"))
        #expect(!FileManager.default.fileExists(atPath: round.folder.appendingPathComponent("data").path))

        let serverSide = ["Sources/WebApp", "Sources/Services", "Sources/Storage", "Sources/Forum", "Sources/chorus-server"]
        // Forum members and staff have passphrases (hashed); what must never appear is the analysis
        // secret key, its file, or the code that opens a sealed box.
        // ServerSymbolTests checks the built binary as well.
        let forbidden = ["SecretKey", "KeyPair", "Opener(", "import CSodium", "import Unsealing", "crypto_box_seal_open"]
        for folder in serverSide {
            let root = Paths.packageRoot.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
            for case let file as URL in files where file.pathExtension == "swift" || file.pathExtension == "mustache" {
                let source = try String(contentsOf: file, encoding: .utf8)
                for word in forbidden {
                    #expect(!source.contains(word), "\(folder)/\(file.lastPathComponent) mentions \(word)")
                }
            }
        }
    }
}
