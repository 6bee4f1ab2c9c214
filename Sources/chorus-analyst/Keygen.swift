import ArgumentParser
import Foundation
import Sealing
import Unsealing

struct Keygen: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create the analysis key pair: analysis.key (secret, passphrase-protected) and analysis.pub.",
        discussion: """
            Run this on the offline analysis machine. Copy only analysis.pub to the server. \
            If analysis.key or its passphrase is lost, the responses sealed to it can never be read.
            """
    )

    @ArgumentParser.Option(help: "Folder to write analysis.key and analysis.pub into (created if missing).")
    var out: String

    @ArgumentParser.Option(name: .customLong("passphrase-file"), help: "Read the passphrase from this file instead of asking.")
    var passphraseFile: String?

    @ArgumentParser.Option(help: "How hard the passphrase is to guess by brute force: interactive, moderate or sensitive.")
    var strength: String = KeyDerivationStrength.moderate.rawValue

    func run() throws {
        guard let strength = KeyDerivationStrength(rawValue: strength) else {
            throw Failure("Unknown --strength '\(self.strength)'. Use interactive, moderate or sensitive.")
        }
        umask(0o077)
        let folder = URL(fileURLWithPath: out)
        let secretURL = folder.appendingPathComponent("analysis.key")
        let publicURL = folder.appendingPathComponent("analysis.pub")
        for url in [secretURL, publicURL] where FileManager.default.fileExists(atPath: url.path) {
            throw Failure("\(url.path) already exists. Nothing was written: a new key would make every response sealed to the old one unreadable. Choose another --out.")
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var passphrase = try Passphrase.read(file: passphraseFile, confirm: true)
        defer { Sodium.wipe(&passphrase) }
        let pair = KeyPair.generate()
        try SecretKeyFile.write(pair, passphrase: passphrase, to: secretURL, strength: strength)
        try pair.publicKey.write(to: publicURL)
        print("Wrote the secret key to \(secretURL.path) (keep it offline, with its passphrase)")
        print("Wrote the public key to \(publicURL.path) (give this one to the server)")
    }
}
