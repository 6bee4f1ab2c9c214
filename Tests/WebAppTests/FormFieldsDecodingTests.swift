import Foundation
import Testing
import TestSupport
@testable import WebApp

/// The byte-by-byte form decoder gives exactly what Foundation's percent decoding, the control
/// check and the mark detaching gave before it, on bodies built to hit every edge.
@Suite struct FormFieldsDecodingTests {
    /// The decoder as it was: Foundation's percent decoding, then the two checks on the whole text,
    /// the control check on scalars as it was written then.
    static func reference(_ body: String) -> [(name: String, value: String)]? {
        var fields: [(name: String, value: String)] = []
        func hasControlCharacters(_ text: String) -> Bool {
            text.unicodeScalars.contains { scalar in
                switch scalar.value {
                case 0x09, 0x0A, 0x0D: false
                case 0x00...0x1F, 0x7F...0x9F: true
                default: false
                }
            }
        }
        func decode(_ part: Substring) -> String? {
            guard let text = part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding,
                  !hasControlCharacters(text) else { return nil }
            return FormFields.detachingMarksFromMarkup(text)
        }
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            guard fields.count < FormFields.maximumCount else { return nil }
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]), !name.isEmpty else { return nil }
            guard let value = parts.count > 1 ? decode(parts[1]) : "" else { return nil }
            fields.append((name, value))
        }
        return fields
    }

    static let pieces = [
        "a", "Z", "0", "+", "&", "=", "%", "%2", "%20", "%2B", "%26", "%3D", "%22", "%27", "%3C", "%3E", "%3c", "%zz",
        "%CC%81", "%E2%80%8D", "%C2%85", "%C2%A0", "%00", "%09", "%0A", "%0D", "%1F", "%7F", "%FF", "%C3", "%C3%A9",
        "é", "\"", "<", "'", "ü", "%F0%9F%98%80", "%E0%A4%BF", " ",
    ]

    @Test func agreesWithTheOldDecoderOnTwentyThousandBodies() {
        var random = SplitMix64(seed: 13)
        var disagreements: [String] = []
        for _ in 0..<20_000 {
            let count = Int(random.next() % 12) + 1
            let body = (0..<count).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }.joined()
            let new = FormFields.parse(body).map { $0.map { "\($0.name)=\($0.value)" } }
            let old = Self.reference(body).map { $0.map { "\($0.name)=\($0.value)" } }
            if new != old { disagreements.append("\(body): \(String(describing: new)) vs \(String(describing: old))") }
            if disagreements.count > 5 { break }
        }
        #expect(disagreements.isEmpty, "\(disagreements)")
    }

    @Test func aMarkAfterAQuoteIsDetachedAndAControlIsRefused() {
        #expect(FormFields.parse("a=%22%CC%81x")?.first?.value == "\"x")
        #expect(FormFields.parse("a=caf%C3%A9+au+lait")?.first?.value == "café au lait")
        #expect(FormFields.parse("name=robin%00x") == nil)
        #expect(FormFields.parse("name=robin%C2%85") == nil)
        #expect(FormFields.parse("a=%FF") == nil)
    }

    /// Pairs split at the byte `&`, even where a raw combining mark after it would make one
    /// character of the two (browsers percent-encode such marks; the URL standard splits bytes).
    @Test func pairsSplitAtTheAmpersandByte() {
        #expect(FormFields.parse("a=1&\u{301}b=2&&c")?.map { "\($0.name)|\($0.value)" } == ["a|1", "\u{301}b|2", "c|"])
        #expect(FormFields.parse("a=1&&b=x=y")?.map { "\($0.name)|\($0.value)" } == ["a|1", "b|x=y"])
        #expect(FormFields.parse("&=d") == nil)
    }
}
