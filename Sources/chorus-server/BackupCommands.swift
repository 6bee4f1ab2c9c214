import ArgumentParser
import Foundation
import Storage

struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the data folder consistently, while the server runs.",
        discussion: """
            Writes a new folder holding a consistent copy of the database (SQLite's online backup: \
            submissions wait a moment, nothing is lost) and the server's key files, readable by \
            this user only, then checks the copy. The copy holds the sealed responses, which only \
            the analysis key opens, but also the forum: members' posts as text, staff accounts and \
            invite hashes. Keep it as safe as the server itself, and encrypt it before it leaves \
            the machine (for example with `age` or `gpg --symmetric`).
            """
    )

    @ArgumentParser.Option(help: "The server's data folder.")
    var data: String

    @ArgumentParser.Option(help: "A new folder for the copy (it must not exist yet).")
    var out: String

    func run() async throws {
        restrictNewFilesToOwner()
        let database = try fail("No backup was made: cannot open the database in \(data)") {
            try ChorusDatabase(directory: URL(fileURLWithPath: data))
        }
        let summary = try fail("No backup was made") { try database.backup(to: URL(fileURLWithPath: out)) }
        print("Backed up to \(out): \(describe(summary)). Checked: SQLite's integrity check passed.")
        print("Restore with: chorus-server restore --from \(out) --data NEW_FOLDER (with the server stopped).")
    }
}

struct Restore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a data folder from a backup.",
        discussion: """
            Stop the server first, and move its data folder aside (nothing is written over). The \
            backup is checked before anything is written; one made by an older Chorus is brought \
            up to date. Then start the server with --data pointing at the restored folder.
            """
    )

    @ArgumentParser.Option(help: "A folder made by `chorus-server backup`.")
    var from: String

    @ArgumentParser.Option(help: "The data folder to create (it must not exist yet).")
    var data: String

    func run() async throws {
        restrictNewFilesToOwner()
        let summary = try fail("Nothing was restored") {
            try ChorusDatabase.restore(from: URL(fileURLWithPath: from), to: URL(fileURLWithPath: data))
        }
        print("Restored \(data) from \(from): \(describe(summary)).")
    }
}

private func describe(_ summary: BackupSummary) -> String {
    "\(summary.responses) sealed responses, \(summary.members) forum members, \(summary.posts) posts, \(summary.staff) staff accounts"
}
