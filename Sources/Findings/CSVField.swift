import Foundation

/// RFC 4180 quoting for one field: a field holding a comma, a double quote or a line break is
/// wrapped in double quotes, with each double quote doubled; any other field is written as it is.
enum CSVField {
    static func quoted(_ field: String) -> String {
        let special = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard special else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record. Lines end in "\n" (not CRLF): every CSV reader accepts it, and Swift treats
    /// "\r\n" as one Character, which would trip anyone splitting the file on "\n".
    static func record(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\n"
    }
}
