import ArgumentParser
import Forum
import Foundation
import Storage

struct AddStaff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a staff account, which logs in with a passphrase and a code from an authenticator app.",
        discussion: """
            Prints the authenticator secret once, as an otpauth:// address (for a QR code) and as text \
            to type into the app. Keep neither: the person adds it to their app and it is not shown again.
            """
    )

    @OptionGroup var staffData: StaffData

    @ArgumentParser.Option(help: "admin, moderator or lead.")
    var role: String

    @ArgumentParser.Option(name: .customLong("passphrase-file"), help: "Read the new passphrase from this file instead of asking.")
    var passphraseFile: String?

    @ArgumentParser.Argument(help: "The name the person logs in with and the audit log shows.")
    var name: String

    func validate() throws {
        guard StaffRole(rawValue: role) != nil else {
            throw ValidationError("--role must be one of: \(StaffRole.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        guard (1...40).contains(name.count), name.allSatisfy({ $0.isLetter || $0.isNumber || " .-_'".contains($0) }) else {
            throw ValidationError("The name must be 1 to 40 letters, digits, spaces or . - _ '.")
        }
    }

    func run() async throws {
        let role = StaffRole(rawValue: role)!
        let failure = "No account was added"
        let database = try staffData.open(failure)
        let store = StaffStore(database: database)
        guard try await store.find(name: name) == nil else {
            throw Failure("\(failure): there is already a staff account called '\(name)'.")
        }
        let credentials = try StaffCredentials.make(for: name, passphraseFile: passphraseFile, failure: failure)
        let account = try await store.add(name: name, role: role, passphraseHash: credentials.passphraseHash, totpSecret: credentials.totpSecret)
        try await staffData.audit(database, action: "staff.add", name: account.name, reason: "role \(role.rawValue)")
        print("Added \(name) as \(role.rawValue).")
        credentials.printAuthenticator(name: name)
    }
}
