import ArgumentParser
import Storage

struct RemoveStaff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a staff account, for someone who has left.",
        discussion: """
            The account and every session it has end at once, on a running server too: the next page \
            they open asks them to sign in, and no passphrase or code opens the account again. The \
            audit log keeps the name, with what the account did.
            """
    )

    @OptionGroup var staffData: StaffData

    @ArgumentParser.Argument(help: "The account's name (see `staff list`).")
    var name: String

    func run() async throws {
        let failure = "No account was removed"
        let database = try staffData.open(failure)
        let store = StaffStore(database: database)
        let account = try await staffData.account(name, in: store, failure)
        try await store.remove(id: account.id)
        try await staffData.audit(database, action: "staff.remove", name: account.name, reason: "role \(account.role.rawValue)")
        print("Removed \(account.name) (\(account.role.rawValue)); their sessions have ended.")
        if try await store.all().allSatisfy({ $0.role != .admin }) {
            print("There is now no admin account. Add one with: chorus-server staff add --data \(staffData.data) --role admin NAME")
        }
    }
}
