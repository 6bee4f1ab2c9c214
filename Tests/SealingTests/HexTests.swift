import Foundation
import Sealing
import Testing

/// Ids, tokens and digests are written as lower-case hex; the fast writer must say exactly what
/// `String(format: "%02x")` says, byte for byte.
struct HexTests {
    @Test func everyByteIsTwoLowerCaseDigits() {
        let all = (0...255).map { UInt8($0) }
        #expect(all.hex == all.map { String(format: "%02x", $0) }.joined())
        #expect(all.hex.utf8.count == 512)
    }

    @Test func emptyAndRandomBytes() {
        #expect([UInt8]().hex == "")
        #expect([0x00, 0x0f, 0xf0, 0xff].hex == "000ff0ff")
        var generator = SystemRandomNumberGenerator()
        for length in [1, 16, 32, 33, 1000] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(bytes.hex == bytes.map { String(format: "%02x", $0) }.joined())
        }
    }
}
