import Foundation
import SurveyKit

/// Reads an `application/x-www-form-urlencoded` body into name/value pairs, keeping repeats
/// (a multiple-choice question sends one field per ticked option) and their order.
enum FormFields {
    /// Most fields a form may send; far more than any survey page has.
    static let maximumCount = 2000

    /// Nil when the body is not valid form encoding, or a name or value holds a control character
    /// other than a tab or a line break. Pairs are split at the bytes `&` and `=`, as the URL
    /// standard's form parsing does: splitting the text by characters also looked for grapheme
    /// boundaries, and took a tenth of a submission's time.
    static func parse(_ body: String) -> [(name: String, value: String)]? {
        var body = body
        return body.withUTF8 { bytes -> [(name: String, value: String)]? in
            var fields: [(name: String, value: String)] = []
            var start = bytes.startIndex
            while start < bytes.endIndex {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "&")) ?? bytes.endIndex
                defer { start = end + 1 }
                guard end > start else { continue }
                guard fields.count < maximumCount else { return nil }
                let pair = bytes[start..<end]
                let equals = pair.firstIndex(of: UInt8(ascii: "="))
                guard let name = decode(pair[..<(equals ?? end)]), !name.isEmpty else { return nil }
                guard let value = equals.map({ decode(pair[($0 + 1)...]) }) ?? "" else { return nil }
                fields.append((name, value))
            }
            return fields
        }
    }

    /// `+` as a space and `%XX` as a byte, then UTF-8; nil for a broken `%` escape, bytes that are
    /// not UTF-8, or a control character. Byte by byte: a survey's last page posts every answer,
    /// and Foundation's percent decoding and a walk over every scalar were a third of its work.
    private static func decode(_ part: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(part.count)
        var iterator = part.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"):
                bytes.append(0x20)
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
                bytes.append(high << 4 | low)
            default:
                bytes.append(byte)
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self), !ControlCharacters.found(in: bytes, allowing: allowedControls) else { return nil }
        return marksMayFollowMarkup(bytes) ? detachingMarksFromMarkup(text) : text
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Whether anything non-ASCII comes straight after `"`, `'`, `<`, `>` or `&`: only then can a
    /// mark be attached to one of them (`detachingMarksFromMarkup`).
    static func marksMayFollowMarkup(_ bytes: [UInt8]) -> Bool {
        var afterMarkup = false
        for byte in bytes {
            if afterMarkup, byte >= 0x80 { return true }
            afterMarkup = byte == 0x22 || byte == 0x27 || byte == 0x3C || byte == 0x3E || byte == 0x26
        }
        return false
    }

    /// A control character no browser sends from a form (anything but tab, CR and LF). Refused at
    /// the door, because SQLite reads text only up to a NUL: `NAME%00x` was looked up as NAME but
    /// counted against the whole string, so the pause after wrong sign-ins never came.
    static func hasControlCharacters(_ text: String) -> Bool {
        ControlCharacters.found(in: text.utf8, allowing: allowedControls)
    }

    /// The control characters a browser does send from a form: tab, CR and LF.
    static let allowedControls: [UInt8] = [0x09, 0x0A, 0x0D]

    /// Drops combining marks and joiners placed straight after `"`, `'`, `<`, `>` or `&`. The template
    /// engine escapes whole characters, and `"` followed by a combining accent is one character it
    /// does not recognise, so an echoed value could otherwise break out of an HTML attribute.
    /// No language puts an accent on a quote or a bracket, so nothing she writes is lost.
    static func detachingMarksFromMarkup(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var afterMarkup = false
        for scalar in text.unicodeScalars {
            let attaches = scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .spacingMark
                || scalar.value == 0x200D
            if afterMarkup, attaches { continue }
            afterMarkup = "\"'<>&".unicodeScalars.contains(scalar)
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
