import ArgumentParser
import Storage

struct ListStaff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the staff accounts: name and role. Nothing secret is shown."
    )

    @OptionGroup var staffData: StaffData

    func run() async throws {
        let accounts = try await StaffStore(database: try staffData.open("Cannot list staff")).all()
        guard !accounts.isEmpty else {
            print("There are no staff accounts. Add one with: chorus-server staff add --data \(staffData.data) --role admin NAME")
            return
        }
        let width = accounts.map(\.name.count).max() ?? 0
        for account in accounts {
            print(account.name.padding(toLength: max(width, 4), withPad: " ", startingAt: 0) + "  " + account.role.rawValue)
        }
    }
}
