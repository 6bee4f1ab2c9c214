/// Word lists shared by the scanners. All entries are folded (lower case, no accents).
enum ScreenVocabulary {
    /// Everyday words that are never a handle, a street name or the tail of a number plate.
    /// Used to stop "his insta is private" or "3 close friends" being held.
    static let common: Set<String> = [
        "a", "about", "after", "again", "all", "also", "always", "am", "an", "and", "any", "are", "as", "at",
        "away", "back", "bad", "be", "because", "been", "before", "being", "best", "better", "big", "both",
        "but", "by", "can", "cant", "can't", "could", "dead", "did", "didnt", "didn't", "do", "does", "doing",
        "done", "dont", "don't", "down", "each", "even", "ever", "every", "few", "for", "from", "full", "gave",
        "get", "gets", "go", "goes", "going", "gone", "good", "got", "great", "had", "has", "have", "he",
        "her", "here", "him", "his", "how", "i", "if", "im", "i'm", "in", "into", "is", "isnt", "isn't", "it",
        "its", "it's", "just", "last", "less", "like", "little", "long", "lot", "lots", "made", "make",
        "many", "may", "me", "might", "more", "most", "much", "must", "my", "near", "never", "new", "next",
        "no", "not", "now", "of", "off", "often", "old", "on", "once", "one", "only", "or", "other", "our",
        "out", "over", "own", "quite", "really", "right", "same", "said", "saw", "see", "she", "should",
        "since", "so", "some", "still", "such", "than", "that", "the", "their", "them", "then", "there",
        "these", "they", "this", "those", "though", "through", "to", "too", "took", "under", "until", "up",
        "us", "very", "was", "way", "we", "well", "went", "were", "what", "when", "where", "which", "while",
        "who", "why", "will", "with", "would", "yes", "yet", "you", "your",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third",
        "private", "public", "deleted", "blocked", "locked", "closed", "open", "hacked", "fake",
        "active", "inactive", "different", "separate", "basically", "literally", "probably",
        "definitely", "actually", "mostly", "everywhere", "nothing", "something", "anything",
    ]

    /// Digit words people use to spell a number out ("oh seven seven oh oh...").
    static let digitWords: [String: Character] = [
        "zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1", "two": "2", "three": "3",
        "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    ]

    /// "double seven", "triple oh".
    static let repeatWords: [String: Int] = ["double": 2, "triple": 3, "treble": 3]

    /// Month names and their common abbreviations, to month numbers.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Possessives that make "my insta is jo" or "her number" about a particular person.
    static let possessives: Set<String> = ["my", "her", "his", "their", "your", "our", "mine", "hers"]

    /// Whether `text` is only whitespace (no line break) of at most `limit` characters.
    static func isSpacing(_ text: String, limit: Int = 2) -> Bool {
        !text.isEmpty && text.count <= limit && text.allSatisfy { $0 == " " || $0 == "\t" }
    }
}
