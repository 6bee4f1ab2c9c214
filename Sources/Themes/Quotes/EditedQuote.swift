import Foundation

/// Checks a lead's shortened quote (`edited_quote`) against her sealed words. A lead may cut a
/// quote and hide more than redaction did, never add or change words:
/// - cuts are marked with "...", "…" or "[...]"; each piece between them must appear in her
///   answer, in order;
/// - inside a piece, a placeholder such as `[name]` or `[place]` stands for any words she wrote
///   there, so a lead can hide a detail the redactor missed;
/// - case, spacing and straight or curly quotes may differ, nothing else.
/// What is published is then the edited quote redacted again (`Redactor`), so an edit can never
/// bring back what redaction took out.
enum EditedQuote {
    static let cutMarks = ["[...]", "[…]", "...", "…"]

    static func isHerWords(_ edited: String, original: String) -> Bool {
        var pieces = [normalise(edited)]
        for mark in cutMarks {
            pieces = pieces.flatMap { $0.components(separatedBy: mark) }
        }
        pieces = pieces.map { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters.subtracting(CharacterSet(charactersIn: "[]")))) }
            .filter { !$0.isEmpty }
        guard !pieces.isEmpty else { return false }
        let source = normalise(original)
        var from = source.startIndex
        for piece in pieces {
            guard let expression = try? NSRegularExpression(pattern: pattern(for: piece), options: [.caseInsensitive]) else { return false }
            let range = NSRange(from..<source.endIndex, in: source)
            guard let match = expression.firstMatch(in: source, range: range), let found = Range(match.range, in: source) else { return false }
            from = found.upperBound
        }
        return true
    }

    /// The piece as a pattern: its words literally, any spacing between them, placeholders as any text.
    private static func pattern(for piece: String) -> String {
        var pattern = NSRegularExpression.escapedPattern(for: piece)
        for kind in RedactionKind.allCases {
            pattern = pattern.replacingOccurrences(of: NSRegularExpression.escapedPattern(for: kind.placeholder), with: ".+?")
        }
        return pattern.replacingOccurrences(of: #"\s+"#, with: #"\\s+"#, options: .regularExpression)
    }

    private static func normalise(_ text: String) -> String {
        var result = text
        for (from, to) in [("\u{2019}", "'"), ("\u{2018}", "'"), ("\u{201C}", "\""), ("\u{201D}", "\"")] {
            result = result.replacingOccurrences(of: from, with: to)
        }
        return result
    }
}
