import Foundation

/// Reads an `application/x-www-form-urlencoded` body into name/value pairs, keeping repeats
/// (a multiple-choice question sends one field per ticked option) and their order.
enum FormFields {
    /// Most fields a form may send; far more than any survey page has.
    static let maximumCount = 2000

    /// Nil when the body is not valid form encoding.
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
        part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
