/// Finds UK postcodes: "SW1A 1AA", "M1 1AE", "B33 8TH", "cr26xh", "DN55 1PT", "EC1A 1BB", "W1A 0AX",
/// "BT1 5GS", with or without the space, any case.
///
/// The outward part must start with a real postcode area (about 120 of them), which rules out
/// most letter-digit words. An outward code alone ("LS6", "SW1A") narrows a survivor down to a few
/// thousand homes, but "M1", "M6", "A1" are also motorways and roads, so it counts only with a
/// location cue: "postcode LS6", "I live in M14", "moved to BS3", "I'm from E17", "the LS6 area". Never before
/// "motorway", "junction", "northbound"...; lower-case outward codes count only after "postcode".
enum PostcodeScanner {
    static let areas: Set<String> = [
        "ab", "al", "b", "ba", "bb", "bd", "bf", "bh", "bl", "bn", "br", "bs", "bt", "ca", "cb", "cf", "ch",
        "cm", "co", "cr", "ct", "cv", "cw", "da", "dd", "de", "dg", "dh", "dl", "dn", "dt", "dy", "e", "ec",
        "eh", "en", "ex", "fk", "fy", "g", "gl", "gu", "gy", "ha", "hd", "hg", "hp", "hr", "hs", "hu", "hx",
        "ig", "im", "ip", "iv", "je", "ka", "kt", "kw", "ky", "l", "la", "ld", "le", "ll", "ln", "ls", "lu",
        "m", "me", "mk", "ml", "n", "ne", "ng", "nn", "np", "nr", "nw", "ol", "ox", "pa", "pe", "ph", "pl",
        "po", "pr", "rg", "rh", "rm", "s", "sa", "se", "sg", "sk", "sl", "sm", "sn", "so", "sp", "sr", "ss",
        "st", "sw", "sy", "ta", "td", "tf", "tn", "tq", "tr", "ts", "tw", "ub", "w", "wa", "wc", "wd", "wf",
        "wn", "wr", "ws", "wv", "yo", "ze",
    ]
    /// Letters never used in the inward code's last two places.
    private static let unusedInwardLetters: Set<Character> = ["c", "i", "k", "m", "o", "v"]
    /// "I live in LS6", "we moved to M14".
    private static let residenceVerbs: Set<String> = [
        "live", "lives", "living", "lived", "moved", "move", "moving", "based", "staying", "stay", "stays",
        "relocated", "rehoused", "housed", "placed", "located", "flat", "house", "home", "refuge", "address",
    ]
    /// "she's in BS3 now": only for outward codes of three or more characters, because
    /// "she's in S1" is a Scottish school year.
    private static let beingVerbs: Set<String> = [
        "am", "is", "are", "we're", "i'm", "im", "she's", "he's", "they're", "come", "comes", "came", "originally",
    ]
    private static let placePrepositions: Set<String> = ["in", "to", "near", "around", "round", "at", "from"]
    private static let roadWords: Set<String> = [
        "motorway", "junction", "j", "northbound", "southbound", "eastbound", "westbound", "traffic",
        "services", "road", "roadworks", "exit", "slip", "toll", "link",
    ]

    static func candidates(in t: ScreenText) -> [ScreenCandidate] {
        var found: [ScreenCandidate] = []
        var k = 0
        while k < t.tokens.count {
            let token = t.tokens[k]
            // Joined: "sw1a1aa".
            if token.length >= 5, token.length <= 7, isInward(token.text.suffix(3)),
               isOutward(token.text.dropLast(3)) {
                found.append(ScreenCandidate(.postcode, token.start, token.end))
                k += 1
                continue
            }
            guard isOutward(Substring(token.text)) else { k += 1; continue }
            // Spaced: "SW1A 1AA".
            if k + 1 < t.tokens.count, ScreenVocabulary.isSpacing(t.gapAfter(k)) {
                let inward = t.tokens[k + 1]
                if inward.length == 3, isInward(Substring(inward.text)), !looksLikeOrdinal(token, inward) {
                    found.append(ScreenCandidate(.postcode, token.start, inward.end))
                    k += 2
                    continue
                }
            }
            if outwardAloneCounts(t, k) {
                found.append(ScreenCandidate(.postcode, token.start, token.end))
            }
            k += 1
        }
        return found
    }

    /// A9, A99, A9A, AA9, AA99, AA9A with a real area.
    static func isOutward(_ text: Substring) -> Bool {
        let c = Array(text)
        guard (2...4).contains(c.count) else { return false }
        let letters = c.prefix { $0.isASCII && $0.isLetter }
        guard (1...2).contains(letters.count), areas.contains(String(letters)) else { return false }
        let rest = c.dropFirst(letters.count)
        guard let first = rest.first, ScreenText.isDigit(first) else { return false }
        let tail = rest.dropFirst()
        if tail.isEmpty { return true }
        guard tail.count == 1, let last = tail.first else { return false }
        return ScreenText.isDigit(last) || (last.isASCII && last.isLetter)
    }

    /// 9AA, with the letters the Royal Mail uses.
    static func isInward(_ text: Substring) -> Bool {
        let c = Array(text)
        guard c.count == 3, ScreenText.isDigit(c[0]) else { return false }
        return c[1...].allSatisfy { $0.isASCII && $0.isLetter && !unusedInwardLetters.contains($0) }
    }

    /// "M6 3rd", "A1 2nd": an ordinal in a different case from the road number is not an inward code.
    /// ("B33 8TH" and "b33 8th" are postcodes.)
    private static func looksLikeOrdinal(_ outward: ScreenToken, _ inward: ScreenToken) -> Bool {
        let suffix = inward.text.dropFirst()
        let digit = inward.text.first
        let ordinal = (digit == "1" && suffix == "st") || (digit == "2" && suffix == "nd")
            || (digit == "3" && suffix == "rd") || suffix == "th"
        return ordinal && outward.isAllCaps != inward.isAllCaps
    }

    private static func outwardAloneCounts(_ t: ScreenText, _ k: Int) -> Bool {
        let token = t.tokens[k]
        if k + 1 < t.tokens.count, roadWords.contains(t.tokens[k + 1].text) { return false }
        if k > 0, t.tokens[k - 1].text == "the", !(k + 1 < t.tokens.count && t.tokens[k + 1].text == "area") {
            return false  // "on the M1"
        }
        // "postcode is LS6", "post code: m14"
        for i in stride(from: k - 1, through: max(0, k - 3), by: -1) {
            let word = t.tokens[i].withoutPossessive
            if word == "postcode" || word == "postcodes" || (word == "code" && i > 0 && t.tokens[i - 1].text == "post") {
                return true
            }
        }
        guard token.isAllCaps else { return false }
        if k + 1 < t.tokens.count, t.tokens[k + 1].text == "area" { return true }
        guard k >= 2, placePrepositions.contains(t.tokens[k - 1].text) else { return false }
        let verbs = token.length >= 3 ? residenceVerbs.union(beingVerbs) : residenceVerbs
        return verbs.contains(t.tokens[k - 2].text) || (k >= 3 && verbs.contains(t.tokens[k - 3].text))
    }
}
