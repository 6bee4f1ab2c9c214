// Checks the wire contracts (ARCHITECTURE.md, "Contracts") against libsodium directly,
// independently of Sealing's own code paths: what Chorus seals, any libsodium binding can open,
// and the other way round.
import CSodium
import Foundation
import Testing
@testable import Unsealing
import Sealing

@Suite("Contracts with other libsodium users")
struct ContractTests {
    /// crypto_box_seal_open done by hand, as another tool would.
    func rawOpen(_ box: [UInt8], _ keyPair: KeyPair) -> [UInt8]? {
        var plaintext = [UInt8](repeating: 0, count: box.count - Int(crypto_box_sealbytes()))
        let secret = secretBytes(keyPair)
        let result = crypto_box_seal_open(&plaintext, box, UInt64(box.count), keyPair.publicKey.bytes, secret)
        return result == 0 ? plaintext : nil
    }

    /// crypto_box_seal done by hand, to a public key read from its file format.
    func rawSeal(_ message: [UInt8], to publicKey: PublicKey) -> [UInt8] {
        var box = [UInt8](repeating: 0, count: message.count + Int(crypto_box_sealbytes()))
        let result = crypto_box_seal(&box, message, UInt64(message.count), publicKey.bytes)
        precondition(result == 0)
        return box
    }

    @Test("a Chorus box is a standard sealed box holding sodium_pad'ded plaintext")
    func chorusBoxIsStandard() throws {
        let keyPair = KeyPair.generate()
        let json = Array(#"{"survey":"s","version":1,"answers":{"q":"a"}}"#.utf8)
        let box = try Sealer(publicKey: keyPair.publicKey).seal(json)
        let padded = try #require(rawOpen(box, keyPair))
        #expect(padded.count == 512)
        #expect(Array(padded.prefix(json.count)) == json)
        #expect(padded[json.count] == 0x80)
        #expect(padded[(json.count + 1)...].allSatisfy { $0 == 0 })
    }

    @Test("a box sealed by another tool to analysis.pub opens with Opener")
    func foreignBoxOpens() throws {
        try withTemporaryDirectory { directory in
            let keyPair = KeyPair.generate()
            let url = directory.appendingPathComponent("analysis.pub")
            try keyPair.publicKey.write(to: url)
            let fromFile = try PublicKey.load(from: url)
            let json = Array(#"{"survey":"s","version":2,"answers":{}}"#.utf8)
            let box = rawSeal(Padding.pad(json), to: fromFile)
            #expect(try Opener(keyPair: keyPair).open(box) == json)
        }
    }

    @Test("a box that opens but was not padded is rejected")
    func unpaddedBoxRejected() throws {
        let keyPair = KeyPair.generate()
        let unpadded = rawSeal([UInt8](repeating: 0x41, count: 512), to: keyPair.publicKey)
        #expect(throws: SealingError.invalidPadding) { try Opener(keyPair: keyPair).open(unpadded) }
        let oddLength = rawSeal(Padding.pad([1, 2, 3]) + [0x80], to: keyPair.publicKey)
        #expect(throws: SealingError.invalidPadding) { try Opener(keyPair: keyPair).open(oddLength) }
    }
}
