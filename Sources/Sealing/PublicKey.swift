import Foundation

/// The analysis public key (X25519). Not secret: the server holds it and seals every response
/// to it. The file format is one line of standard base64, so any libsodium binding can use it.
public struct PublicKey: Sendable, Hashable {
    /// Exactly 32 bytes.
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) throws {
        Sodium.ensureInitialized()
        guard bytes.count == Sizes.publicKey else {
            throw SealingError.publicKeyWrongLength(actual: bytes.count)
        }
        self.bytes = bytes
    }

    /// For bytes libsodium has just produced, whose length is right by construction.
    package init(validated bytes: [UInt8]) {
        precondition(bytes.count == Sizes.publicKey, "A public key is \(Sizes.publicKey) bytes")
        self.bytes = bytes
    }

    /// Accepts the key with surrounding whitespace or a trailing newline, as read from a file.
    public init(base64: String) throws {
        let trimmed = base64.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let decoded = Base64.decode(trimmed) else { throw SealingError.publicKeyNotBase64 }
        try self.init(bytes: decoded)
    }

    /// Standard base64 with padding: 44 characters.
    public var base64: String { Base64.encode(bytes) }

    /// Reads a public key file (analysis.pub). Recognises a secret key file given by mistake and
    /// says so, since the server must never be handed one.
    public static func load(from url: URL) throws -> PublicKey {
        let path = KeyFiles.displayPath(url)
        guard let data = try KeyFiles.readSmallFile(url) else {
            throw SealingError.publicKeyFileInvalid(path: path, problem: "it is far too large")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SealingError.publicKeyFileInvalid(path: path, problem: "it is not text")
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if SecretKeyFileFormat.looksLikeSecretKeyFile(trimmed) {
            throw SealingError.secretKeyFileGivenAsPublicKey(path: path)
        }
        if trimmed.isEmpty {
            throw SealingError.publicKeyFileInvalid(path: path, problem: "it is empty")
        }
        do {
            return try PublicKey(base64: trimmed)
        } catch SealingError.publicKeyWrongLength(let actual) {
            throw SealingError.publicKeyFileInvalid(
                path: path, problem: "it decodes to \(actual) bytes, not \(Sizes.publicKey)")
        } catch {
            throw SealingError.publicKeyFileInvalid(path: path, problem: "it is not one line of standard base64")
        }
    }

    /// Writes the public key file: the base64 and a newline. Replaces an existing file
    /// atomically; the key is public, and replacing it is the operator's deliberate choice.
    public func write(to url: URL) throws {
        do {
            try Data((base64 + "\n").utf8).write(to: url, options: .atomic)
        } catch {
            throw SealingError.fileUnwritable(path: KeyFiles.displayPath(url), reason: KeyFiles.reason(error))
        }
    }
}

extension PublicKey: CustomStringConvertible {
    public var description: String { "PublicKey(\(base64))" }
}
