import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

/// Every value a template prints is escaped byte by byte (`ChorusHTMLEscaping`).
@Suite struct HTMLEscapingTests {
    /// The same result as escaping each Unicode scalar, for text of every kind.
    @Test func escapingMatchesAScalarByScalarReference() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "<", ">", "&", "\"", "'", "\u{301}", "é", "ا", "👩‍👧", " ", "&amp;", "\n", "nobody asked me on my own"]
        for round in 0..<4000 {
            // Long texts too, so the eight-byte scan meets each character at every place.
            let count = Int.random(in: 0...(round.isMultiple(of: 2) ? 12 : 60), using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let reference = text.unicodeScalars.map { scalar -> String in
                switch scalar {
                case "<": return "&lt;"
                case ">": return "&gt;"
                case "&": return "&amp;"
                case "\"": return "&quot;"
                case "'": return "&#39;"
                default: return String(scalar)
                }
            }.joined()
            #expect(ChorusHTMLEscaping.escape(text) == reference)
        }
    }

    /// The eight-byte scan finds what a byte-by-byte reading finds, wherever it stands, for
    /// every byte value.
    @Test func theScanFindsTheFirstByteAByteByByteReadingFinds() {
        var generator = SystemRandomNumberGenerator()
        let special: Set<UInt8> = [0x22, 0x26, 0x27, 0x3C, 0x3E]
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...70, using: &generator)
            // Mostly plain letters, so the byte found may stand anywhere in a long run.
            let bytes: [UInt8] = (0..<count).map { _ in
                Int.random(in: 0..<8, using: &generator) == 0 ? UInt8.random(in: 0...255, using: &generator) : UInt8.random(in: 0x61...0x7A, using: &generator)
            }
            let start = Int.random(in: 0...count, using: &generator)
            for strictly in [false, true] {
                let expected = bytes[start...].firstIndex { special.contains($0) || (strictly && ($0 < 0x20 || $0 > 0x7E)) } ?? count
                let found = bytes.withUnsafeBufferPointer { ChorusHTMLEscaping.firstNotPlain(in: $0, from: start, strictly: strictly) }
                #expect(found == expected, "\(bytes) from \(start), strictly \(strictly)")
            }
        }
    }

    /// No template can be rendered with swift-mustache's default escaping, which compares whole
    /// characters and so passed `"` followed by a combining mark, ending an attribute. (Form fields
    /// also lose such marks at the door, `FormFields.detachingMarksFromMarkup`; values from files
    /// and the database do not pass that door.)
    @Test func everyTemplateUsesChorusEscaping() async throws {
        let renderer = try await PageRenderer(siteName: "Site", exitURL: "https://example.org")
        let quote = "\"\u{301}", apostrophe = "'\u{301}"
        let html = renderer.html("message", ["heading": quote, "message": apostrophe])
        let escapedQuote = "&quot;\u{301}", escapedApostrophe = "&#39;\u{301}"
        #expect(html.contains(escapedQuote))
        #expect(html.contains(escapedApostrophe))
    }
}

