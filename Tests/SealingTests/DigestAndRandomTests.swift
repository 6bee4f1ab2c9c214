import Testing
@testable import Sealing

@Suite("Digest and SecureRandom")
struct DigestAndRandomTests {
    @Test("Digest is BLAKE2b-256: deterministic, 32 bytes, matches the reference vector")
    func digest() {
        let code = Array("WITHDRAW-7Q4K-93MX".utf8)
        #expect(Digest.hash(code).count == 32)
        #expect(Digest.hash(code) == Digest.hash(code))
        #expect(Digest.hash(code) != Digest.hash(code + [0]))
        #expect(Digest.hash(code) != code)
        // BLAKE2b-256 of the empty string (RFC 7693 reference implementation).
        #expect(hex(Digest.hash([])) == "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8")
        #expect(hex(Digest.hash(Array("abc".utf8))) == "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319")
    }

    @Test("SecureRandom gives the requested length and different output each time")
    func secureRandom() {
        #expect(SecureRandom.bytes(0).isEmpty)
        #expect(SecureRandom.bytes(1000).count == 1000)
        let samples = (0..<8).map { _ in SecureRandom.bytes(32) }
        #expect(Set(samples).count == samples.count)
        #expect(!samples.contains([UInt8](repeating: 0, count: 32)))
        // 4096 random bytes should take most of the 256 possible values.
        #expect(Set(SecureRandom.bytes(4096)).count > 200)
    }
}
