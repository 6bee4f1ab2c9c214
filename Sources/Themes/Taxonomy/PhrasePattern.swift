import Foundation

/// A phrase rule as written in themes.yaml: words matched whole and in order, case- and
/// accent-insensitively, with any punctuation or spacing between them ("ex partner" matches
/// "ex-partner"). A `*` ending the last word matches any ending ("believ*": believe, believed).
public struct PhrasePattern: Sendable, Equatable, CustomStringConvertible {
    /// As written, for explanations.
    public let source: String
    /// Folded words (see `WordText`).
    public let words: [String]
    /// The last word matches any word that starts with it.
    public let lastWordIsPrefix: Bool

    /// Nil when the phrase has no word in it, or a `*` anywhere but at the end.
    public init?(_ source: String) {
        let trimmed = source.trimmingCharacters(in: .whitespaces)
        var body = Substring(trimmed)
        let prefix = body.hasSuffix("*")
        if prefix { body = body.dropLast() }
        guard !body.contains("*") else { return nil }
        let words = WordText(String(body)).tokens.map(\.folded)
        guard !words.isEmpty, !(prefix && body.last.map { !$0.isLetter && !$0.isNumber } ?? true) else { return nil }
        self.source = trimmed
        self.words = words
        lastWordIsPrefix = prefix
    }

    public var description: String { source }

    /// Whether the phrase matches the words of `text` starting at token `index`; the index after
    /// the match if so.
    func match(in text: WordText, at index: Int) -> Int? {
        guard index + words.count <= text.tokens.count else { return nil }
        for (offset, word) in words.enumerated() {
            let token = text.tokens[index + offset].folded
            if offset == words.count - 1, lastWordIsPrefix {
                guard token.hasPrefix(word) else { return nil }
            } else if token != word {
                return nil
            }
        }
        return index + words.count
    }
}
