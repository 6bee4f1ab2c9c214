import ArgumentParser
import Storage

struct ResetStaff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Give a staff account a new passphrase and a new authenticator key.",
        discussion: """
            For someone who forgot their passphrase or lost the phone with their authenticator app, \
            or whose account may have been used by someone else. Both are replaced together, so a \
            stolen passphrase or phone opens nothing afterwards, and every session of the account ends.
            """
    )

    @OptionGroup var staffData: StaffData

    @ArgumentParser.Option(name: .customLong("passphrase-file"), help: "Read the new passphrase from this file instead of asking.")
    var passphraseFile: String?

    @ArgumentParser.Argument(help: "The account's name (see `staff list`).")
    var name: String

    func run() async throws {
        let failure = "Nothing was reset"
        let database = try staffData.open(failure)
        let store = StaffStore(database: database)
        let account = try await staffData.account(name, in: store, failure)
        let credentials = try StaffCredentials.make(for: account.name, passphraseFile: passphraseFile, failure: failure)
        try await store.reset(id: account.id, passphraseHash: credentials.passphraseHash, totpSecret: credentials.totpSecret)
        try await staffData.audit(database, action: "staff.reset", name: account.name, reason: "new passphrase and authenticator key")
        print("Reset \(account.name): a new passphrase and authenticator key; every session of the account has ended.")
        credentials.printAuthenticator(name: account.name)
    }
}
