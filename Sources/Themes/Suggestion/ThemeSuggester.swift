/// Runs a taxonomy's phrase rules over a text answer and suggests themes, each with the phrase that
/// matched, so the lead can see why. Suggestions come in taxonomy order, one per theme (its first
/// match in the text), whatever order the words came in.
///
/// A phrase counts unless:
/// - the theme says `unless_negated` and a negating word ("not", "never", "didn't", "no one"...)
///   is among the three words before it;
/// - one of the theme's `not_near` phrases starts within three words of it, before or after.
public struct ThemeSuggester: Sendable {
    public let taxonomy: ThemeTaxonomy
    /// How many words around a phrase the negation and `not_near` guards look at.
    public static let window = 3

    /// Folded (apostrophes dropped) words that negate what follows.
    static let negators: Set<String> = [
        "not", "no", "never", "didnt", "dont", "doesnt", "wasnt", "werent", "isnt", "arent", "couldnt",
        "wouldnt", "wont", "cant", "cannot", "shouldnt", "hasnt", "havent", "hadnt", "nobody", "noone",
        "nothing", "hardly", "barely", "without", "neither", "nor", "lack", "lacked", "failed",
    ]

    public init(taxonomy: ThemeTaxonomy) { self.taxonomy = taxonomy }

    public func suggestions(for text: String) -> [ThemeSuggestion] {
        let words = WordText(text)
        guard !words.tokens.isEmpty else { return [] }
        var found: [ThemeSuggestion] = []
        for theme in taxonomy.themes {
            if let suggestion = firstMatch(of: theme, in: words) { found.append(suggestion) }
        }
        return found
    }

    /// Just the ids, in taxonomy order.
    public func suggestedIDs(for text: String) -> [String] { suggestions(for: text).map(\.themeID) }

    private func firstMatch(of theme: Theme, in words: WordText) -> ThemeSuggestion? {
        for start in words.tokens.indices {
            for phrase in theme.phrases {
                guard let end = phrase.match(in: words, at: start) else { continue }
                if theme.unlessNegated, isNegated(before: start, in: words) { continue }
                if isNear(theme.notNear, start: start, end: end, in: words) { continue }
                let matched = words.source[words.tokens[start].range.lowerBound..<words.tokens[end - 1].range.upperBound]
                return ThemeSuggestion(themeID: theme.id, phrase: phrase.source, matched: String(matched))
            }
        }
        return nil
    }

    /// A negator among the few words before `start`, in the same sentence ("Not at first. They
    /// believed me" is believed).
    private func isNegated(before start: Int, in words: WordText) -> Bool {
        var index = start - 1
        while index >= max(0, start - Self.window), !words.tokens[index + 1].startsSentence {
            if Self.negators.contains(words.tokens[index].folded) { return true }
            index -= 1
        }
        return false
    }

    private func isNear(_ patterns: [PhrasePattern], start: Int, end: Int, in words: WordText) -> Bool {
        guard !patterns.isEmpty else { return false }
        let from = max(0, start - Self.window)
        let to = min(words.tokens.count, end + Self.window)
        for index in from..<to where index < start || index >= end {
            if patterns.contains(where: { $0.match(in: words, at: index) != nil }) { return true }
        }
        return false
    }
}
