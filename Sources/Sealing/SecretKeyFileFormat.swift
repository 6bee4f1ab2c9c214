/// What marks a secret key file, without anything that reads one. Unsealing writes and reads the
/// files; the server only needs to recognise one given where the public key belongs, and refuse it.
package enum SecretKeyFileFormat {
    /// The `"format"` field of every analysis secret key file.
    package static let name = "chorus-analysis-secret-key"

    /// True for text that is (or plainly tries to be) one of our secret key files.
    package static func looksLikeSecretKeyFile(_ text: String) -> Bool {
        text.hasPrefix("{") && text.contains(name)
    }
}
