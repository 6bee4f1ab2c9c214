internal import CSodium

/// Standard base64 (RFC 4648, with padding) through libsodium, which is strict (no stray
/// characters, no non-zero trailing bits) so one key has exactly one accepted spelling.
package enum Base64 {
    package static func encode(_ bytes: [UInt8]) -> String {
        Sodium.ensureInitialized()
        let variant = Int32(sodium_base64_VARIANT_ORIGINAL)
        let capacity = sodium_base64_encoded_len(bytes.count, variant)  // includes the NUL
        var text = [UInt8](repeating: 0, count: capacity)
        text.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { bin in
                out.baseAddress!.withMemoryRebound(to: CChar.self, capacity: capacity) { chars in
                    _ = sodium_bin2base64(chars, capacity, bin.baseAddress, bin.count, variant)
                }
            }
        }
        return String(decoding: text.dropLast(), as: UTF8.self)
    }

    /// Nil unless the whole string is canonical standard base64.
    package static func decode(_ text: String) -> [UInt8]? {
        Sodium.ensureInitialized()
        let chars = Array(text.utf8)
        guard !chars.isEmpty else { return [] }
        var bin = [UInt8](repeating: 0, count: chars.count / 4 * 3 + 3)
        var decodedLength = 0
        let result = bin.withUnsafeMutableBufferPointer { out in
            chars.withUnsafeBufferPointer { input in
                input.baseAddress!.withMemoryRebound(to: CChar.self, capacity: input.count) { b64 in
                    // A nil end pointer makes libsodium fail unless it consumed every character.
                    sodium_base642bin(out.baseAddress!, out.count, b64, input.count, nil,
                                      &decodedLength, nil, Int32(sodium_base64_VARIANT_ORIGINAL))
                }
            }
        }
        guard result == 0 else { return nil }
        return Array(bin.prefix(decodedLength))
    }
}
