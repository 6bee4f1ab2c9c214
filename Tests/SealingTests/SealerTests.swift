import Foundation
import Testing
@testable import Sealing

/// What the server does with a public key. Opening, and so the round trip, is in UnsealingTests.
@Suite("Sealer, throwaway keys and wiping")
struct SealerTests {
    @Test("lengths within the same block give boxes of the same length")
    func lengthHidden() throws {
        let sealer = Sealer(publicKey: PublicKey.throwaway())
        let short = try sealer.seal(Array("a".utf8))
        let long = try sealer.seal(SecureRandom.bytes(500))
        #expect(short.count == long.count)
    }

    @Test("sealing to an all-zero public key is refused, not silently weak")
    func zeroKeyRefused() throws {
        let zero = try PublicKey(bytes: [UInt8](repeating: 0, count: 32))
        #expect(throws: SealingError.sealFailed) { try Sealer(publicKey: zero).seal([1]) }
    }

    @Test("strength presets are libsodium's Argon2id constants, in increasing cost")
    func strengths() {
        #expect(KeyDerivationStrength.interactive.opsLimit == 2)
        #expect(KeyDerivationStrength.interactive.memLimit == 64 << 20)
        #expect(KeyDerivationStrength.moderate.opsLimit == 3)
        #expect(KeyDerivationStrength.moderate.memLimit == 256 << 20)
        #expect(KeyDerivationStrength.sensitive.opsLimit == 4)
        #expect(KeyDerivationStrength.sensitive.memLimit == 1 << 30)
        #expect(KeyDerivationStrength(rawValue: "moderate") == .moderate)
    }

    @Test("Sodium.wipe zeroes a caller's array in place")
    func wipe() {
        var passphrase = Array("a passphrase read from a file".utf8)
        let count = passphrase.count
        Sodium.wipe(&passphrase)
        #expect(passphrase.count == count)
        #expect(passphrase.allSatisfy { $0 == 0 })
    }

    @Test("throwaway keys are valid, distinct, and can be sealed to")
    func throwaway() throws {
        let keys = (0..<8).map { _ in PublicKey.throwaway() }
        #expect(Set(keys).count == keys.count)
        for key in keys {
            #expect(key.bytes.count == 32)
            #expect(key.bytes != [UInt8](repeating: 0, count: 32))
            #expect(try Sealer(publicKey: key).seal(Array("goes nowhere".utf8)).count == 512 + 48)
        }
    }
}
