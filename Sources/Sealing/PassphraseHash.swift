internal import CSodium

/// Storable Argon2id hashes of staff passphrases (moderators, leads), in libsodium's
/// self-describing string form (`$argon2id$v=19$m=…,t=…,p=1$salt$hash`), so the web service can
/// check a login without this or any other module keeping the passphrase.
public enum PassphraseHash {
    /// A new hash with a fresh random salt. Interactive strength by default: a login must not
    /// take seconds, and the web service should rate-limit attempts anyway.
    public static func hash(_ passphrase: [UInt8], strength: KeyDerivationStrength = .interactive) throws -> String {
        guard !passphrase.isEmpty else { throw SealingError.emptyPassphrase }
        Sodium.ensureInitialized()
        var encoded = [CChar](repeating: 0, count: Sizes.pwhashString)
        let result = encoded.withUnsafeMutableBufferPointer { out in
            passphrase.withUnsafeBytes { secret in
                crypto_pwhash_argon2id_str(out.baseAddress!, secret.baseAddress!.assumingMemoryBound(to: CChar.self),
                                           UInt64(secret.count), UInt64(strength.opsLimit), strength.memLimit)
            }
        }
        guard result == 0 else { throw SealingError.keyDerivationFailed(memoryBytes: strength.memLimit) }
        let length = encoded.firstIndex(of: 0) ?? encoded.count
        return String(decoding: encoded[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// True only if `passphrase` matches `encoded`. Any malformed, non-Argon2id or empty input
    /// gives false, never a crash. Stored hashes must come from `hash` (our own database): the
    /// costs inside the string are honoured, so a crafted string could demand up to libsodium's
    /// own maximum of memory.
    public static func verify(_ passphrase: [UInt8], against encoded: String) -> Bool {
        guard !passphrase.isEmpty, !encoded.isEmpty, encoded.utf8.count < Sizes.pwhashString,
              !encoded.utf8.contains(0) else { return false }
        Sodium.ensureInitialized()
        return encoded.withCString { stored in
            passphrase.withUnsafeBytes { secret in
                crypto_pwhash_argon2id_str_verify(stored, secret.baseAddress!.assumingMemoryBound(to: CChar.self),
                                                  UInt64(secret.count)) == 0
            }
        }
    }

    /// True if `encoded` was made with other costs than `strength` (or is not a valid Argon2id
    /// hash), so the service can re-hash at the next successful login.
    public static func needsRehash(_ encoded: String, strength: KeyDerivationStrength = .interactive) -> Bool {
        guard !encoded.isEmpty, encoded.utf8.count < Sizes.pwhashString, !encoded.utf8.contains(0) else { return true }
        Sodium.ensureInitialized()
        return encoded.withCString { stored in
            crypto_pwhash_argon2id_str_needs_rehash(stored, UInt64(strength.opsLimit), strength.memLimit) != 0
        }
    }
}
