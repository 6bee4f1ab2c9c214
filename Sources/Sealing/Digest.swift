internal import CSodium

/// BLAKE2b-256 (crypto_generichash, unkeyed). Used to store values such as withdrawal codes only
/// by their hash, so the database alone cannot be used to withdraw somebody's answers.
public enum Digest {
    /// The digest length in bytes.
    public static let byteCount = 32

    public static func hash(_ bytes: [UInt8]) -> [UInt8] {
        Sodium.ensureInitialized()
        var out = [UInt8](repeating: 0, count: byteCount)
        let result = out.withUnsafeMutableBufferPointer { digest in
            bytes.withUnsafeBufferPointer { input in
                crypto_generichash(digest.baseAddress!, byteCount,
                                   input.baseAddress, UInt64(input.count), nil, 0)
            }
        }
        // Only fails for out-of-range lengths, which are constants here.
        precondition(result == 0, "crypto_generichash failed with fixed, valid parameters")
        return out
    }
}
