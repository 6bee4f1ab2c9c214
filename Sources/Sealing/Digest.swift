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

    /// Keyed BLAKE2b (a MAC) of `bytes` under `key` (16 to 64 bytes), `length` bytes long (16 to 64).
    public static func keyed(_ bytes: [UInt8], key: [UInt8], length: Int = byteCount) -> [UInt8] {
        Sodium.ensureInitialized()
        precondition((16...64).contains(key.count) && (16...64).contains(length), "BLAKE2b takes 16 to 64 byte keys and outputs")
        var out = [UInt8](repeating: 0, count: length)
        let result = out.withUnsafeMutableBufferPointer { digest in
            bytes.withUnsafeBufferPointer { input in
                key.withUnsafeBufferPointer { key in
                    crypto_generichash(digest.baseAddress!, length, input.baseAddress, UInt64(input.count), key.baseAddress, key.count)
                }
            }
        }
        precondition(result == 0, "crypto_generichash failed with checked parameters")
        return out
    }
}
