import Testing
@testable import Sealing

@Suite("Passphrase hashing")
struct PassphraseHashTests {
    @Test("a hash verifies its passphrase and nothing else")
    func hashAndVerify() throws {
        let hash = try PassphraseHash.hash(testPassphrase)
        #expect(hash.hasPrefix("$argon2id$"))
        #expect(!hash.contains("correct horse"))
        #expect(PassphraseHash.verify(testPassphrase, against: hash))
        #expect(!PassphraseHash.verify(Array("correct horse battery stapler".utf8), against: hash))
        #expect(!PassphraseHash.verify([], against: hash))
    }

    @Test("two hashes of the same passphrase differ (fresh salt)")
    func salted() throws {
        #expect(try PassphraseHash.hash(testPassphrase) != PassphraseHash.hash(testPassphrase))
    }

    @Test("malformed stored hashes never verify", arguments: [
        "", "plain text", "$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$aGFzaA",
        String(repeating: "$", count: 500),
    ])
    func malformed(stored: String) {
        #expect(!PassphraseHash.verify(testPassphrase, against: stored))
    }

    @Test("an empty passphrase cannot be hashed")
    func empty() {
        #expect(throws: SealingError.emptyPassphrase) { try PassphraseHash.hash([]) }
    }

    @Test("needsRehash notices a change of strength")
    func rehash() throws {
        let hash = try PassphraseHash.hash(testPassphrase, strength: .interactive)
        #expect(!PassphraseHash.needsRehash(hash, strength: .interactive))
        #expect(PassphraseHash.needsRehash(hash, strength: .moderate))
        #expect(PassphraseHash.needsRehash("garbage"))
    }
}
