import Foundation

extension Array where Element == UInt8 {
    /// Lower-case hex, two digits a byte: how random ids, tokens and digests are written as text.
    /// Written straight into the string's storage: every signed-in page and every survey page
    /// writes one (a session's key, a page token), and `String(format:)` a byte was measurable.
    public var hex: String {
        String(unsafeUninitializedCapacity: count * 2) { buffer in
            for (index, byte) in enumerated() {
                buffer[2 * index] = hexDigits[Int(byte >> 4)]
                buffer[2 * index + 1] = hexDigits[Int(byte & 0x0f)]
            }
            return count * 2
        }
    }
}

private let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
