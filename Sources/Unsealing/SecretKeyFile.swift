internal import CSodium
import Sealing
import Foundation

/// The analysis secret key at rest: JSON, so a person finding it can tell what it is, holding
/// the 32-byte secret key encrypted (crypto_secretbox) under a key derived from a passphrase
/// (Argon2id), plus the public key in the clear so the pair can be checked on reading.
///
/// ```
/// {"format":"chorus-analysis-secret-key","version":1,"kdf":"argon2id13","opslimit":N,
///  "memlimit":N,"salt":B64,"nonce":B64,"box":B64,"public_key":B64}
/// ```
/// Every field is covered: salt, opslimit and memlimit feed the key derivation, nonce and box
/// are authenticated by the secretbox MAC, and public_key must equal the one derived from the
/// decrypted secret key.
///
/// Where zeroing stops: the derived key and the decrypted secret key only ever live in
/// sodium_malloc'd memory and are zeroed on release. The passphrase is the caller's array;
/// this module reads it in place but cannot zero it or any copies Swift made before (see
/// `Sodium.wipe`).
public enum SecretKeyFile {
    static let formatName = SecretKeyFileFormat.name
    static let currentVersion = 1

    /// Encrypts the key pair under `passphrase` and writes a new file with mode 0600.
    /// Refuses to overwrite anything already at `url`, and refuses an empty passphrase.
    public static func write(_ keyPair: KeyPair, passphrase: [UInt8], to url: URL,
                             strength: KeyDerivationStrength = .moderate) throws {
        Sodium.ensureInitialized()
        guard !passphrase.isEmpty else { throw SealingError.emptyPassphrase }
        let path = KeyFiles.displayPath(url)
        // Fail before spending seconds on Argon2id; the exclusive create below still guards
        // against a file appearing in the meantime.
        if FileManager.default.fileExists(atPath: path) { throw SealingError.fileAlreadyExists(path: path) }

        let salt = SecureRandom.bytes(Sizes.pwhashSalt)
        let nonce = SecureRandom.bytes(Sizes.secretboxNonce)
        let key = try PassphraseKey.derive(passphrase: passphrase, salt: salt,
                                           opsLimit: strength.opsLimit, memLimit: strength.memLimit)
        var box = [UInt8](repeating: 0, count: Sizes.secretKey + Sizes.secretboxMAC)
        let result = box.withUnsafeMutableBufferPointer { out in
            nonce.withUnsafeBufferPointer { nonceBytes in
                crypto_secretbox_easy(out.baseAddress!, keyPair.secretKey.bytePointer, UInt64(Sizes.secretKey),
                                      nonceBytes.baseAddress!, key.bytePointer)
            }
        }
        precondition(result == 0, "crypto_secretbox_easy failed with valid sizes")

        // Written by hand to keep the documented field order; every value is a fixed string,
        // an integer or base64, none of which needs JSON escaping.
        let json = """
            {
              "format": "\(formatName)",
              "version": \(currentVersion),
              "kdf": "\(PassphraseKey.algorithmName)",
              "opslimit": \(strength.opsLimit),
              "memlimit": \(strength.memLimit),
              "salt": "\(Base64.encode(salt))",
              "nonce": "\(Base64.encode(nonce))",
              "box": "\(Base64.encode(box))",
              "public_key": "\(keyPair.publicKey.base64)"
            }

            """
        try KeyFiles.createPrivateFile(at: url, contents: Array(json.utf8))
    }

