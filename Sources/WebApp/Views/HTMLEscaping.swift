import Foundation
import Mustache

/// How every `{{value}}` in Chorus's templates is escaped, byte by byte.
///
/// swift-mustache's own HTML escaping compares whole characters, so a quote or an angle bracket
/// followed by a combining mark (`"\u{301}`) is one character that is not `"`, and passed through
/// unescaped: the browser still reads the `"` and ends the attribute there (form fields lose such
/// marks at the door, `FormFields.detachingMarksFromMarkup`, but survey files and stored posts
/// do not pass that door). This escapes every
/// `<`, `>`, `&`, `"` and `'` byte, whatever follows it, and returns the text untouched (without
/// copying) when it has none, which is most text: it was also the largest cost of a forum page.
struct ChorusHTMLEscaping: MustacheContentType {
    /// The name templates use: `{{% CONTENT_TYPE: CHORUS_HTML}}`, which `TemplateSource` puts at
    /// the start of every template.
    static let name = "CHORUS_HTML"

    /// Registers it with swift-mustache (once; registering again changes nothing).
    static let registered: Void = MustacheContentTypes.register(ChorusHTMLEscaping(), named: name)

    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        escape(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text`, escaped, to `out`: for HTML written byte by byte (`PostListHTML`).
    static func escape(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { escape($0, into: &out) }
    }

    /// Appends UTF-8 `bytes`, escaped, to `out`. One pass, copying the runs between the five
    /// characters whole: the one escaping loop, for whole texts and for a post's lines.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var run = 0, index = 0
        while true {
            index = firstNotPlain(in: bytes, from: index, strictly: false)
            guard index < bytes.count, let entity = entity(for: bytes[index]) else { break }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
            append(entity, to: &out)
            index += 1
            run = index
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
    }

    /// The index of the first byte from `start` on that is one of the five escaped, or with
    /// `strictly` also a line break, any other control character or a byte outside printable
    /// ASCII; `bytes.count` when there is none. Eight bytes are looked at together, as one 64-bit
    /// word, since most text has none of them: one byte at a time, this scan was a tenth of a
    /// thread page. `HTMLEscapingTests` holds it to a byte-by-byte reading.
    @inline(__always)
    static func firstNotPlain(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, strictly: Bool) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        // Not zero exactly when a byte of `x` is zero (the carries it makes only reach bytes above
        // a zero byte, so the answer for the word is exact).
        @inline(__always) func hasZeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & high }
        var index = start
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // `"`; `&` or `'` (0x26, 0x27: alike but for the lowest bit); `<` or `>` (0x3C, 0x3E:
            // alike but for the second bit).
            var found = hasZeroByte(word ^ (ones &* 0x22)) | hasZeroByte((word | ones) ^ (ones &* 0x27))
                | hasZeroByte((word | (ones &* 0x02)) ^ (ones &* 0x3E))
            if strictly {
                // A byte below 0x20, a byte with the high bit (outside ASCII), or 0x7F.
                found |= ((word &- (ones &* 0x20)) & ~word & high) | (word & high) | hasZeroByte(word ^ (ones &* 0x7F))
            }
            if found != 0 { break }
            index += 8
        }
        while index < bytes.count {
            let byte = base[index]
            if entity(for: byte) != nil || (strictly && (byte < 0x20 || byte > 0x7E)) { return index }
            index += 1
        }
        return bytes.count
    }

    /// What stands for `byte` in HTML, or nil when it stands for itself.
    static func entity(for byte: UInt8) -> StaticString? {
        switch byte {
        case 0x3C: "&lt;"
        case 0x3E: "&gt;"
        case 0x26: "&amp;"
        case 0x22: "&quot;"
        case 0x27: "&#39;"
        default: nil
        }
    }

    static func append(_ markup: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: markup.utf8Start, count: markup.utf8CodeUnitCount))
    }

    private static func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in firstNotPlain(in: bytes, from: 0, strictly: false) < bytes.count }
    }
}

/// Reads the web templates and starts each with the pragma that chooses `ChorusHTMLEscaping`, so
/// no template can be rendered with swift-mustache's default escaping.
enum TemplateSource {
    /// What every template starts with: Chorus's escaping for every `{{value}}`.
    static let pragma = "{{% CONTENT_TYPE: \(ChorusHTMLEscaping.name)}}"

    /// Whether a template's text (with or without the pragma) is a page inside the layout.
    static func isPage(_ text: String) -> Bool {
        text.hasPrefix(pragma + layoutOpening) || text.hasPrefix(layoutOpening)
    }

    private static let layoutOpening = "{{<layout}}"

    /// Each template's text by name, as it is registered: the pragma first, and nothing after a
    /// page's layout (a line break there is printed after the whole page, and with the layout
    /// rendered once, `LayoutFrames`, it would land inside the page).
    static func texts(directory: URL) throws -> [String: String] {
        _ = ChorusHTMLEscaping.registered
        var texts: [String: String] = [:]
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".mustache") }
        for name in names {
            var text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            if isPage(text) { while text.last?.isWhitespace == true { text.removeLast() } }
            texts[String(name.dropLast(".mustache".count))] = pragma + text
        }
        return texts
    }

    static func library(texts: [String: String]) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in texts { try library.register(text, named: name) }
        return library
    }

    /// The templates with one language's words written in: every `{{t.name}}` becomes the
    /// catalogue's text for it and every `{{langQuery}}` the language's query, escaped as
    /// rendering would escape them. They are the same on every page in that language, and looking
    /// each up through Mustache's context was most of a short page's work. Words that hold a brace
    /// are left to be looked up, so nothing written in can be read as a tag, alone or with the
    /// text beside it. The words are the same inside a section only because no section's values
    /// have a `t` or a `langQuery` of their own (`LayoutFramesTests` renders the sections).
    /// `LayoutFramesTests` checks every page against the templates as written.
    static func baking(_ texts: [String: String], words: [String: String], langQuery: String) -> [String: String] {
        texts.mapValues { text in
            let (pieces, rest) = tags(in: Substring(text))
            var baked = ""
            for (before, tag, name) in pieces {
                baked += before
                let value: String? = if name == "langQuery" {
                    langQuery
                } else if name.hasPrefix("t."), name.dropFirst(2).allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                    words[String(name.dropFirst(2))]
                } else {
                    nil
                }
                if let value, !value.contains("{"), !value.contains("}"), !name.isEmpty {
                    baked += ChorusHTMLEscaping.escape(value)
                } else {
                    baked += tag
                }
            }
            return baked + rest
        }
    }

    /// `text` cut at its tags: each run of text with the tag after it (`{{name}}`) and what is
    /// inside, then what follows the last tag (from an unclosed `{{` on, if there is one).
    static func tags(in text: Substring) -> (pieces: [(before: Substring, tag: Substring, name: Substring)], rest: Substring) {
        var pieces: [(before: Substring, tag: Substring, name: Substring)] = []
        var rest = text
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            pieces.append((rest[..<open.lowerBound], rest[open.lowerBound..<close.upperBound], rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return (pieces, rest)
    }
}
