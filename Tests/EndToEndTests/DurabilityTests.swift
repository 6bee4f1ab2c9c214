import Foundation
import ResponseBundle
import Sealing
import Unsealing
import SurveyKit
import Synchronization
import Testing

/// The server killed with SIGKILL while submissions pour in, round after round, on the same data
/// folder: every submission it acknowledged (answered with the thank-you page) must be in the
/// export afterwards, none twice, and nothing about the requests may be in any file.
///
/// `make test` runs `CHORUS_KILL_ROUNDS` rounds (default 6); `make reliability` runs 45.
@Suite(.serialized) struct DurabilityTests {
    static var rounds: Int { Int(ProcessInfo.processInfo.environment["CHORUS_KILL_ROUNDS"] ?? "") ?? 6 }
    static let clients = 8
    static let userAgent = "ChorusKillTest/\(UUID().uuidString)"

    @Test func everyAcknowledgedSubmissionSurvivesKillNine() throws {
        let round = try RoundTripTests.prepare("kill")
        let publicKey = round.keys.appendingPathComponent("analysis.pub")
        let acknowledged = Mutex<[String]>([])
        let attempted = Atomic<Int>(0)
        var generator = SystemRandomNumberGenerator()

        for roundNumber in 0..<Self.rounds {
            let server = try ServerProcess(data: round.data, surveys: Paths.fixtures, publicKey: publicKey)
            let stopping = Atomic<Bool>(false)
            let port = server.port
            let group = DispatchGroup()
            for client in 0..<Self.clients {
                DispatchQueue.global().async(group: group) {
                    var sequence = 0
                    while !stopping.load(ordering: .acquiring) {
                        let marker = "KILL-\(roundNumber)-\(client)-\(sequence)-\(UUID().uuidString.prefix(8))"
                        sequence += 1
                        attempted.add(1, ordering: .relaxed)
                        if Self.submit(marker: marker, port: port, source: "127.0.0.\(2 + client)") {
                            acknowledged.withLock { $0.append(marker) }
                        }
                    }
                }
            }
            // Kill at a random moment while every client is mid-stream.
            usleep(UInt32.random(in: 300_000...900_000, using: &generator))
            kill(server.process.processIdentifier, SIGKILL)
            server.process.waitUntilExit()
            stopping.store(true, ordering: .releasing)
            group.wait()
            server.stop()
        }

        let markers = acknowledged.withLock { $0 }
        #expect(markers.count >= Self.rounds * 10, "too few submissions were acknowledged for the test to mean anything")

        let bundle = round.folder.appendingPathComponent("bundle.jsonl")
        let export = try run("chorus-server", ["export", "--data", round.data.path, "--out", bundle.path])
        try #require(export.status == 0, "\(export.output)")
        let lines = try String(contentsOf: bundle, encoding: .utf8).split(separator: "\n")
        let keyPair = try SecretKeyFile.read(from: round.keys.appendingPathComponent("analysis.key"),
                                             passphrase: Array(RoundTripTests.passphrase.utf8))
        let opener = Opener(keyPair: keyPair)
        var stored: [String] = []
        for line in lines {
            let decoded = try BundleLine.decode(line)
            let plaintext = String(decoding: try opener.open(try #require(decoded.sealedBytes)), as: UTF8.self)
            stored += plaintext.matches(of: /KILL-[0-9]+-[0-9]+-[0-9]+-[0-9A-F]{8}/).map { String($0.output) }
        }
        let lost = Set(markers).subtracting(stored)
        #expect(lost.isEmpty, "\(lost.count) acknowledged submissions were lost, e.g. \(lost.sorted().prefix(3))")
        #expect(Set(stored).count == stored.count, "a submission is stored twice")
        #expect(Set(lines.map { try? BundleLine.decode($0).id }).count == lines.count)
        // Stored but not acknowledged: killed after the commit, before the answer left.
        let unacknowledged = stored.count - markers.count
        #expect(unacknowledged >= 0 && unacknowledged <= Self.rounds * Self.clients)

        // Nothing about the requests, and no answer in plain text, in any file the server keeps.
        let secrets = [Self.userAgent] + (0..<Self.clients).map { "127.0.0.\(2 + $0)" } + Array(markers.prefix(50))
        let files = FileManager.default.enumerator(at: round.data, includingPropertiesForKeys: nil)!
        var checked = 0
        for case let file as URL in files where !file.hasDirectoryPath {
            let contents = try Data(contentsOf: file)
            checked += 1
            for secret in secrets {
                #expect(contents.range(of: Data(secret.utf8)) == nil, "\(secret) found in \(file.lastPathComponent)")
            }
        }
        #expect(checked >= 1)
        print("Durability: \(Self.rounds) rounds of kill -9, \(attempted.load(ordering: .relaxed)) submissions tried, "
              + "\(markers.count) acknowledged, \(lost.count) lost, \(unacknowledged) stored but not acknowledged")
    }

    /// One complete submission with `marker` in its free-text answer. True only when the server
    /// answered with the thank-you page (it has then stored the response).
    static func submit(marker: String, port: Int, source: String) -> Bool {
        let headers = [("Content-Type", "application/x-www-form-urlencoded"), ("User-Agent", userAgent)]
        let first: [(String, String)] = [("contact", "police"), ("believed", "no"), ("age", "30_49")]
        do {
            let page = try RawHTTP.request(host: "127.0.0.1", port: port, method: "POST", path: "/s/round", headers: headers,
                                           body: RawHTTP.form(first + [("_page", "0"), ("_action", "next")]), sourceAddress: source)
            guard page.status == 200 else { return false }
            let fields = first + [("police_rating", "negative"), ("police_comment", "Note \(marker) please"), ("_page", "1"), ("_action", "submit")]
            let final = try RawHTTP.request(host: "127.0.0.1", port: port, method: "POST", path: "/s/round", headers: headers,
                                            body: RawHTTP.form(fields), sourceAddress: source)
            return final.status == 200 && final.body.contains("id=\"withdrawal-code\"")
        } catch {
            return false
        }
    }
}
