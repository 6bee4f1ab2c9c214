internal import CSodium

/// Byte sizes read from libsodium's size functions rather than its macros: some macros are
/// expressions Swift cannot import, and the functions always match the linked library.
package enum Sizes {
    package static let publicKey = Int(crypto_box_publickeybytes())      // 32, X25519
    package static let secretKey = Int(crypto_box_secretkeybytes())      // 32
    package static let sealOverhead = Int(crypto_box_sealbytes())        // 48: ephemeral public key + MAC
    package static let secretboxKey = Int(crypto_secretbox_keybytes())   // 32
    package static let secretboxNonce = Int(crypto_secretbox_noncebytes())  // 24
    package static let secretboxMAC = Int(crypto_secretbox_macbytes())   // 16
    package static let pwhashSalt = Int(crypto_pwhash_argon2id_saltbytes())  // 16
    package static let pwhashString = Int(crypto_pwhash_argon2id_strbytes()) // 128, including the NUL
    package static let digest = Int(crypto_generichash_bytes())          // 32
}
