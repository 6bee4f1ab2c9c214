import ArgumentParser
import Forum
import Foundation
import HummingbirdOTP
import Sealing
import Storage

struct StaffCommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "Staff accounts: admins, moderators and leads.",
        subcommands: [AddStaff.self]
    )
}

struct AddStaff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a staff account, which logs in with a passphrase and a code from an authenticator app.",
        discussion: """
            Prints the authenticator secret once, as an otpauth:// address (for a QR code) and as text \
            to type into the app. Keep neither: the person adds it to their app and it is not shown again.
            """
    )

    @ArgumentParser.Option(help: "The server's data folder.")
    var data: String

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
        restrictNewFilesToOwner()
        let role = StaffRole(rawValue: role)!
        let database = try fail("No account was added: cannot open the database in \(data)") {
            try ChorusDatabase(directory: URL(fileURLWithPath: data))
        }
        let store = StaffStore(database: database)
        guard try await store.find(name: name) == nil else {
            throw Failure("No account was added: there is already a staff account called '\(name)'.")
        }
        var passphrase: [UInt8]
        do {
            passphrase = try PassphraseInput.read(file: passphraseFile, prompt: "New passphrase for \(name): ", confirm: true)
        } catch {
            throw Failure("No account was added: \(error.description)")
        }
        defer { Sodium.wipe(&passphrase) }
        let problems = PassphrasePolicy().problems(String(decoding: passphrase, as: UTF8.self), pseudonym: nil)
        guard problems.isEmpty else {
            throw Failure("No account was added: \(Self.explain(problems))")
        }
        let hash = try PassphraseHash.hash(passphrase)
        // 32 characters of Crockford base32: 160 random bits, the size RFC 4226 recommends.
        let secret = CrockfordCode.generate(length: 32).normalised
        let account = try await store.add(name: name, role: role, passphraseHash: hash, totpSecret: secret)
        _ = try await AuditLog(database: database).append(
            actor: "command line", action: "staff.add", target: "staff:\(account.name)", reason: "role \(role.rawValue)",
            time: ISO8601DateFormatter().string(from: Date()))
        let url = TOTP(secret: secret).createAuthenticatorURL(label: name, issuer: "Chorus")
        let typed = URLComponents(string: url)?.queryItems?.first { $0.name == "secret" }?.value ?? ""
        print("Added \(name) as \(role.rawValue).")
        print("Add this to an authenticator app now; it is not shown again.")
        print("  address (for a QR code): \(url)")
        print("  or type this key:        \(typed)")
    }

    static func explain(_ problems: [PassphraseProblem]) -> String {
        problems.map { problem -> String in
            switch problem {
            case .tooShort(let minimum): return "the passphrase is too short; use at least \(minimum) characters."
            case .tooLong(let maximum): return "the passphrase is too long; use at most \(maximum) characters."
            case .tooCommon: return "the passphrase is one of the most common ones; choose several unrelated words."
            case .containsPseudonym: return "the passphrase contains the account's name."
            case .repetitive: return "the passphrase is a repeated pattern or a sequence; choose several unrelated words."
            }
        }.joined(separator: " ")
    }
}
