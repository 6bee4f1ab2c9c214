/// What any text in public findings must be, and how a value from the file is echoed in a problem.
enum TextRules {
    /// Why `text` cannot be published, or nil. `oneLine` texts (titles, labels) may not hold a line
    /// break; other texts may hold `\n` and nothing else below U+0020.
    static func problem(_ text: String, limit: Int, oneLine: Bool) -> String? {
        if text.allSatisfy(\.isWhitespace) {
            return "is empty. Write the words, or re-run chorus-analyst report."
        }
        let length = text.unicodeScalars.count
        if length > limit {
            return "is \(length) characters long; at most \(limit) are allowed here."
        }
        if let control = text.unicodeScalars.first(where: { isControl($0) && (oneLine || $0 != "\n") }) {
            let what = control == "\n" ? "a line break, which a title or label may not hold" : "a control character (\(code(control)))"
            return "holds \(what). Only plain text may be published."
        }
        if marksMarkup(text) {
            return "puts a combining mark on a quotation mark, apostrophe, <, > or &. Remove the mark: it could hide markup on the page."
        }
        return nil
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.generalCategory == .control }

    /// Whether a mark or joiner follows `"`, `'`, `<`, `>` or `&`, or starts the text. The page's templates escape
    /// whole characters, and such a pair is one character they would not recognise (the same
    /// defence as the web forms').
    static func marksMarkup(_ text: String) -> Bool {
        // The start counts as after a quotation mark: the file's own, which opens the string.
        var afterMarkup = true
        for scalar in text.unicodeScalars {
            let attaches = scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .spacingMark
                || scalar.value == 0x200D
            if afterMarkup, attaches { return true }
            afterMarkup = "\"'<>&".unicodeScalars.contains(scalar)
        }
        return false
    }

    /// A value from the file as a problem quotes it: in quotation marks, shortened, with control
    /// characters written as codes, so it cannot disturb a terminal or a page.
    static func shown(_ text: String, limit: Int = 40) -> String {
        var shown = ""
        var count = 0
        var afterMarkup = true  // the opening quotation mark
        for scalar in text.unicodeScalars {
            if count == limit {
                shown += "…"
                break
            }
            let attaches = scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .spacingMark
            let unsafe = isControl(scalar) || scalar.properties.generalCategory == .format || (afterMarkup && attaches)
            shown += unsafe ? code(scalar) : String(scalar)
            afterMarkup = !unsafe && "\"'<>&".unicodeScalars.contains(scalar)
            count += 1
        }
        return "\"" + shown + "\""
    }

    static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
