import Foundation

/// A text split into words, the way theme rules and redaction read it: runs of letters and digits
/// (an apostrophe between letters stays inside: "didn't", "O'Brien", "Sarah's"), each with where
/// it is in the original and how it was written. Everything else (spaces, punctuation, hyphens)
/// only separates words, so "ex-partner" is two words and "A&E" is "a", "e".
public struct WordText: Sendable {
    public let source: String
    public let tokens: [WordToken]

    public init(_ source: String) {
        self.source = source
        var tokens: [WordToken] = []
        var index = source.startIndex
        var gapStart = source.startIndex
        while index < source.endIndex {
            guard Self.isWordCharacter(source[index]) else {
                index = source.index(after: index)
                continue
            }
            let start = index
            var end = source.index(after: index)
            while end < source.endIndex {
                if Self.isWordCharacter(source[end]) {
                    end = source.index(after: end)
                } else if Self.apostrophes.contains(source[end]), source.index(after: end) < source.endIndex,
                          source[source.index(after: end)].isLetter, source[source.index(before: end)].isLetter {
                    end = source.index(after: end)
                } else {
                    break
                }
            }
            let gap = source[gapStart..<start]
            tokens.append(WordToken(
                original: source[start..<end], range: start..<end,
                startsSentence: tokens.isEmpty || gap.contains(where: Self.sentenceEnds.contains)))
            index = end
            gapStart = end
        }
        self.tokens = tokens
    }

    /// The original text between token `a` and the one after it (or the end).
    public func gap(after a: Int) -> Substring {
        let end = a + 1 < tokens.count ? tokens[a + 1].range.lowerBound : source.endIndex
        return source[tokens[a].range.upperBound..<end]
    }

    /// The original text between the token before `a` (or the start) and token `a`.
    public func gap(before a: Int) -> Substring {
        let start = a > 0 ? tokens[a - 1].range.upperBound : source.startIndex
        return source[start..<tokens[a].range.lowerBound]
    }

    static let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}"]
    static let sentenceEnds: Set<Character> = [".", "!", "?", "\n", "\r\n", "\r", "\u{2026}"]

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// Lower case, accents and width folded, curly apostrophes made straight.
    static func fold(_ text: Substring) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return String(folded.map { apostrophes.contains($0) ? "'" : $0 })
    }
}

/// One word of a `WordText`.
public struct WordToken: Sendable {
    public let range: Range<String.Index>
    /// As written.
    public let original: Substring
    /// Folded (see `WordText.fold`), apostrophe kept: "didn't", "sarah's".
    public let lower: String
    /// Folded with apostrophes dropped, for matching phrases: "didnt", "childrens", "im".
    public let folded: String
    public let isCapitalized: Bool
    /// At least two letters, every one a capital: "CPS", "DARREN".
    public let isAllCaps: Bool
    public let isNumeric: Bool
    /// The first word, or the first after a full stop, question or exclamation mark, or line break.
    public let startsSentence: Bool

    init(original: Substring, range: Range<String.Index>, startsSentence: Bool) {
        self.original = original
        self.range = range
        self.startsSentence = startsSentence
        lower = WordText.fold(original)
        folded = lower.filter { $0 != "'" }
        isCapitalized = original.first?.isUppercase ?? false
        let letters = original.filter(\.isLetter)
        isAllCaps = letters.count >= 2 && letters.allSatisfy(\.isUppercase)
        isNumeric = original.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Without a possessive "'s" or a trailing "'": "sarah's" → "sarah".
    public var withoutPossessive: String {
        if lower.hasSuffix("'s") { return String(lower.dropLast(2)) }
        return lower
    }
}
