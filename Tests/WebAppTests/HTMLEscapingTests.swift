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
        let pieces = ["a", "<", ">", "&", "\"", "'", "\u{301}", "é", "ا", "👩‍👧", " ", "&amp;", "\n"]
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
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

