import Sealing

/// The passphrase that protects the analysis secret key.
enum Passphrase {
    static let minimumLength = 12

    /// The passphrase bytes. The caller wipes them with `Sodium.wipe` when done.
    static func read(file: String?, confirm: Bool) throws -> [UInt8] {
        var bytes: [UInt8]
        do {
            bytes = try PassphraseInput.read(file: file, prompt: "Passphrase for the analysis key: ", confirm: confirm)
        } catch {
            throw Failure(error.description)
        }
        guard bytes.count >= minimumLength else {
            Sodium.wipe(&bytes)
            throw Failure("The passphrase is too short. Use at least \(minimumLength) characters; several unrelated words are easy to remember and hard to guess.")
        }
        return bytes
    }
}
