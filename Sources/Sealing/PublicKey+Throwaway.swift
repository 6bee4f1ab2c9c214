internal import CSodium

extension PublicKey {
    /// A public key whose secret half is destroyed at once: what is sealed to it can never be
    /// opened by anybody. For `chorus-server surveys preview`, where answers must go nowhere.
    ///
    /// Why this is safe in the server (issue 13): the secret half is written by crypto_box_keypair
    /// straight into sodium_malloc'd memory that never leaves this function, is never copied into
    /// a Swift array, and is zeroed and freed (sodium_free) when `secret` is released on return.
    /// Nothing here can open a box: the server still links no opening code (Unsealing, or
    /// libsodium's *_open functions), which the EndToEnd symbol test checks on the built binary.
    /// crypto_box_seal makes the same kind of ephemeral key pair for every response anyway.
    public static func throwaway() -> PublicKey {
        Sodium.ensureInitialized()
        let secret: SecureBuffer
        do {
            secret = try SecureBuffer(count: Sizes.secretKey)
        } catch {
            // Out of memory for 32 bytes (plus guard pages): nothing sensible can continue.
            fatalError("\(error)")
        }
        var publicBytes = [UInt8](repeating: 0, count: Sizes.publicKey)
        let result = publicBytes.withUnsafeMutableBufferPointer { out in
            crypto_box_keypair(out.baseAddress!, secret.bytePointer)
        }
        precondition(result == 0, "crypto_box_keypair failed")
        // `secret` is released after its last use above (sodium_free zeroes it) and never escapes.
        return PublicKey(validated: publicBytes)
    }
}
