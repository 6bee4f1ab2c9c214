/// Finds UK number plates:
/// - current (2001–): "AB12 CDE", "AB12CDE", "ab12 cde";
/// - prefix (1983–2001): "A123 BCD", "a123bcd";
/// - suffix (1963–1983): "ABC 123D", "abc123d";
/// - Northern Ireland: "ABZ 1234", "KIA 123" (the last two letters are a county code with I or Z).
///
/// The older formats look like road numbers and ordinary words ("M25 and", "the A1 was", "ran 5k"),
/// so written with a space they count only in capitals and when the letters are not an English
/// word. Joined into one word they are unmistakable in any case. The current format's first letter
/// must be a real DVLA region and its age digits a real year.
enum VehicleRegistrationScanner {
    private static let regionLetters: Set<Character> = [
        "a", "b", "c", "d", "e", "f", "g", "h", "k", "l", "m", "n", "o", "p", "r", "s", "v", "w", "y",
    ]
    private static let prefixYearLetters: Set<Character> = Set("abcdefghjklmnprstvwxy")
    private static let neverInPlates: Set<Character> = ["i", "q"]
    private static let northernIrelandCodes: Set<String> = [
        "az", "bz", "cz", "dz", "ez", "fz", "gz", "hz", "ia", "ib", "ig", "ij", "il", "iw", "jz", "kz", "lz",
        "mz", "nz", "oi", "oz", "pz", "rz", "sz", "tz", "ui", "uz", "vz", "wz", "xi", "xz", "yz",
    ]
    /// Three-letter words and abbreviations that follow road numbers or counts in ordinary text.
    private static let threeLetterWords: Set<String> = [
        "the", "and", "was", "for", "but", "not", "you", "are", "had", "has", "her", "him", "his", "she",
        "can", "our", "out", "all", "any", "one", "two", "six", "ten", "new", "old", "now", "got", "get",
        "too", "off", "way", "why", "who", "how", "did", "its", "let", "may", "say", "see", "use", "yet",
        "day", "man", "men", "kid", "mum", "dad", "son", "bus", "car", "van", "job", "pay", "fee",
        "gps", "nhs", "cps", "bbc", "itv", "sky", "dwp", "mot", "eta", "aka", "dva",
        "mph", "kms", "hrs", "min", "yrs", "pmt", "lol", "omg", "wtf", "idk", "tbh", "afe", "ems", "pcs",
        "ago", "age", "due", "end", "few", "own", "per", "via", "yes", "yep", "nah",
        "app", "apr", "aug", "dec", "feb", "jan", "jul", "jun", "mar", "nov", "oct", "sep", "mon", "tue",
        "wed", "thu", "fri", "sat", "sun", "run", "ran", "won", "lap", "top", "max",
    ]

    static func candidates(in t: ScreenText) -> [ScreenCandidate] {
        var found: [ScreenCandidate] = []
        var k = 0
        while k < t.tokens.count {
            let token = t.tokens[k]
            if isJoinedPlate(token.text) {
                found.append(ScreenCandidate(.vehicleRegistration, token.start, token.end))
                k += 1
                continue
            }
            if k + 1 < t.tokens.count, ScreenVocabulary.isSpacing(t.gapAfter(k)),
               isSpacedPlate(token, t.tokens[k + 1]) {
                found.append(ScreenCandidate(.vehicleRegistration, token.start, t.tokens[k + 1].end))
                k += 2
                continue
            }
            k += 1
        }
        return found
    }

    // MARK: - Shapes (on folded, lower-case text)

    private static func split(_ text: String) -> [(letters: Bool, part: String)] {
        var parts: [(letters: Bool, part: String)] = []
        for c in text {
            let isLetter = c.isASCII && c.isLetter
            guard isLetter || ScreenText.isDigit(c) else { return [] }
            if let last = parts.last, last.letters == isLetter {
                parts[parts.count - 1].part.append(c)
            } else {
                parts.append((isLetter, String(c)))
            }
        }
        return parts
    }

    private static func isCurrentStart(_ letters: String, _ digits: String) -> Bool {
        let l = Array(letters)
        guard l.count == 2, regionLetters.contains(l[0]), !neverInPlates.contains(l[1]), l[1] != "z",
              digits.count == 2, let age = Int(digits) else { return false }
        return age >= 2  // "02" is March 2002; "00" and "01" were never issued
    }

    private static func isSerial(_ letters: String) -> Bool {
        letters.count == 3 && !letters.contains(where: neverInPlates.contains)
    }

    private static func isPrefixStart(_ letters: String, _ digits: String) -> Bool {
        letters.count == 1 && prefixYearLetters.contains(letters.first!) && (1...3).contains(digits.count)
            && digits.first != "0"
    }

    private static func isSuffixEnd(_ digits: String, _ letter: String) -> Bool {
        (1...3).contains(digits.count) && digits.first != "0" && letter.count == 1
            && prefixYearLetters.contains(letter.first!)
    }

    private static func isNorthernIreland(_ letters: String, _ digits: String) -> Bool {
        letters.count == 3 && northernIrelandCodes.contains(String(letters.suffix(2)))
            && (1...4).contains(digits.count) && digits.first != "0"
    }

    private static func isJoinedPlate(_ text: String) -> Bool {
        let p = split(text)
        switch p.count {
        case 3 where p[0].letters:
            // AB12CDE, A123BCD, ABC123D
            return (isCurrentStart(p[0].part, p[1].part) && isSerial(p[2].part))
                || (isPrefixStart(p[0].part, p[1].part) && isSerial(p[2].part))
                || (isSerial(p[0].part) && isSuffixEnd(p[1].part, p[2].part))
        default:
            return false
        }
    }

    private static func isSpacedPlate(_ a: ScreenToken, _ b: ScreenToken) -> Bool {
        let first = split(a.text), second = split(b.text)
        guard !first.isEmpty, !second.isEmpty else { return false }
        let capitals = a.isAllCaps && (b.isAllCaps || !b.hasLetters)
        let lower = a.isAllLower && b.isAllLower
        // Current: "AB12 CDE" or "ab12 cde".
        if first.count == 2, first[0].letters, second.count == 1, second[0].letters,
           isCurrentStart(first[0].part, first[1].part), isSerial(second[0].part) {
            return capitals || (lower && !threeLetterWords.contains(second[0].part))
        }
        // Older formats need capitals and letters that are not a word.
        guard capitals else { return false }
        // Prefix: "A123 BCD".
        if first.count == 2, first[0].letters, second.count == 1, second[0].letters,
           isPrefixStart(first[0].part, first[1].part), isSerial(second[0].part) {
            return !threeLetterWords.contains(second[0].part)
        }
        // Suffix: "ABC 123D".
        if first.count == 1, first[0].letters, isSerial(first[0].part), second.count == 2, !second[0].letters,
           isSuffixEnd(second[0].part, second[1].part) {
            return !threeLetterWords.contains(first[0].part)
        }
        // Northern Ireland: "ABZ 1234".
        if first.count == 1, first[0].letters, second.count == 1, !second[0].letters,
           isNorthernIreland(first[0].part, second[0].part) {
            return !threeLetterWords.contains(first[0].part)
        }
        return false
    }
}
