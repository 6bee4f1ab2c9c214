import Forum
import Foundation
import Sealing
import Storage
import SurveyKit
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

/// The forum's admin commands: invite codes and staff accounts.
@Suite struct ForumCommandTests {
    @Test func invitesCreatePrintsCodesWhoseHashesAreStored() async throws {
        let folder = try Paths.temporaryDirectory("invites")
        let data = folder.appendingPathComponent("data")
        let result = try run("chorus-server", ["invites", "create", "--data", data.path, "--count", "4", "--space", "urdu-speakers",
                                               "--expires", "10", "--note", "batch for the refuge"])
        #expect(result.status == 0, "\(result.output)")
        let codes = result.output.split(separator: "\n").filter { $0.count == 14 && $0.filter { $0 == "-" }.count == 2 }.map(String.init)
        #expect(codes.count == 4)
        #expect(Set(codes).count == 4)
        let database = try ChorusDatabase(directory: data)
        let invites = InviteStore(database: database)
        #expect(try await invites.count() == 4)
        let code = try #require(InviteCode(typed: codes[0].lowercased()))
        let today = UTCDay.string(from: Date())
        #expect(try await invites.redeem(codeHash: Data(code.storageHash), today: today) == RedeemedInvite(space: "urdu-speakers"))
        #expect(try await invites.redeem(codeHash: Data(code.storageHash), today: today) == nil)
        // The codes themselves are not stored, only their hashes.
        let file = try Data(contentsOf: data.appendingPathComponent(ChorusDatabase.fileName))
        for printed in codes { #expect(file.range(of: Data(printed.replacingOccurrences(of: "-", with: "").utf8)) == nil) }
    }

    @Test(arguments: [["--count", "0"], ["--expires", "400"], ["--space", "Bad Space"]])
    func invitesCreateRefusesBadOptions(_ options: [String]) throws {
        let folder = try Paths.temporaryDirectory("bad-invites")
        let result = try run("chorus-server", ["invites", "create", "--data", folder.appendingPathComponent("data").path] + options)
        #expect(result.status != 0)
        #expect(result.output.contains("must"))
    }

    @Test func staffAddStoresAHashAndPrintsTheAuthenticatorKeyOnce() async throws {
        let folder = try Paths.temporaryDirectory("staff")
        let data = folder.appendingPathComponent("data")
        let weak = folder.appendingPathComponent("weak.txt")
        try "password123\n".write(to: weak, atomically: true, encoding: .utf8)
        let refused = try run("chorus-server", ["staff", "add", "--data", data.path, "--role", "moderator", "--passphrase-file", weak.path, "Sam"])
        #expect(refused.status != 0)
        #expect(refused.output.contains("most common"))

        let good = folder.appendingPathComponent("good.txt")
        let passphrase = "lantern orchard violet ferry"
        try (passphrase + "\n").write(to: good, atomically: true, encoding: .utf8)
        let added = try run("chorus-server", ["staff", "add", "--data", data.path, "--role", "moderator", "--passphrase-file", good.path, "Sam"])
        #expect(added.status == 0, "\(added.output)")
        #expect(added.output.contains("otpauth://totp/Sam?secret="))
        let account = try #require(try await StaffStore(database: try ChorusDatabase(directory: data)).find(name: "Sam"))
        #expect(account.role == .moderator)
        #expect(PassphraseHash.verify(Array(passphrase.utf8), against: account.passphraseHash))
        let file = try Data(contentsOf: data.appendingPathComponent(ChorusDatabase.fileName))
        #expect(file.range(of: Data(passphrase.utf8)) == nil)

        let again = try run("chorus-server", ["staff", "add", "--data", data.path, "--role", "admin", "--passphrase-file", good.path, "Sam"])
        #expect(again.status != 0)
        #expect(again.output.contains("already a staff account"))
    }

    @Test func staffCanBeListedResetAndRemoved() async throws {
        let folder = try Paths.temporaryDirectory("staff-lifecycle")
        let data = folder.appendingPathComponent("data")
        let first = folder.appendingPathComponent("first.txt"), second = folder.appendingPathComponent("second.txt")
        try "lantern orchard violet ferry\n".write(to: first, atomically: true, encoding: .utf8)
        try "copper meadow whistle harbour\n".write(to: second, atomically: true, encoding: .utf8)
        for (name, role) in [("Sam", "moderator"), ("Ade", "admin")] {
            #expect(try run("chorus-server", ["staff", "add", "--data", data.path, "--role", role, "--passphrase-file", first.path, name]).status == 0)
        }
        let listed = try run("chorus-server", ["staff", "list", "--data", data.path])
        #expect(listed.status == 0)
        #expect(listed.output == "Ade   admin\nSam   moderator\n")

        let store = { StaffStore(database: try ChorusDatabase(directory: data)) }
        let before = try #require(try await store().find(name: "Sam"))
        let reset = try run("chorus-server", ["staff", "reset", "--data", data.path, "--passphrase-file", second.path, "sam"])
        #expect(reset.status == 0, "\(reset.output)")
        #expect(reset.output.contains("otpauth://totp/Sam?secret="))
        let after = try #require(try await store().find(name: "Sam"))
        #expect(after.totpSecret != before.totpSecret)
        #expect(after.sessionEpoch == before.sessionEpoch + 1)
        #expect(PassphraseHash.verify(Array("copper meadow whistle harbour".utf8), against: after.passphraseHash))
        #expect(!PassphraseHash.verify(Array("lantern orchard violet ferry".utf8), against: after.passphraseHash))

        let removed = try run("chorus-server", ["staff", "remove", "--data", data.path, "Ade"])
        #expect(removed.status == 0)
        #expect(removed.output.contains("There is now no admin account"))
        #expect(try await store().find(name: "Ade") == nil)
        let unknown = try run("chorus-server", ["staff", "remove", "--data", data.path, "Nobody"])
        #expect(unknown.status != 0)
        #expect(unknown.output.contains("there is no staff account called 'Nobody'"))
        let actions = try await AuditLog(database: try ChorusDatabase(directory: data)).entries().map(\.action)
        #expect(actions.filter { $0.hasPrefix("staff.") }.sorted() == ["staff.add", "staff.add", "staff.remove", "staff.reset"])
    }

    /// Whatever the umask it is started with, nothing the analyst writes is readable by other
    /// accounts on the machine: the internal report and the findings included.
    @Test func everyAnalystOutputIsOwnerOnly() throws {
        let (round, bundle) = try RoundTripTests.exportOne("owner-only", Respondent(contact: ["police"], believed: "no", age: "30_49"))
        let out = round.folder.appendingPathComponent("findings")
        let previous = umask(0o022)
        defer { umask(previous) }
        let report = try run("chorus-analyst", [
            "report", bundle.path, "--key", round.keys.appendingPathComponent("analysis.key").path,
            "--passphrase-file", round.passphraseFile.path, "--surveys", Paths.fixtures.path, "--out", out.path,
        ])
        #expect(report.status == 0, "\(report.output)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(files.contains("report-internal.html"))
        #expect(files.contains("findings.json"))
        for name in files + [""] {
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(name).path)[.posixPermissions] as? Int)
            #expect(mode & 0o077 == 0, "\(name.isEmpty ? "the output folder" : name) is mode \(String(mode, radix: 8))")
        }
    }

    @Test func surveysCheckListsEverySurveyOrEveryProblem() throws {
        let good = try run("chorus-server", ["surveys", "check", Paths.fixtures.path])
        #expect(good.status == 0, "\(good.output)")
        #expect(good.output.contains("round version 2 for survivors: 2 pages, 6 questions, about 3 minutes"))
        let folder = try Paths.temporaryDirectory("bad-surveys")
        let broken = try String(contentsOf: Paths.fixtures.appendingPathComponent("round.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "type: multiple_choice", with: "type: checkboxes")
        try broken.write(to: folder.appendingPathComponent("round.yaml"), atomically: true, encoding: .utf8)
        let bad = try run("chorus-server", ["surveys", "check", folder.path])
        #expect(bad.status != 0)
        #expect(bad.output.contains("round.yaml:11:15: unknown question type 'checkboxes'"), "\(bad.output)")
        #expect(bad.output.contains("1 problem"))
    }

    /// The preview serves the surveys as a round would, and when stopped leaves no data folder.
    @Test func surveysPreviewServesAndKeepsNothing() throws {
        let temporary = FileManager.default.temporaryDirectory
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: temporary.path).filter { $0.hasPrefix("chorus-preview-") })
        let port = try ServerProcess.freePort()
        let process = Process()
        process.executableURL = try Paths.binary("chorus-server")
        process.arguments = ["surveys", "preview", "--surveys", Paths.fixtures.path, "--port", String(port), "--public", Paths.publicFolder.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var page: RawHTTP.Response?
        for _ in 0..<300 where page == nil {
            page = try? RawHTTP.request(host: "127.0.0.1", port: port, method: "GET", path: "/s/round")
            if page == nil { usleep(100_000) }
        }
        #expect(page?.status == 200)
        let thanks = try RawHTTP.request(host: "127.0.0.1", port: port, method: "POST", path: "/s/round",
                                         headers: [("Content-Type", "application/x-www-form-urlencoded")],
                                         body: RawHTTP.form([("contact", "housing"), ("believed", "yes"), ("age", "under_30"), ("_page", "0"), ("_action", "submit")]))
        #expect(thanks.status == 200)
        #expect(thanks.body.contains("withdrawal-code"))
        process.interrupt()
        process.waitUntilExit()
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: temporary.path).filter { $0.hasPrefix("chorus-preview-") })
        #expect(after.subtracting(before).isEmpty, "the preview left \(after.subtracting(before))")
    }
}
