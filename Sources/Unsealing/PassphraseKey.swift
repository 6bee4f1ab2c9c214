internal import CSodium
import Sealing

/// Argon2id (crypto_pwhash, ALG_ARGON2ID13) stretching of a passphrase into the 32-byte key that
/// encrypts the secret key file. Slow and memory-hard on purpose, so a stolen key file cannot be
/// cheaply attacked by guessing passphrases.
enum PassphraseKey {
    static let algorithmName = "argon2id13"

    /// The derived key lives in protected memory and is zeroed when the returned buffer is
    /// released. The passphrase array belongs to the caller, who must wipe it (`Sodium.wipe`);
    /// nothing here copies it.
    static func derive(passphrase: [UInt8], salt: [UInt8], opsLimit: Int, memLimit: Int) throws -> SecureBuffer {
        precondition(salt.count == Sizes.pwhashSalt, "Argon2id salt is \(Sizes.pwhashSalt) bytes")
        guard !passphrase.isEmpty else { throw SealingError.emptyPassphrase }
        Sodium.ensureInitialized()
        let key = try SecureBuffer(count: Sizes.secretboxKey)
        let result = passphrase.withUnsafeBytes { secret in
            salt.withUnsafeBufferPointer { saltBytes in
                crypto_pwhash_argon2id(
                    key.bytePointer, UInt64(key.count),
                    secret.baseAddress!.assumingMemoryBound(to: CChar.self), UInt64(secret.count),
                    saltBytes.baseAddress!, UInt64(opsLimit), memLimit,
                    crypto_pwhash_argon2id_alg_argon2id13())
            }
        }
        // With parameters already range-checked, the only failure left is running out of memory.
        guard result == 0 else { throw SealingError.keyDerivationFailed(memoryBytes: memLimit) }
        return key
    }
}
