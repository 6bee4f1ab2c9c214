import Forum
import Foundation
import HummingbirdOTP
import Sealing

/// A new passphrase (checked against the policy, stored only as a hash) and a new authenticator
/// secret, for `staff add` and `staff reset`.
struct StaffCredentials {
    let passphraseHash: String
    let totpSecret: String

    /// Reads the passphrase from `passphraseFile` or asks twice; `failure` starts every refusal.
    static func make(for name: String, passphraseFile: String?, failure: String) throws -> StaffCredentials {
        var passphrase: [UInt8]
        do {
            passphrase = try PassphraseInput.read(file: passphraseFile, prompt: "New passphrase for \(name): ", confirm: true)
        } catch {
            throw Failure("\(failure): \(error.description)")
        }
        defer { Sodium.wipe(&passphrase) }
        let problems = PassphrasePolicy().problems(String(decoding: passphrase, as: UTF8.self), pseudonym: nil)
        guard problems.isEmpty else { throw Failure("\(failure): \(explain(problems))") }
        // 32 characters of Crockford base32: 160 random bits, the size RFC 4226 recommends.
        return StaffCredentials(passphraseHash: try PassphraseHash.hash(passphrase),
                                totpSecret: CrockfordCode.generate(length: 32).normalised)
    }

    /// Prints the authenticator secret, once, for the person to add to their app.
    func printAuthenticator(name: String) {
        let url = TOTP(secret: totpSecret).createAuthenticatorURL(label: name, issuer: "Chorus")
        let typed = URLComponents(string: url)?.queryItems?.first { $0.name == "secret" }?.value ?? ""
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
