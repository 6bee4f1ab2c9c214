import Testing
@testable import Sealing

@Suite("Padding")
struct PaddingTests {
    @Test("pad/unpad round trip; length is a whole number of blocks with at least one padding byte",
          arguments: [(0, 512), (1, 512), (511, 512), (512, 1024), (513, 1024), (5000, 5120)])
    func roundTrip(size: Int, expectedLength: Int) throws {
        let data = SecureRandom.bytes(size)
        let padded = Padding.pad(data)
        #expect(padded.count == expectedLength)
        #expect(padded.count % Padding.blockSize == 0)
        #expect(padded.count >= size + 1)
        #expect(Array(padded.prefix(size)) == data)
        #expect(try Padding.unpad(padded) == data)
    }

    @Test("padding is ISO/IEC 7816-4: 0x80 then zeros, as the sealed-plaintext contract says")
    func paddingBytes() {
        let padded = Padding.pad(Array("{}".utf8))
        #expect(padded.count == 512)
        #expect(Array(padded[0..<2]) == Array("{}".utf8))
        #expect(padded[2] == 0x80)
        #expect(padded[3...].allSatisfy { $0 == 0 })
    }

    @Test("data ending in the marker byte survives the round trip")
    func markerInData() throws {
        let data: [UInt8] = [0x80, 0x00, 0x80]
        #expect(try Padding.unpad(Padding.pad(data)) == data)
    }

    @Test("other block sizes work", arguments: [1, 16, 100])
    func otherBlockSizes(blockSize: Int) throws {
        let data = SecureRandom.bytes(37)
        let padded = Padding.pad(data, blockSize: blockSize)
        #expect(padded.count % blockSize == 0)
        #expect(padded.count > data.count)
        #expect(try Padding.unpad(padded, blockSize: blockSize) == data)
    }

    static let badPadding: [(String, [UInt8])] = [
        ("empty", []),
        ("no marker, all zeros", [UInt8](repeating: 0, count: 512)),
        ("ends in a non-marker byte", [UInt8](repeating: 0, count: 511) + [0x01]),
        ("non-zero byte after the marker", [UInt8](repeating: 0, count: 510) + [0x80, 0x01]),
        ("not a whole number of blocks", Padding.pad([1, 2, 3]) + [0]),
        ("shorter than a block", [0x41, 0x80]),
        ("all 0xff", [UInt8](repeating: 0xff, count: 512)),
    ]

    @Test("unpad rejects bad padding", arguments: badPadding)
    func rejectsBadPadding(name: String, data: [UInt8]) {
        #expect(throws: SealingError.invalidPadding) { try Padding.unpad(data) }
    }
}
