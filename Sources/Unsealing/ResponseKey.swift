internal import CSodium
import Sealing

/// The opaque key a coding sheet and a report use for one response, in place of the bundle's id.
///
/// The bundle's id is what the server holds and what a withdrawal uses to reach a response, so a
/// sheet that carried it could tie her words back to a row on the server. The key is instead a
/// keyed BLAKE2b of the id: `crypto_generichash(id, key: subkey)`, 16 bytes, where the subkey is
/// derived from the analysis secret key with `crypto_kdf` (context `chorusrk`, subkey 1). So:
/// - the same analysis key gives the same key for a response on every run (`code`, then `report`);
/// - without the secret key nobody can compute it, or match it to an id on the server;
/// - the subkey is used for nothing else, so this never weakens what the secret key opens.
///
/// Written in Crockford base32 (26 characters, `0-9` and `A-Z` without `I L O U`): short enough for
/// a spreadsheet column, free of look-alike letters, and never read by a spreadsheet as a number.
public final class ResponseKeyer: @unchecked Sendable {
    // @unchecked Sendable: the subkey is written once in init and made read-only; reads need no lock.
    private let subkey: SecureBuffer

    /// Characters in a key: 128 bits at 5 bits per character.
    public static let length = 26
    static let byteCount = 16
    private static let context = Array("chorusrk".utf8)
    private static let subkeyID: UInt64 = 1

    public init(keyPair: KeyPair) {
        Sodium.ensureInitialized()
        do {
            subkey = try SecureBuffer(count: Int(crypto_generichash_keybytes()))
        } catch {
            // Out of memory for 32 bytes (plus guard pages): nothing sensible can continue.
            fatalError("\(error)")
        }
        let result = Self.context.withUnsafeBufferPointer { context in
            context.withMemoryRebound(to: CChar.self) { context in
                crypto_kdf_derive_from_key(subkey.bytePointer, subkey.count, Self.subkeyID,
                                           context.baseAddress!, keyPair.secretKey.bytePointer)
            }
        }
        // Fails only for out-of-range lengths, which are constants here.
        precondition(result == 0, "crypto_kdf_derive_from_key failed with fixed, valid parameters")
        subkey.makeReadOnly()
    }

    /// The key for the bundle's response id `responseID`.
    public func key(for responseID: String) -> String {
        let input = Array(responseID.utf8)
        var digest = [UInt8](repeating: 0, count: Self.byteCount)
        let result = digest.withUnsafeMutableBufferPointer { out in
            input.withUnsafeBufferPointer { bytes in
                crypto_generichash(out.baseAddress!, Self.byteCount, bytes.baseAddress, UInt64(bytes.count),
                                   UnsafePointer(subkey.bytePointer), subkey.count)
            }
        }
        precondition(result == 0, "crypto_generichash failed with fixed, valid parameters")
        return Self.base32(digest)
    }

    /// Crockford base32, most significant bits first, the last character padded with zero bits.
    static func base32(_ bytes: [UInt8]) -> String {
        var characters: [Character] = []
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            buffer = buffer << 8 | UInt32(byte)
            bits += 8
            while bits >= 5 {
                bits -= 5
                characters.append(CrockfordCode.alphabet[Int(buffer >> UInt32(bits) & 31)])
            }
        }
        if bits > 0 { characters.append(CrockfordCode.alphabet[Int(buffer << UInt32(5 - bits) & 31)]) }
        return String(characters)
    }
}
