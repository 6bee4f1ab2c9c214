internal import CSodium
import Sealing

/// An analysis key pair. Generated once on the offline machine by `chorus-analyst keygen`;
/// the public half goes to the server, the secret half stays in the encrypted key file.
public struct KeyPair: Sendable {
    public let publicKey: PublicKey
    public let secretKey: SecretKey

    init(publicKey: PublicKey, secretKey: SecretKey) {
        self.publicKey = publicKey
        self.secretKey = secretKey
    }

    /// A fresh X25519 key pair (crypto_box_keypair), the secret half written straight into
    /// protected memory so it never passes through a Swift array.
    public static func generate() -> KeyPair {
        Sodium.ensureInitialized()
        let storage: SecureBuffer
        do {
            storage = try SecureBuffer(count: Sizes.secretKey)
        } catch {
            // Out of memory for 32 bytes (plus guard pages): nothing sensible can continue.
            fatalError("\(error)")
        }
        var publicBytes = [UInt8](repeating: 0, count: Sizes.publicKey)
        let result = publicBytes.withUnsafeMutableBufferPointer { out in
            crypto_box_keypair(out.baseAddress!, storage.bytePointer)
        }
        precondition(result == 0, "crypto_box_keypair failed")
        return KeyPair(publicKey: PublicKey(validated: publicBytes), secretKey: SecretKey(storage: storage))
    }
}
