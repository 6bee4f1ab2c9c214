/// How conditions read and write numbers.
///
/// Only XPath's number syntax counts as a number: optional '-', digits, optional fraction,
/// surrounding spaces allowed. Swift's `Double(String)` alone would also accept "1e3", "inf",
/// "nan" and "0x1p3", which a text answer could contain by accident; those must stay text.
enum RelevanceNumber {
    /// The finite number `text` spells in XPath syntax, or nil if it is not one.
    static func parse(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        var low = 0
        var high = bytes.count
        while low < high, isSpace(bytes[low]) { low += 1 }
        while high > low, isSpace(bytes[high - 1]) { high -= 1 }

        var index = low
        let negative = index < high && bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        let integerStart = index
        while index < high, isDigit(bytes[index]) { index += 1 }
        let integerEnd = index
        var fractionStart = index
        var fractionEnd = index
        if index < high, bytes[index] == UInt8(ascii: ".") {
            index += 1
            fractionStart = index
            while index < high, isDigit(bytes[index]) { index += 1 }
            fractionEnd = index
        }
        guard index == high, integerEnd > integerStart || fractionEnd > fractionStart else { return nil }

        // Rebuild as "-0.5" rather than "-.5" or "5." so Double(String) reads it the same everywhere.
        var literal = negative ? "-" : ""
        literal += integerEnd > integerStart ? String(decoding: bytes[integerStart..<integerEnd], as: UTF8.self) : "0"
        if fractionEnd > fractionStart {
            literal += "." + String(decoding: bytes[fractionStart..<fractionEnd], as: UTF8.self)
        }
        guard let value = Double(literal), value.isFinite else { return nil }
        return value
    }

    /// Plain decimal text for a number: "3" not "3.0", "0.00001" not "1e-05",
    /// so it compares with option ids and text the way a survey author expects
    /// and can be read back by `parse`.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Infinity" : "Infinity") }
        if value == 0 { return "0" }  // also -0
        var text = "\(value)"  // shortest text that reads back exactly, e.g. "2.5", "1e-05", "1e+16"
        var sign = ""
        if text.hasPrefix("-") {
            sign = "-"
            text.removeFirst()
        }
        let parts = text.split(separator: "e", maxSplits: 1)
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var digits = String(mantissa[0]) + (mantissa.count == 2 ? String(mantissa[1]) : "")
        var point = mantissa[0].count + exponent  // decimal point sits before digits[point]
        if point < 1 {
            digits = String(repeating: "0", count: 1 - point) + digits
            point = 1
        }
        if point > digits.count {
            digits += String(repeating: "0", count: point - digits.count)
        }
        var whole = Substring(digits.prefix(point))
        var fraction = Substring(digits.dropFirst(point))
        while whole.count > 1, whole.first == "0" { whole.removeFirst() }
        while fraction.last == "0" { fraction.removeLast() }
        return sign + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
