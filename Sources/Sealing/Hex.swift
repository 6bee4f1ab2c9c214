import Foundation

extension Array where Element == UInt8 {
    /// Lower-case hex, two digits a byte: how random ids, tokens and digests are written as text.
    public var hex: String { map { String(format: "%02x", $0) }.joined() }
}
