extension PublicKey {
    /// A public key whose secret half is destroyed at once: what is sealed to it can never be
    /// opened by anybody. For `chorus-server surveys preview`, where answers must go nowhere.
    public static func throwaway() -> PublicKey {
        KeyPair.generate().publicKey  // the secret key's protected memory is wiped when it is released
    }
}
