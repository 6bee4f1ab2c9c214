import Sealing

/// Where a value stands in text Mustache renders while the value itself is kept aside
/// (`RawHTML`'s bytes, `ShapedBodies`' values): a prefix random for each run of the server, so
/// nothing a person writes can name one, the value's number, and an apostrophe, which Chorus's
/// escaping writes as `&#39;`, so a marker found says whether the template wrote it escaped.
struct ValueMarkers: Sendable {
    let prefix: String

    init(kind: String) { prefix = "Chorus" + kind + SecureRandom.bytes(16).hex + "N" }

    static let rawEnd = "Z'"
    static let escapedEnd = "Z" + ChorusHTMLEscaping.escape("'")

    func marker(_ index: Int) -> String { prefix + String(index) + Self.rawEnd }

    enum Found {
        /// The marker of value `index` (one of those asked about), as `marker` writes it,
        /// escaped or not.
        case value(Range<String.Index>, index: Int, escaped: Bool)
        /// The prefix followed by anything else: not a marker of these values.
        case notAMarker(Range<String.Index>)
    }

    /// Where the prefix first stands in `text`, and whether a marker of one of `count` values
    /// stands there (its number written as `marker` writes it: no leading zeros).
    func first(in text: Substring, count: Int) -> Found? {
        guard let start = LayoutFrames.firstRange(of: prefix, in: text) else { return nil }
        let after = text[start.upperBound...]
        let digits = after.utf8.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        let number = after[..<digits.endIndex]
        let tail = after[digits.endIndex...]
        let escaped = tail.hasPrefix(Self.escapedEnd)
        guard number.count <= 9, let index = Int(number), String(index) == number, index < count,
              escaped || tail.hasPrefix(Self.rawEnd) else { return .notAMarker(start) }
        let end = tail.index(tail.startIndex, offsetBy: (escaped ? Self.escapedEnd : Self.rawEnd).count)
        return .value(start.lowerBound..<end, index: index, escaped: escaped)
    }
}