    /// Reads and decrypts a secret key file. Fails with a message naming the file when the
    /// passphrase is wrong, the file is damaged or altered, it is a public key file, or its
    /// Argon2id costs are outside the accepted range (so a crafted file cannot make us allocate
    /// gigabytes).
    public static func read(from url: URL, passphrase: [UInt8]) throws -> KeyPair {
        Sodium.ensureInitialized()
        let path = KeyFiles.displayPath(url)
        guard let data = try KeyFiles.readSmallFile(url) else {
            throw SealingError.secretKeyFileCorrupt(path: path, problem: "it is far too large for a key file")
        }
        let contents = try decode(data, path: path)

        func corrupt(_ problem: String) -> SealingError { .secretKeyFileCorrupt(path: path, problem: problem) }
        guard KeyDerivationStrength.acceptedOpsLimits.contains(contents.opslimit) else {
            let range = KeyDerivationStrength.acceptedOpsLimits
            throw corrupt("opslimit \(contents.opslimit) is outside the accepted range, \(range.lowerBound) to \(range.upperBound)")
        }
        guard KeyDerivationStrength.acceptedMemLimits.contains(contents.memlimit) else {
            let range = KeyDerivationStrength.acceptedMemLimits
            throw corrupt("memlimit \(contents.memlimit) bytes is outside the accepted range, \(range.lowerBound >> 20) to \(range.upperBound >> 20) MiB")
        }
        func field(_ name: String, _ text: String, length: Int) throws -> [UInt8] {
            guard let bytes = Base64.decode(text) else { throw corrupt("\(name) is not standard base64") }
            guard bytes.count == length else { throw corrupt("\(name) is \(bytes.count) bytes, not \(length)") }
            return bytes
        }
        let salt = try field("salt", contents.salt, length: Sizes.pwhashSalt)
        let nonce = try field("nonce", contents.nonce, length: Sizes.secretboxNonce)
        let box = try field("box", contents.box, length: Sizes.secretKey + Sizes.secretboxMAC)
        let publicKey = PublicKey(validated: try field("public_key", contents.publicKey, length: Sizes.publicKey))

        guard !passphrase.isEmpty else { throw SealingError.emptyPassphrase }
        let key = try PassphraseKey.derive(passphrase: passphrase, salt: salt,
                                           opsLimit: contents.opslimit, memLimit: contents.memlimit)
        // Decrypt straight into protected memory: the secret key never sits in a Swift array.
        let secret = try SecureBuffer(count: Sizes.secretKey)
        let result = box.withUnsafeBufferPointer { sealed in
            nonce.withUnsafeBufferPointer { nonceBytes in
                crypto_secretbox_open_easy(secret.bytePointer, sealed.baseAddress!, UInt64(sealed.count),
                                           nonceBytes.baseAddress!, key.bytePointer)
            }
        }
        // The MAC cannot tell a wrong passphrase from an altered salt, nonce or box; a wrong
        // passphrase is by far the likelier, and the message says to check it.
        guard result == 0 else { throw SealingError.wrongPassphrase(path: path) }

        let secretKey = SecretKey(storage: secret)
        guard sodium_memcmp(secretKey.derivedPublicKey().bytes, publicKey.bytes, Sizes.publicKey) == 0 else {
            throw SealingError.secretKeyDoesNotMatchPublicKey(path: path)
        }
        return KeyPair(publicKey: publicKey, secretKey: secretKey)
    }

    // MARK: Parsing

    /// Just enough to recognise the file before holding it to version 1's exact shape, so a
    /// future version gets "unsupported" rather than "damaged".
    private struct Header: Decodable {
        let format: String?
        let version: Int?
    }

    private struct Contents: Decodable {
        let kdf: String
        let opslimit: Int
        let memlimit: Int
        let salt: String
        let nonce: String
        let box: String
        let publicKey: String

        enum CodingKeys: String, CodingKey {
            case kdf, opslimit, memlimit, salt, nonce, box
            case publicKey = "public_key"
        }
    }

    private static func decode(_ data: Data, path: String) throws -> Contents {
        let decoder = JSONDecoder()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let header = try? decoder.decode(Header.self, from: data) else {
            if (try? PublicKey(base64: text)) != nil { throw SealingError.publicKeyFileGivenAsSecretKey(path: path) }
            throw SealingError.secretKeyFileCorrupt(path: path, problem: "it is not a JSON object")
        }
        guard header.format == formatName else {
            throw SealingError.secretKeyFileCorrupt(path: path, problem: "its \"format\" is not \"\(formatName)\"")
        }
        guard header.version == currentVersion else {
            let found = header.version.map(String.init) ?? "missing"
            throw SealingError.secretKeyFileUnsupported(path: path, problem: "its version is \(found); this version reads \(currentVersion)")
        }
        let contents: Contents
        do {
            contents = try decoder.decode(Contents.self, from: data)
        } catch DecodingError.keyNotFound(let key, _) {
            throw SealingError.secretKeyFileCorrupt(path: path, problem: "the field \"\(key.stringValue)\" is missing")
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
            let name = context.codingPath.last?.stringValue ?? "?"
            throw SealingError.secretKeyFileCorrupt(path: path, problem: "the field \"\(name)\" has the wrong type")
        } catch {
            throw SealingError.secretKeyFileCorrupt(path: path, problem: "it is not valid JSON")
        }
        guard contents.kdf == PassphraseKey.algorithmName else {
            throw SealingError.secretKeyFileUnsupported(path: path, problem: "its kdf is \"\(contents.kdf)\"; this version reads \"\(PassphraseKey.algorithmName)\"")
        }
        return contents
    }
}
