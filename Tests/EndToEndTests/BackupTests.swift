import Foundation
import Storage
import Synchronization
import Testing

/// `chorus-server backup` while the server takes submissions, then `restore` into a new folder:
/// the restored folder exports every response the backup counted, and keeps the staff.
@Suite(.serialized) struct BackupTests {
    @Test func aBackupTakenWhileSubmissionsArriveRestoresWhole() throws {
        let round = try RoundTripTests.prepare("backup")
        let passphrase = round.folder.appendingPathComponent("staff.txt")
        try "lantern orchard violet ferry\n".write(to: passphrase, atomically: true, encoding: .utf8)
        #expect(try run("chorus-server", ["staff", "add", "--data", round.data.path, "--role", "admin", "--passphrase-file", passphrase.path, "Ade"]).status == 0)
        let server = try ServerProcess(data: round.data, surveys: Paths.fixtures, publicKey: round.keys.appendingPathComponent("analysis.pub"))
        for respondent in Respondent.make(count: 5, seed: 3) { try RoundTripTests.submit(respondent, to: server) }

        // Submissions keep arriving while the copy is taken.
        let stopping = Atomic<Bool>(false)
        let port = server.port
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            var index = 0
            while !stopping.load(ordering: .acquiring) {
                _ = DurabilityTests.submit(marker: "BACKUP-\(index)", port: port, source: "127.0.0.1")
                index += 1
            }
        }
        let copy = round.folder.appendingPathComponent("copy")
        let backup = try run("chorus-server", ["backup", "--data", round.data.path, "--out", copy.path])
        stopping.store(true, ordering: .releasing)
        group.wait()
        server.stop()
        #expect(backup.status == 0, "\(backup.output)")
        let counted = try #require(Int(backup.output.firstMatch(of: /: ([0-9]+) sealed responses/)?.output.1 ?? ""))
        #expect(counted >= 5)
        #expect(backup.output.contains("1 staff accounts"))
        for name in try FileManager.default.contentsOfDirectory(atPath: copy.path) + [""] {
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: copy.appendingPathComponent(name).path)[.posixPermissions] as? Int)
            #expect(mode & 0o077 == 0, "\(name) is readable by others")
        }
        #expect(FileManager.default.fileExists(atPath: copy.appendingPathComponent("page-token.key").path))

        let again = try run("chorus-server", ["backup", "--data", round.data.path, "--out", copy.path])
        #expect(again.status != 0)
        #expect(again.output.contains("already exists"))

        let restored = round.folder.appendingPathComponent("restored")
        let restore = try run("chorus-server", ["restore", "--from", copy.path, "--data", restored.path])
        #expect(restore.status == 0, "\(restore.output)")
        #expect(try run("chorus-server", ["restore", "--from", copy.path, "--data", restored.path]).output.contains("already exists"))
        #expect(try run("chorus-server", ["restore", "--from", round.keys.path, "--data", round.folder.appendingPathComponent("x").path])
            .output.contains("holds no chorus.sqlite"))

        let bundle = round.folder.appendingPathComponent("restored.jsonl")
        #expect(try run("chorus-server", ["export", "--data", restored.path, "--out", bundle.path]).status == 0)
        #expect(try String(contentsOf: bundle, encoding: .utf8).split(separator: "\n").count == counted)
        #expect(try run("chorus-server", ["staff", "list", "--data", restored.path]).output.contains("Ade"))
        // The restored folder serves.
        let restarted = try ServerProcess(data: restored, surveys: Paths.fixtures, publicKey: round.keys.appendingPathComponent("analysis.pub"))
        #expect(try RawHTTP.request(host: "127.0.0.1", port: restarted.port, method: "GET", path: "/health").status == 200)
        restarted.stop()
    }
}
