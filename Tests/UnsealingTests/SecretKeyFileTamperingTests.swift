import Foundation
import Testing
@testable import Unsealing
import Sealing

/// One way of damaging a secret key file, and the failure it must produce.
struct Tampering: Sendable, CustomTestStringConvertible {
    let name: String
    let expectedCase: String
    let edit: @Sendable (inout [String: Any]) -> Void
    var testDescription: String { name }
}

/// Decodes a base64 field, flips one bit, and re-encodes it (still valid base64).
func flipBit(_ field: String) -> @Sendable (inout [String: Any]) -> Void {
    { object in
        var bytes = [UInt8](Data(base64Encoded: object[field] as! String)!)
        bytes[bytes.count / 2] ^= 0x01
        object[field] = Data(bytes).base64EncodedString()
    }
}

@Suite("Secret key file: damaged or crafted files")
struct SecretKeyFileTamperingTests {
    static let tamperings: [Tampering] = [
        // Fields that feed the MAC or the key derivation: they fail like a wrong passphrase.
        Tampering(name: "box bit flipped", expectedCase: "wrongPassphrase", edit: flipBit("box")),
        Tampering(name: "nonce bit flipped", expectedCase: "wrongPassphrase", edit: flipBit("nonce")),
        Tampering(name: "salt bit flipped", expectedCase: "wrongPassphrase", edit: flipBit("salt")),
        Tampering(name: "opslimit changed", expectedCase: "wrongPassphrase", edit: { $0["opslimit"] = 3 }),
        // public_key is checked against the decrypted secret key.
        Tampering(name: "public_key swapped", expectedCase: "secretKeyDoesNotMatchPublicKey",
                  edit: { $0["public_key"] = KeyPair.generate().publicKey.base64 }),
        // Costs outside the accepted range are refused before any allocation.
        Tampering(name: "opslimit too low", expectedCase: "secretKeyFileCorrupt", edit: { $0["opslimit"] = 1 }),
        Tampering(name: "opslimit too high", expectedCase: "secretKeyFileCorrupt", edit: { $0["opslimit"] = 1_000_000 }),
        Tampering(name: "memlimit too low", expectedCase: "secretKeyFileCorrupt", edit: { $0["memlimit"] = 8192 }),
        Tampering(name: "memlimit 4 TiB", expectedCase: "secretKeyFileCorrupt", edit: { $0["memlimit"] = 4 << 40 }),
        Tampering(name: "memlimit negative", expectedCase: "secretKeyFileCorrupt", edit: { $0["memlimit"] = -1 }),
        // Structure.
        Tampering(name: "box missing", expectedCase: "secretKeyFileCorrupt", edit: { $0["box"] = nil }),
        Tampering(name: "box truncated", expectedCase: "secretKeyFileCorrupt",
                  edit: { $0["box"] = Data(repeating: 1, count: 40).base64EncodedString() }),
        Tampering(name: "salt not base64", expectedCase: "secretKeyFileCorrupt", edit: { $0["salt"] = "%%%" }),
        Tampering(name: "opslimit a string", expectedCase: "secretKeyFileCorrupt", edit: { $0["opslimit"] = "2" }),
        Tampering(name: "format wrong", expectedCase: "secretKeyFileCorrupt", edit: { $0["format"] = "something-else" }),
        Tampering(name: "format missing", expectedCase: "secretKeyFileCorrupt", edit: { $0["format"] = nil }),
        Tampering(name: "version 2", expectedCase: "secretKeyFileUnsupported", edit: { $0["version"] = 2 }),
        Tampering(name: "kdf scrypt", expectedCase: "secretKeyFileUnsupported", edit: { $0["kdf"] = "scrypt" }),
    ]

    @Test("a tampered field makes reading fail with the right error", arguments: tamperings)
    func tamperedField(tampering: Tampering) throws {
        try withTemporaryDirectory { directory in
            let original = directory.appendingPathComponent("analysis.key")
            try SecretKeyFile.write(KeyPair.generate(), passphrase: testPassphrase, to: original, strength: .interactive)
            var object = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: original)) as? [String: Any])
            tampering.edit(&object)
            let tampered = directory.appendingPathComponent("tampered.key")
            try JSONSerialization.data(withJSONObject: object).write(to: tampered)

            let error = #expect(throws: SealingError.self) {
                try SecretKeyFile.read(from: tampered, passphrase: testPassphrase)
            }
            #expect(error?.caseName == tampering.expectedCase)
            #expect(error?.description.contains(path(tampered)) == true)
        }
    }

    @Test("a file that is not JSON, or cut short, is reported as damaged",
          arguments: ["", "not json", "{", "[1, 2, 3]", "null"])
    func notJSON(contents: String) throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("analysis.key")
            try Data(contents.utf8).write(to: url)
            let error = #expect(throws: SealingError.self) { try SecretKeyFile.read(from: url, passphrase: testPassphrase) }
            #expect(error?.caseName == "secretKeyFileCorrupt")
        }
    }

    @Test("a real file cut in half is reported as damaged")
    func truncatedFile() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("analysis.key")
            try SecretKeyFile.write(KeyPair.generate(), passphrase: testPassphrase, to: url, strength: .interactive)
            let data = try Data(contentsOf: url)
            let cut = directory.appendingPathComponent("cut.key")
            try data.prefix(data.count / 2).write(to: cut)
            let error = #expect(throws: SealingError.self) { try SecretKeyFile.read(from: cut, passphrase: testPassphrase) }
            #expect(error?.caseName == "secretKeyFileCorrupt")
        }
    }
}
