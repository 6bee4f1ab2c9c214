import Foundation
import Testing
@testable import Unsealing
import Sealing

@Suite("Response keys")
struct ResponseKeyTests {
    /// A key pair whose secret bytes are 0, 1, ..., 31, so the expected key can be computed elsewhere.
    static func fixedKeyPair() throws -> KeyPair {
        let storage = try SecureBuffer(count: 32)
        storage.withUnsafeMutableBytes { bytes in
            for index in bytes.indices { bytes[index] = UInt8(index) }
        }
        let secret = SecretKey(storage: storage)
        return KeyPair(publicKey: secret.derivedPublicKey(), secretKey: secret)
    }

    @Test("the key matches an independent computation of crypto_kdf then keyed BLAKE2b")
    func knownAnswer() throws {
        // Python's hashlib: subkey = blake2b(b"", digest_size=32, key=bytes(range(32)),
        //   salt=(1).to_bytes(8, "little") + bytes(8), person=b"chorusrk" + bytes(8));
        // blake2b(b"7f3a9c2e-response-id", digest_size=16, key=subkey) = c3f0565a0b090c9b61c18fd224593493,
        // which is RFR5CPGB1469PRE1HZ928P9MJC in Crockford base32.
        let keyer = ResponseKeyer(keyPair: try Self.fixedKeyPair())
        #expect(keyer.key(for: "7f3a9c2e-response-id") == "RFR5CPGB1469PRE1HZ928P9MJC")
    }

    @Test("the same analysis key gives the same key on every run, even after the key file is read back")
    func stableForOneKey() throws {
        let pair = KeyPair.generate()
        let ids = (0..<20).map { _ in SecureRandom.bytes(16).hex }
        let first = ids.map(ResponseKeyer(keyPair: pair).key(for:))
        #expect(ids.map(ResponseKeyer(keyPair: pair).key(for:)) == first)
        try withTemporaryDirectory { folder in
            let file = folder.appendingPathComponent("analysis.key")
            try SecretKeyFile.write(pair, passphrase: testPassphrase, to: file, strength: .interactive)
            let reread = try SecretKeyFile.read(from: file, passphrase: testPassphrase)
            #expect(ids.map(ResponseKeyer(keyPair: reread).key(for:)) == first)
        }
        #expect(Set(first).count == ids.count, "different responses get different keys")
    }

    @Test("another analysis key gives unrelated keys")
    func differentForAnotherKey() {
        let id = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
        let keys = (0..<5).map { _ in ResponseKeyer(keyPair: KeyPair.generate()).key(for: id) }
        #expect(Set(keys).count == keys.count)
    }

    @Test("a key is 26 Crockford characters and carries nothing of the id")
    func shape() {
        let keyer = ResponseKeyer(keyPair: KeyPair.generate())
        let id = "abcdef0123456789abcdef0123456789"
        let key = keyer.key(for: id)
        #expect(key.count == ResponseKeyer.length)
        #expect(key.allSatisfy(CrockfordCode.alphabet.contains))
        #expect(!key.lowercased().contains(id.prefix(6)))
        // Nor is it the unkeyed hash anyone could compute from the id.
        #expect(key != ResponseKeyer.base32(Array(Digest.hash(Array(id.utf8)).prefix(16))))
    }

    @Test("base32 packs five bits per character, most significant first")
    func base32() {
        #expect(ResponseKeyer.base32([0x00]) == "00")
        #expect(ResponseKeyer.base32([0xFF]) == "ZW")
        #expect(ResponseKeyer.base32([0x08, 0x42]) == "1110")
        #expect(ResponseKeyer.base32(Array(repeating: 0xFF, count: 16)) == String(repeating: "Z", count: 25) + "W")
    }
}
