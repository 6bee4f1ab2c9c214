internal import CSodium

/// Byte sizes read from libsodium's size functions rather than its macros: some macros are
/// expressions Swift cannot import, and the functions always match the linked library.
enum Sizes {
    static let publicKey = Int(crypto_box_publickeybytes())      // 32, X25519
    static let secretKey = Int(crypto_box_secretkeybytes())      // 32
    static let sealOverhead = Int(crypto_box_sealbytes())        // 48: ephemeral public key + MAC
    static let secretboxKey = Int(crypto_secretbox_keybytes())   // 32
    static let secretboxNonce = Int(crypto_secretbox_noncebytes())  // 24
    static let secretboxMAC = Int(crypto_secretbox_macbytes())   // 16
    static let pwhashSalt = Int(crypto_pwhash_argon2id_saltbytes())  // 16
    static let pwhashString = Int(crypto_pwhash_argon2id_strbytes()) // 128, including the NUL
    static let digest = Int(crypto_generichash_bytes())          // 32
}
