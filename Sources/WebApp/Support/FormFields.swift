import Foundation

/// Reads an `application/x-www-form-urlencoded` body into name/value pairs, keeping repeats
/// (a multiple-choice question sends one field per ticked option) and their order.
enum FormFields {
    /// Most fields a form may send; far more than any survey page has.
    static let maximumCount = 2000

    /// Nil when the body is not valid form encoding, or a name or value holds a control character
    /// other than a tab or a line break.
    static func parse(_ body: String) -> [(name: String, value: String)]? {
        var fields: [(name: String, value: String)] = []
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            guard fields.count < maximumCount else { return nil }
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]), !name.isEmpty else { return nil }
            guard let value = parts.count > 1 ? decode(parts[1]) : "" else { return nil }
            fields.append((name, value))
        }
        return fields
    }

    private static func decode(_ part: Substring) -> String? {
        guard let text = part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding, !hasControlCharacters(text) else { return nil }
        return detachingMarksFromMarkup(text)
    }

    /// A control character no browser sends from a form (anything but tab, CR and LF). Refused at
    /// the door, because SQLite reads text only up to a NUL: `NAME%00x` was looked up as NAME but
    /// counted against the whole string, so the pause after wrong sign-ins never came.
    static func hasControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: false
            case 0x00...0x1F, 0x7F...0x9F: true
            default: false
            }
        }
    }

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
