internal import CSodium
import Sealing

/// The analysis secret key: 32 bytes that open every sealed response, so they live only in
/// sodium_malloc'd memory (guard pages, mlock'd where possible, read-only once filled, zeroed
/// and freed when the last reference goes).
///
/// There is deliberately no public way to read, print, encode or build one from raw bytes:
/// it comes from `KeyPair.generate()` or `SecretKeyFile.read`, and leaves only encrypted,
/// through `SecretKeyFile.write`.
///
/// `@unchecked Sendable` is sound because the bytes never change after `init` (the memory is
/// made read-only), and concurrent reads need no synchronisation.
public final class SecretKey: @unchecked Sendable {
    private let storage: SecureBuffer

    /// Takes ownership of a buffer already holding the 32 secret bytes.
    init(storage: SecureBuffer) {
        precondition(storage.count == Sizes.secretKey, "A secret key is \(Sizes.secretKey) bytes")
        storage.makeReadOnly()
        self.storage = storage
    }

    /// Module-internal (and `@testable` test) access to the secret bytes, without copying them
    /// into a Swift array.
    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try storage.withUnsafeBytes(body)
    }

    /// The secret bytes typed for libsodium's `const unsigned char *` parameters.
    var bytePointer: UnsafePointer<UInt8> { UnsafePointer(storage.bytePointer) }

    /// The matching public key: X25519 scalar multiplication of the base point.
    func derivedPublicKey() -> PublicKey {
        var publicBytes = [UInt8](repeating: 0, count: Sizes.publicKey)
        let result = publicBytes.withUnsafeMutableBufferPointer { out in
            crypto_scalarmult_base(out.baseAddress!, bytePointer)
        }
        precondition(result == 0, "crypto_scalarmult_base failed")
        return PublicKey(validated: publicBytes)
    }
}

// Printing, string interpolation, debugging and `dump`/Mirror all show nothing of the key.
extension SecretKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String { "SecretKey(hidden)" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .class) }
}
