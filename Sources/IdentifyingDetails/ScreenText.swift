import Foundation

/// A post as the scanners read it: folded to lower case without accents, with look-alike
/// punctuation made plain (curly apostrophes, dashes, odd spaces, full-width digits) and invisible
/// characters dropped, so "Zoë", "ZOE" and "Zo\u{200B}e" all read "zoe" and "０７７００" reads "07700".
/// Every folded character remembers where it came from, so a match maps back to an exact range of
/// the original post for highlighting.
struct ScreenText {
    let source: String
    /// Folded characters.
    private(set) var chars: [Character] = []
    /// Whether the original character was upper case (some details are only believable in capitals).
    private(set) var isUpper: [Bool] = []
    /// Where each folded character starts and ends in `source`.
    private(set) var starts: [String.Index] = []
    private(set) var ends: [String.Index] = []
    /// Runs of letters and digits (with apostrophes inside words, so "smith's" is one token).
    private(set) var tokens: [ScreenToken] = []

    init(_ source: String) {
        self.source = source
        chars.reserveCapacity(source.utf8.count)
        var index = source.startIndex
        for character in source {
            let next = source.index(after: index)
            let upper = character.isUppercase
            for folded in Self.fold(character) {
                chars.append(folded)
                isUpper.append(upper)
                starts.append(index)
                ends.append(next)
            }
            index = next
        }
        tokens = Self.tokenize(chars, isUpper: isUpper)
    }

    var count: Int { chars.count }

    func char(_ i: Int) -> Character? {
        i >= 0 && i < chars.count ? chars[i] : nil
    }

    /// The original text's range for folded characters `start..<end`.
    func range(_ start: Int, _ end: Int) -> Range<String.Index> {
        starts[start]..<ends[end - 1]
    }

    /// The folded characters between two tokens (or any two offsets).
    func text(_ start: Int, _ end: Int) -> String {
        start < end ? String(chars[start..<end]) : ""
    }

    /// What lies between token `a` and the token after it.
    func gapAfter(_ a: Int) -> String {
        guard a + 1 < tokens.count else { return text(tokens[a].end, chars.count) }
        return text(tokens[a].end, tokens[a + 1].start)
    }

    /// What lies before token `a` (back to the previous token).
    func gapBefore(_ a: Int) -> String {
        text(a > 0 ? tokens[a - 1].end : 0, tokens[a].start)
    }

    /// The index of the token that starts exactly at character offset `i`, if any.
    func tokenIndex(startingAt i: Int) -> Int? {
        var low = 0, high = tokens.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if tokens[mid].start == i { return mid }
            if tokens[mid].start < i { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    /// The first token that starts at or after character offset `i`.
    func firstToken(atOrAfter i: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < i { low = mid + 1 } else { high = mid }
        }
        return low
    }

    // MARK: - Folding

    private static let plainPunctuation: [Unicode.Scalar: Character] = {
        var map: [Unicode.Scalar: Character] = [:]
        for v: UInt32 in [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D] {
            map[Unicode.Scalar(v)!] = "-"
        }
        for v: UInt32 in [0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
                          0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000] {
            map[Unicode.Scalar(v)!] = " "
        }
        for v: UInt32 in [0x2018, 0x2019, 0x201B, 0x02BC, 0x2032, 0xFF07, 0x0060, 0x00B4] {
            map[Unicode.Scalar(v)!] = "'"
        }
        for v: UInt32 in [0x201C, 0x201D, 0x201E, 0x2033, 0xFF02] { map[Unicode.Scalar(v)!] = "\"" }
        for v: UInt32 in [0x2024, 0x3002, 0xFF0E, 0xFE52] { map[Unicode.Scalar(v)!] = "." }
        for v: UInt32 in [0xFE6B, 0xFF20] { map[Unicode.Scalar(v)!] = "@" }
        map[Unicode.Scalar(0x2044)!] = "/"
        return map
    }()

    /// One original character becomes zero (invisible), one, or occasionally more folded characters.
    static func fold(_ character: Character) -> [Character] {
        if let ascii = character.asciiValue {
            if ascii >= 65 && ascii <= 90 { return [Character(Unicode.Scalar(ascii + 32))] }
            if ascii == 13 || ascii == 10 { return ["\n"] }  // "\r\n" is one Character
            return [character]
        }
        let scalars = character.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first {
            if let plain = plainPunctuation[scalar] { return [plain] }
            // Digits from other scripts ("٠٧٧٠٠") are still digits of a phone number.
            if scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue,
               value >= 0, value <= 9 {
                return [Character(String(Int(value)))]
            }
        }
        var kept = String.UnicodeScalarView()
        for scalar in scalars {
            switch scalar.properties.generalCategory {
            case .format, .nonspacingMark, .enclosingMark, .control: continue
            default: kept.append(scalar)
            }
        }
        if kept.isEmpty { return [] }
        let folded = String(kept).folding(
            options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return folded.map { folded in
            if let scalar = folded.unicodeScalars.first, folded.unicodeScalars.count == 1,
               let plain = plainPunctuation[scalar] {
                return plain
            }
            return folded
        }
    }

    // MARK: - Tokens

    static func isDigit(_ c: Character) -> Bool {
        guard let a = c.asciiValue else { return false }
        return a >= 48 && a <= 57
    }

    static func isWordCharacter(_ c: Character) -> Bool {
        isDigit(c) || c.isLetter
    }

    private static func tokenize(_ chars: [Character], isUpper: [Bool]) -> [ScreenToken] {
        var tokens: [ScreenToken] = []
        var i = 0
        while i < chars.count {
            guard isWordCharacter(chars[i]) else { i += 1; continue }
            let start = i
            while i < chars.count {
                if isWordCharacter(chars[i]) {
                    i += 1
                } else if chars[i] == "'", i + 1 < chars.count, chars[i + 1].isLetter, chars[i - 1].isLetter {
                    i += 1  // "smith's", "o'brien", "don't"
                } else {
                    break
                }
            }
            tokens.append(ScreenToken(chars: chars, isUpper: isUpper, start: start, end: i))
        }
        return tokens
    }
}

/// A run of letters and digits in a `ScreenText`.
struct ScreenToken {
    let start: Int
    let end: Int
    /// Folded text.
    let text: String
    let isNumeric: Bool
    let isAlphabetic: Bool
    /// The first character was a capital in the original.
    let isCapitalized: Bool
    /// Every letter was a capital in the original (and there was at least one).
    let isAllCaps: Bool
    /// No letter was a capital in the original.
    let isAllLower: Bool
    let hasLetters: Bool

    init(chars: [Character], isUpper: [Bool], start: Int, end: Int) {
        self.start = start
        self.end = end
        let slice = chars[start..<end]
        text = String(slice)
        isNumeric = slice.allSatisfy(ScreenText.isDigit)
        isAlphabetic = slice.allSatisfy { $0.isLetter || $0 == "'" }
        isCapitalized = isUpper[start]
        var letters = 0, capitals = 0
        for i in start..<end where chars[i].isLetter {
            letters += 1
            if isUpper[i] { capitals += 1 }
        }
        isAllCaps = letters > 0 && capitals == letters
        isAllLower = capitals == 0
        hasLetters = letters > 0
    }

    var length: Int { end - start }

    /// The text without a possessive ending ("smith's" → "smith").
    var withoutPossessive: String {
        text.hasSuffix("'s") ? String(text.dropLast(2)) : text
    }
}
