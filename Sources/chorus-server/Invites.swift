import Services
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
        do {
            try InviteBatch.check(count: count, days: expires, space: space, note: note)
        } catch {
            switch error {
            case .count: throw ValidationError("--count must be between 1 and 1000.")
            case .days: throw ValidationError("--expires must be between 1 and 365 days.")
            case .space: throw ValidationError("--space must be a short name of lower-case letters, digits and '-', like 'urdu-speakers'.")
            case .note: throw ValidationError("--note must be at most 200 characters.")
            }
        }
    }

    func run() async throws {
        restrictNewFilesToOwner()
        let database = try fail("No codes were made: cannot open the database in \(data)") {
            try ChorusDatabase(directory: URL(fileURLWithPath: data))
        }
        let batch = try await InviteBatch.create(
            count: count, space: space, days: expires, note: note, actor: "command line", now: Date(),
            invites: InviteStore(database: database), audit: AuditLog(database: database))
        for code in batch.codes { print(code.display) }
        FileHandle.standardError.write(Data("\(count) single-use codes, valid until the end of \(batch.expiresDay) (UTC)\(space.map { ", opening the space '\($0)'" } ?? "").\n".utf8))
    }
}
