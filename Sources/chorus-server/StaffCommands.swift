import ArgumentParser
import Foundation
import Storage

struct StaffCommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "Staff accounts: admins, moderators and leads.",
        subcommands: [AddStaff.self, ListStaff.self, RemoveStaff.self, ResetStaff.self]
    )
}

/// The data folder option every staff command takes, and the stores it opens.
struct StaffData: ParsableArguments {
    @ArgumentParser.Option(help: "The server's data folder.")
    var data: String

    func open(_ failure: String) throws -> ChorusDatabase {
        restrictNewFilesToOwner()
        return try fail("\(failure): cannot open the database in \(data)") {
            try ChorusDatabase(directory: URL(fileURLWithPath: data))
        }
    }

    /// The account called `name` (ignoring case), or a failure that says how to see the names.
    func account(_ name: String, in store: StaffStore, _ failure: String) async throws -> StaffAccount {
        guard let account = try await store.find(name: name) else {
            throw Failure("\(failure): there is no staff account called '\(name)'. `chorus-server staff list --data \(data)` shows them.")
        }
        return account
    }

    /// One line in the audit log, by the command line.
    func audit(_ database: ChorusDatabase, action: String, name: String, reason: String) async throws {
        _ = try await AuditLog(database: database).append(
            actor: "command line", action: action, target: "staff:\(name)", reason: reason,
            time: ISO8601DateFormatter().string(from: Date()))
    }
}

