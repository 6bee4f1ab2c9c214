import Foundation
import Testing
@testable import Unsealing
import Sealing

@Suite("Secret key and key pair")
struct SecretKeyTests {
    @Test("printing, debugging or dumping a key pair shows nothing of the secret key")
    func nothingPrinted() {
        let keyPair = KeyPair.generate()
        let secret = secretBytes(keyPair)
        var dumped = ""
        dump(keyPair, to: &dumped)
        let renderings = [
            String(describing: keyPair.secretKey),
            String(reflecting: keyPair.secretKey),
            "\(keyPair)",
            String(reflecting: keyPair),
            dumped,
        ]
        let leaks = [
            hex(secret),
            String(Data(secret).base64EncodedString().prefix(43)),
            secret.map(String.init).joined(separator: ", "),
        ]
        #expect(String(describing: keyPair.secretKey) == "SecretKey(hidden)")
        for rendering in renderings {
            #expect(!rendering.isEmpty)
            for leak in leaks {
                #expect(!rendering.lowercased().contains(leak.lowercased()), "\(rendering)")
            }
        }
    }

    @Test("generated key pairs are consistent and distinct")
    func generate() {
        let first = KeyPair.generate()
        let second = KeyPair.generate()
        #expect(first.secretKey.derivedPublicKey() == first.publicKey)
        #expect(first.publicKey != second.publicKey)
        #expect(secretBytes(first) != secretBytes(second))
        #expect(secretBytes(first) != [UInt8](repeating: 0, count: 32))
    }
}
