import Services
import ArgumentParser
import PublicFindingsFormat
import Foundation
import Storage

/// Reporting back from the server's command line: check a public findings file, publish it at
/// /findings, or take the page down. Exit status 0 when it worked, 1 when a file was refused or
/// something failed (with every problem printed), 64 for a mistake in the command itself.
struct FindingsCommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "findings",
        abstract: "The public findings page (/findings): check a findings file, publish it, or withdraw it.",
        discussion: """
            The server accepts only findings-public.json as chorus-analyst report writes it. Every key, \
            every number and every date is checked again here; a file with a count from 1 to k-1, or any \
            record-level data, is refused and nothing changes. See docs/findings-format.md.
            """,
        subcommands: [CheckFindings.self, PublishFindings.self, WithdrawFindings.self]
    )
}

struct CheckFindings: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a public findings file without publishing it: print every problem, or what it holds."
    )

    @ArgumentParser.Argument(help: "The findings file (findings-public.json).")
    var file: String

    func run() throws {
        let findings: PublicFindings
        do {
            findings = try PublicFindingsValidator.read(readFile(file))
        } catch let refusal as PublicFindingsRefusal {
            throw refused(refusal, "\(file) would be refused")
        }
        print("\(file) passes every check:")
        for line in FindingsPublication.summary(findings) { print("  " + line) }
        print("Publish it with: chorus-server findings publish \(file) --data DIR")
    }
}

struct PublishFindings: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Check a public findings file and, if it passes, show it on the findings page.",
        discussion: "Replaces any findings published before; earlier publications are kept in the database's history."
    )

    @ArgumentParser.Argument(help: "The findings file (findings-public.json).")
    var file: String

    @ArgumentParser.Option(help: "The server's data folder.")
    var data: String

    func run() async throws {
        restrictNewFilesToOwner()
        let bytes = try readFile(file)
        let database = try openExistingDatabase(data, nothingDone: "Nothing was published")
        let published: PublicFindings
        do {
            published = try await FindingsPublication.publish(
                bytes, by: .commandLine, actor: "command line", now: Date(),
                store: PublishedFindingsStore(database: database), audit: AuditLog(database: database)
            ).findings
        } catch let refusal as PublicFindingsRefusal {
            throw refused(refusal, "\(file) was refused and nothing was published")
        }
        print("Published. The findings page (/findings) now shows:")
        for line in FindingsPublication.summary(published) { print("  " + line) }
    }
}

struct WithdrawFindings: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Take the findings page down: it then says results will appear there.",
        discussion: "What was published stays in the database's history; publish a file again to show it."
    )

    @ArgumentParser.Option(help: "The server's data folder.")
    var data: String

    func run() async throws {
        restrictNewFilesToOwner()
        let database = try openExistingDatabase(data, nothingDone: "Nothing was withdrawn")
        let count = try await FindingsPublication.withdraw(
            by: .commandLine, actor: "command line", now: Date(),
            store: PublishedFindingsStore(database: database), audit: AuditLog(database: database))
        if count == 0 {
            print("No findings were published, so nothing changed.")
        } else {
            print("Withdrawn. The findings page now says results will appear there.")
        }
    }
}

// MARK: - Shared

/// The file's bytes, read no further than the format's limit (one byte more, so the validator
/// can say it is too large).
private func readFile(_ path: String) throws -> Data {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
        throw Failure("\(path) is a folder. Give the findings file itself, such as findings/findings-public.json.")
    }
    do {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        return try handle.read(upToCount: PublicFindingsLimits.bytes + 1) ?? Data()
    } catch {
        let reason = error.localizedDescription.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        throw Failure("Cannot read \(path): \(reason). Check the file's name and that it is a file you can read.")
    }
}

/// Every problem, one a line, under `heading` and the count.
private func refused(_ refusal: PublicFindingsRefusal, _ heading: String) -> Failure {
    let count = refusal.problems.count + refusal.unlisted
    return Failure("""
        \(heading) (\(count) \(count == 1 ? "problem" : "problems")):
        \(refusal.description)
        Re-run chorus-analyst report to make a new findings-public.json; never edit the file by hand.
        """)
}

private func openExistingDatabase(_ data: String, nothingDone: String) throws -> ChorusDatabase {
    guard FileManager.default.fileExists(atPath: data + "/" + ChorusDatabase.fileName) else {
        throw Failure("\(nothingDone): there is no Chorus database in \(data). Check --data.")
    }
    return try fail("\(nothingDone): cannot open the database in \(data)") {
        try ChorusDatabase(directory: URL(fileURLWithPath: data))
    }
}
