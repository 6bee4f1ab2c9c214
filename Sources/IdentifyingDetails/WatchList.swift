/// A deployment's own list of names, places and words to watch for: the streets, schools, towns and
/// people that matter locally and that no general rule could know. Names and places always hold a
/// post; each word chooses to block, hold or mask.
///
/// Matching is case- and accent-insensitive and by whole words: "Jordan Smith" matches
/// "jordan smith's house" and "JORDAN-SMITH", "Ashford" matches "in ASHFORD," but not "Ashfordly".
/// A multi-word entry matches only as a whole ("Jordan Smith" does not match "Jordan" alone; add
/// "Jordan" too if the first name alone is a risk). Words in an entry may be separated in the post
/// by spaces, a line break, "-", "_" or "."; the last may carry a possessive "'s".
public struct WatchList: Sendable {
    public struct Entry: Sendable, Equatable, Codable {
        public let phrase: String
        public let kind: DetailKind
        public let action: WatchAction

        public init(phrase: String, kind: DetailKind, action: WatchAction) {
            self.phrase = phrase
            self.kind = kind
            self.action = action
        }
    }

    public let entries: [Entry]
    /// Entries by their first folded word.
    private let index: [String: [(words: [String], entry: Entry)]]

    public init(names: [String] = [], places: [String] = [], words: [(String, WatchAction)] = []) {
        self.init(entries: names.map { Entry(phrase: $0, kind: .watchedName, action: .hold) }
            + places.map { Entry(phrase: $0, kind: .watchedPlace, action: .hold) }
            + words.map { Entry(phrase: $0.0, kind: .watchedWord, action: $0.1) })
    }

    /// For lists loaded from a deployment's configuration.
    public init(entries: [Entry]) {
        self.entries = entries
        var index: [String: [(words: [String], entry: Entry)]] = [:]
        for entry in entries {
            let words = ScreenText(entry.phrase).tokens.map(\.text)
            guard let first = words.first else { continue }
            index[first, default: []].append((words, entry))
        }
        self.index = index
    }

    public var isEmpty: Bool { index.isEmpty }

    func candidates(in t: ScreenText) -> [ScreenCandidate] {
        guard !index.isEmpty else { return [] }
        var found: [ScreenCandidate] = []
        for k in t.tokens.indices {
            let token = t.tokens[k]
            var keys = [token.text]
            if token.withoutPossessive != token.text { keys.append(token.withoutPossessive) }
            for key in keys {
                for (words, entry) in index[key] ?? [] {
                    if let end = match(words, in: t, at: k) {
                        found.append(ScreenCandidate(entry.kind, token.start, end, action: entry.action))
                    }
                }
            }
        }
        return found
    }

    /// The end of `words` matched from token `k`, or nil.
    private func match(_ words: [String], in t: ScreenText, at k: Int) -> Int? {
        guard k + words.count <= t.tokens.count else { return nil }
        for (offset, word) in words.enumerated() {
            let token = t.tokens[k + offset]
            let isLast = offset == words.count - 1
            if offset > 0, !Self.isSimpleGap(t.gapBefore(k + offset)) { return nil }
            if token.text == word { continue }
            if isLast, token.withoutPossessive == word { return token.end - 2 }
            return nil
        }
        return t.tokens[k + words.count - 1].end
    }

    private static func isSimpleGap(_ gap: String) -> Bool {
        gap.count <= 3 && gap.allSatisfy { " \t\n-_.".contains($0) } && gap.filter({ $0 == "\n" }).count <= 1
    }
}
