import Foundation
import Testing

/// The executables' clear errors: an invalid survey stops the server with file and line; the
/// analyst refuses a k below 3 and keeps going past a damaged line.
@Suite struct CommandLineTests {
    @Test func theServerRefusesToStartOnAnInvalidSurveyAndSaysWhere() throws {
        let folder = try Paths.temporaryDirectory("bad-survey")
        let surveys = folder.appendingPathComponent("surveys")
        try FileManager.default.createDirectory(at: surveys, withIntermediateDirectories: true)
        try """
            id: bad
            version: 1
            title: Bad
            audience: survivors
            intro: Hello
            pages:
              - title: One
                questions:
                  - id: q1
                    type: single_choice
                    lable: Typo here
                    options: yes_no
            """.write(to: surveys.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let key = folder.appendingPathComponent("analysis.pub")
        try "q4tR6ZQyCcmzyhL3uK2hZgRm0E4T+gKwqz6rJ3bE2Wc=\n".write(to: key, atomically: true, encoding: .utf8)
        let result = try run("chorus-server", ["serve", "--data", folder.appendingPathComponent("data").path, "--surveys", surveys.path,
                                               "--public-key", key.path, "--port", String(try ServerProcess.freePort())])
        #expect(result.status != 0)
        #expect(result.output.contains("bad.yaml:11:"))
        #expect(result.output.contains("unknown key 'lable'"))
        #expect(result.output.contains("Did you mean 'label'?"))
    }

    @Test(arguments: ["2", "0", "-1"])
    func theAnalystRefusesKBelowThree(_ k: String) throws {
        let folder = try Paths.temporaryDirectory("small-k")
        let bundle = folder.appendingPathComponent("bundle.jsonl")
        try Data().write(to: bundle)
        let result = try run("chorus-analyst", ["report", bundle.path, "--key", "none", "--passphrase-file", "none",
                                                "--surveys", Paths.fixtures.path, "--k=\(k)", "--out", folder.path])
        #expect(result.status != 0)
        #expect(result.output.contains("too low"))
    }

    @Test func aDamagedLineIsNamedAndTheRunGoesOn() throws {
        let round = try RoundTripTests.prepare("damaged")
        let bundle = round.folder.appendingPathComponent("bundle.jsonl")
        try """
            this is not json
            {"id":"abc","survey":"round","version":2,"day":"2026-01-01","box":"not base64!"}
            {"id":"def","survey":"round","version":2,"day":"2026-01-01","box":"AAAA"}

            """.write(to: bundle, atomically: true, encoding: .utf8)
        let result = try run("chorus-analyst", ["report", bundle.path, "--key", round.keys.appendingPathComponent("analysis.key").path,
                                                "--passphrase-file", round.passphraseFile.path, "--surveys", Paths.fixtures.path,
                                                "--out", round.folder.appendingPathComponent("out").path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("3 responses could not be used"))
        #expect(result.output.contains("line 1:"))
        #expect(result.output.contains("line 2 (id abc): its box is not base64"))
        #expect(result.output.contains("line 3 (id def): its box does not open"))
    }

    @Test func keygenRefusesToOverwriteAKey() throws {
        let round = try RoundTripTests.prepare("overwrite")
        let again = try run("chorus-analyst", ["keygen", "--out", round.keys.path, "--passphrase-file", round.passphraseFile.path, "--strength", "interactive"])
        #expect(again.status != 0)
        #expect(again.output.contains("already exists"))
    }

    @Test func keygenRefusesAShortPassphrase() throws {
        let folder = try Paths.temporaryDirectory("short")
        let file = folder.appendingPathComponent("p.txt")
        try "short".write(to: file, atomically: true, encoding: .utf8)
        let result = try run("chorus-analyst", ["keygen", "--out", folder.appendingPathComponent("keys").path, "--passphrase-file", file.path])
        #expect(result.status != 0)
        #expect(result.output.contains("too short"))
    }
}
