internal import CSodium

extension Array where Element == UInt8 {
    /// Zeroes the array in place with sodium_memzero, which the compiler may not optimise away
    /// (a plain loop writing zeros to memory about to be freed can be removed as a dead store).
    ///
    /// Only wipes this array's own storage: if it shares storage with another array,
    /// `withUnsafeMutableBytes` first makes a private copy and the other array keeps its bytes.
    /// Use it on buffers this module created and never handed out.
    mutating func wipe() {
        withUnsafeMutableBytes { raw in
            if let base = raw.baseAddress { sodium_memzero(base, raw.count) }
        }
    }
}

extension Sodium {
    /// Zeroes a byte array the caller owns (a passphrase, a decrypted response) with
    /// sodium_memzero, for modules that must not call libsodium themselves.
    ///
    /// Swift cannot promise this removes every copy: arrays are copy-on-write values, so any
    /// copy made earlier (passing it by value and mutating, growing it, converting from a String
    /// or Data) may live on in memory this call never sees. Read secrets straight into one
    /// array, avoid copies, and wipe it as soon as it is no longer needed.
    public static func wipe(_ bytes: inout [UInt8]) {
        ensureInitialized()
        bytes.wipe()
    }
}
