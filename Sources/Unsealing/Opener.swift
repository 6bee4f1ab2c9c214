internal import CSodium
import Sealing

/// Opens sealed boxes with the analysis key pair (offline only): crypto_box_seal_open, then
/// remove the padding. Lives in Unsealing, which only chorus-analyst links: the server cannot
/// call this, and an EndToEnd test checks its binary has no opening symbol.
public struct Opener: Sendable {
    public let keyPair: KeyPair

    public init(keyPair: KeyPair) {
        Sodium.ensureInitialized()
        self.keyPair = keyPair
    }

    /// The original plaintext. Throws `cannotOpen` for a box sealed to another key or altered
    /// in any way (the MAC covers every byte), `boxTooShort` for truncated input, and
    /// `invalidPadding` for a box that opens but was not padded the Chorus way.
    /// The padded intermediate buffer is zeroed; the returned array is the caller's to manage.
    public func open(_ box: [UInt8]) throws -> [UInt8] {
        Sodium.ensureInitialized()
        guard box.count >= Sizes.sealOverhead + Padding.blockSize else {
            throw SealingError.boxTooShort(length: box.count)
        }
        var padded = [UInt8](repeating: 0, count: box.count - Sizes.sealOverhead)
        defer { Sodium.wipe(&padded) }
        let result = padded.withUnsafeMutableBufferPointer { out in
            box.withUnsafeBufferPointer { sealed in
                keyPair.publicKey.bytes.withUnsafeBufferPointer { publicKey in
                    crypto_box_seal_open(out.baseAddress!, sealed.baseAddress!, UInt64(sealed.count),
                                         publicKey.baseAddress!, keyPair.secretKey.bytePointer)
                }
            }
        }
        guard result == 0 else { throw SealingError.cannotOpen }
        return try Padding.unpad(padded)
    }
}
