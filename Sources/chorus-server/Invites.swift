import ArgumentParser
import Forum
import Foundation
import Storage
import SurveyKit

struct Invites: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Invite codes for the forum, which partner services hand to the people they support.",
        subcommands: [CreateInvites.self]
    )
}

struct CreateInvites: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Print new single-use invite codes.",
        discussion: """
            Each code opens the forum once and stops working after --expires days. Only a hash of \
            each code is stored. When a code is used, its row (with the note) is deleted, so nothing \
            links a member to the service that invited her. Print or pass the codes on securely.
            """
    )

    @ArgumentParser.Option(help: "The server's data folder.")
    var data: String

    @ArgumentParser.Option(help: "How many codes to print (1 to 1000).")
    var count: Int = 1

    @ArgumentParser.Option(help: "A restricted space the codes also open (for a language or community group).")
    var space: String?

    @ArgumentParser.Option(help: "Days until unused codes stop working (1 to 365).")
    var expires: Int = 30

    @ArgumentParser.Option(help: "A note for staff, such as which batch this is. Never shown to members; deleted with each used code.")
    var note: String = ""

    func validate() throws {
        guard (1...1000).contains(count) else { throw ValidationError("--count must be between 1 and 1000.") }
        guard (1...365).contains(expires) else { throw ValidationError("--expires must be between 1 and 365 days.") }
        if let space, !SpaceName.isValid(space) {
            throw ValidationError("--space must be a short name of lower-case letters, digits and '-', like 'urdu-speakers'.")
        }
        guard note.count <= 200 else { throw ValidationError("--note must be at most 200 characters.") }
    }

    func run() async throws {
        restrictNewFilesToOwner()
        let database = try fail("No codes were made: cannot open the database in \(data)") {
            try ChorusDatabase(directory: URL(fileURLWithPath: data))
        }
        let codes = (0..<count).map { _ in InviteCode.generate() }
        let expiresDay = UTCDay.string(from: Date().addingTimeInterval(Double(expires) * 86_400))
        try await InviteStore(database: database).create(
            codeHashes: codes.map { Data($0.storageHash) }, space: space, expiresDay: expiresDay, note: note)
        try await AuditLog(database: database).append(
            actor: "command line", action: "invites.create", target: space.map { "space:\($0)" } ?? "forum",
            reason: "\(count) codes, expiring \(expiresDay)" + (note.isEmpty ? "" : ": \(note)"),
            time: ISO8601DateFormatter().string(from: Date()))
        for code in codes { print(code.display) }
        FileHandle.standardError.write(Data("\(count) single-use codes, valid until the end of \(expiresDay) (UTC)\(space.map { ", opening the space '\($0)'" } ?? "").\n".utf8))
    }
}

/// A forum space's name: also part of addresses, so plain and short.
enum SpaceName {
    static func isValid(_ name: String) -> Bool {
        (1...40).contains(name.count) && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
