internal import CSodium

/// Seals plaintext to the analysis public key: pad to whole 512-byte blocks, then
/// crypto_box_seal (anonymous sender, ephemeral key). The server can seal but never open.
public struct Sealer: Sendable {
    public let publicKey: PublicKey

    public init(publicKey: PublicKey) {
        Sodium.ensureInitialized()
        self.publicKey = publicKey
    }

    /// The sealed box: `Padding.paddedLength(plaintext.count) + 48` bytes, different every time
    /// even for the same plaintext. The caller's `plaintext` array is the caller's to discard;
    /// the padded copy made here is zeroed before returning.
    public func seal(_ plaintext: [UInt8]) throws -> [UInt8] {
        Sodium.ensureInitialized()
        var padded = Padding.pad(plaintext)
        defer { padded.wipe() }
        var box = [UInt8](repeating: 0, count: padded.count + Sizes.sealOverhead)
        let result = box.withUnsafeMutableBufferPointer { out in
            padded.withUnsafeBufferPointer { message in
                publicKey.bytes.withUnsafeBufferPointer { key in
                    crypto_box_seal(out.baseAddress!, message.baseAddress!, UInt64(message.count), key.baseAddress!)
                }
            }
        }
        // libsodium refuses keys that give an all-zero shared secret (e.g. an all-zero key).
        guard result == 0 else { throw SealingError.sealFailed }
        return box
    }
}
