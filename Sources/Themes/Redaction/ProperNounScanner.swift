/// Finds names and places from how words are written and what comes before them:
///
/// 1. A run of capitalised words mid-sentence ("then Darren Smith came", "we moved to Oakham") is
///    a name or place unless every word in it is an everyday word (`CommonWords`) or a safe word
///    (`SafeWords`: agencies, days, languages...). At the start of a sentence a capital says
///    nothing, so an unknown first word counts only beside another word that does ("Zbigniew
///    Kowalski said"), or when it is a listed name or place.
/// 2. A run followed by a place word ("Oakwood Primary", "St Mary's Hospital") or after "in",
///    "at", "from", "to", "near"... is a place; otherwise a name.
/// 3. After a relation or role ("my son Jack", "my ex, Darren", "her social worker Sarah", "a
///    man called Tom") the next word is a name even in lower case, unless it is an everyday word
///    or looks like a verb ("my son cried", "my ex texts me").
/// 4. After an honorific ("Mr Smith", "mrs begum", "PC Jones", "Dr. Patel", "Judge Harris") the
///    next word is a name; the honorific itself stays, as it tells the reader who acted, not who
///    she is.
///
/// Listed first names and places in lower case are found by the watch list (see `Redactor`).
enum ProperNounScanner {
    static func redactions(in text: WordText) -> [Redaction] {
        runs(in: text) + cued(in: text)
    }

    // MARK: - Capitalised runs

    static let placePrepositions: Set<String> = [
        "in", "at", "from", "to", "near", "around", "outside", "into", "towards", "toward", "round", "across", "on",
        "via", "nearby", "moved", "live", "lived", "lives", "living", "born",
    ]
    /// Words that make the capitalised words before them a place.
    static let placeWords: Set<String> = [
        "hospital", "school", "primary", "academy", "college", "university", "centre", "center", "surgery",
        "practice", "clinic", "station", "estate", "park", "road", "street", "lane", "avenue", "close",
        "drive", "way", "crescent", "grove", "gardens", "terrace", "court", "church", "mosque", "temple",
        "gurdwara", "nursery", "library", "prison", "hall", "green", "common", "village", "town", "borough",
        "council", "house", "hotel", "tower", "towers", "flats", "hostel", "refuge", "ward", "infirmary",
        "health", "medical", "leisure", "community", "children's", "childrens", "family", "magistrates",
        "crown", "county", "police",
    ]

    private static func runs(in text: WordText) -> [Redaction] {
        var found: [Redaction] = []
        let tokens = text.tokens
        var i = 0
        while i < tokens.count {
            guard isCapitalisedWord(tokens[i]) else { i += 1; continue }
            var j = i
            while j + 1 < tokens.count, isCapitalisedWord(tokens[j + 1]), joinsRun(text.gap(after: j)) { j += 1 }
            if let redaction = classifyRun(i...j, in: text) { found.append(redaction) }
            i = j + 1
        }
        return found
    }

    private static func classifyRun(_ run: ClosedRange<Int>, in text: WordText) -> Redaction? {
        let tokens = text.tokens
        var identifying = run.map { isIdentifying(tokens[$0]) }
        // "Zbigniew Kowalski said": an unknown first word beside an identifying one goes with it.
        let first = run.lowerBound
        if !identifying[0], run.count > 1, identifying[1], tokens[first].startsSentence, isUnknown(tokens[first]) {
            identifying[0] = true
        }
        guard let firstIdentifying = identifying.firstIndex(of: true),
              let lastIdentifying = identifying.lastIndex(of: true) else { return nil }
        var start = first + firstIdentifying
        var end = first + lastIdentifying
        var isPlace = (start...end).contains { PlaceNames.lookup.contains(tokens[$0].withoutPossessive) }
        // "Oakwood Primary School", "St Mary's Hospital": the place words go too.
        while end + 1 < tokens.count, end + 1 <= run.upperBound || joinsRun(text.gap(after: end)),
              isCapitalisedWord(tokens[end + 1]), placeWords.contains(tokens[end + 1].lower) {
            end += 1
            isPlace = true
        }
        if placeWords.contains(tokens[end].lower), end > start { isPlace = true }  // "Whalley Road"
        if start > first, ["st", "saint"].contains(tokens[start - 1].folded) { start -= 1 }
        // "to Sergeant Whitfield", "with Dr Okafor": a title makes it a person, whatever came before.
        let titled = start > first && Self.isHonorific(tokens[start - 1])
        if !isPlace, !titled, run.lowerBound > 0, placePrepositions.contains(tokens[run.lowerBound - 1].folded),
           !(start...end).contains(where: { FirstNames.all.contains(tokens[$0].withoutPossessive) }) {
            isPlace = true
        }
        return Redaction(kind: isPlace ? .place : .name, range: span(tokens, start, end))
    }

    private static func isHonorific(_ token: WordToken) -> Bool {
        RelationshipWords.shortHonorifics.contains(token.folded) || RelationshipWords.capitalHonorifics.contains(token.folded)
            || RelationshipWords.wordHonorifics.contains(token.folded)
    }

    /// Whether a capitalised word in a run points at someone or somewhere.
    private static func isIdentifying(_ token: WordToken) -> Bool {
        let word = token.withoutPossessive
        if SafeWords.words.contains(token.folded) || SafeWords.words.contains(word) { return false }
        if FirstNames.alsoWords.contains(word) || PlaceNames.alsoWords.contains(word) { return !token.startsSentence }
        if FirstNames.all.contains(word) || PlaceNames.lookup.contains(word) { return true }
        if CommonWords.contains(token.folded) || CommonWords.contains(word) { return false }
        if token.isAllCaps { return false }  // acronyms and shouting: "CPS", "NEVER"
        return !token.startsSentence
    }

    private static func isUnknown(_ token: WordToken) -> Bool {
        !SafeWords.words.contains(token.folded) && !CommonWords.contains(token.folded) && !token.isAllCaps
    }

    private static func isCapitalisedWord(_ token: WordToken) -> Bool {
        token.isCapitalized && token.original.contains(where: \.isLetter) && !token.original.contains(where: \.isNumber)
    }

    /// Words of one name or place are joined by a space or a hyphen ("Jean-Paul", "Stoke-on-Trent").
    private static func joinsRun(_ gap: Substring) -> Bool {
        !gap.isEmpty && gap.count <= 2 && gap.allSatisfy { $0 == " " || $0 == "-" }
    }

    // MARK: - Cues

    private static func cued(in text: WordText) -> [Redaction] {
        var found: [Redaction] = []
        let tokens = text.tokens
        for i in tokens.indices {
            if let nameAt = afterRelation(i, in: text) ?? afterHonorific(i, in: text) ?? afterNamingWord(i, in: text) {
                var end = nameAt
                while end + 1 < tokens.count, text.gap(after: end) == " ", isCapitalisedWord(tokens[end + 1]),
                      isIdentifying(tokens[end + 1]) || isUnknown(tokens[end + 1]) {
                    end += 1
                }
                found.append(Redaction(kind: .name, range: span(tokens, nameAt, end)))
            }
        }
        return found
    }

    /// "my son Jack", "my ex-partner, Darren", "her social worker (Sarah)", "a man called Tom":
    /// the index of the name, if the words after the relation hold one.
    private static func afterRelation(_ i: Int, in text: WordText) -> Int? {
        let tokens = text.tokens
        guard RelationshipWords.possessives.contains(tokens[i].folded) else { return nil }
        var j = i + 1
        var relation: Int?
        while j < tokens.count, j <= i + 5, !tokens[j].startsSentence,
              RelationshipWords.modifiers.contains(tokens[j].folded) || RelationshipWords.relations.contains(tokens[j].folded) {
            if tokens[j].lower.hasSuffix("'s") { return nil }  // "my son's school"
            if RelationshipWords.relations.contains(tokens[j].folded) { relation = j }
            j += 1
        }
        guard let relation, relation == j - 1 else { return nil }
        var n = j
        var named = false
        while n < tokens.count, n <= j + 2, ["called", "named", "nicknamed", "known", "as"].contains(tokens[n].folded),
              quietGap(text.gap(before: n)) {
            named = true
            n += 1
        }
        guard n < tokens.count, quietGap(text.gap(before: n)) else { return nil }
        return isName(tokens[n], lowerCaseAllowed: true, afterNamingWord: named) ? n : nil
    }

    /// "Mr Smith", "mrs begum", "Dr. Patel", "PC Jones", "Judge Harris".
    private static func afterHonorific(_ i: Int, in text: WordText) -> Int? {
        let tokens = text.tokens
        let word = tokens[i].folded
        let lowerAllowed: Bool
        if RelationshipWords.shortHonorifics.contains(word) {
            lowerAllowed = true
        } else if RelationshipWords.capitalHonorifics.contains(word), tokens[i].isAllCaps {
            lowerAllowed = false
        } else if RelationshipWords.wordHonorifics.contains(word), tokens[i].isCapitalized {
            lowerAllowed = false
        } else {
            return nil
        }
        let n = i + 1
        guard n < tokens.count else { return nil }
        let gap = text.gap(before: n)
        guard gap == " " || gap == ". " || gap == "." || gap == "  " else { return nil }
        return isName(tokens[n], lowerCaseAllowed: lowerAllowed, afterNamingWord: false) ? n : nil
    }

    /// "his name is Darren", "someone called Darren".
    private static func afterNamingWord(_ i: Int, in text: WordText) -> Int? {
        let tokens = text.tokens
        var n = i + 1
        switch tokens[i].folded {
        case "name", "names":
            guard n < tokens.count, ["is", "was", "were"].contains(tokens[n].folded) else { return nil }
            n += 1
        case "called", "named", "nicknamed":
            break
        default:
            return nil
        }
        guard n < tokens.count, quietGap(text.gap(before: n)) else { return nil }
        let token = tokens[n]
        // After "called" alone a lower-case word is usually not a name ("he called round").
        let lowerAllowed = tokens[i].folded.hasPrefix("name")
        return isName(token, lowerCaseAllowed: lowerAllowed, afterNamingWord: true) ? n : nil
    }

    /// Whether a word where a name is expected is one.
    private static func isName(_ token: WordToken, lowerCaseAllowed: Bool, afterNamingWord: Bool) -> Bool {
        guard token.original.contains(where: \.isLetter), !token.original.contains(where: \.isNumber) else { return false }
        let word = token.withoutPossessive
        if FirstNames.all.contains(word) {
            // "my son Will" yes; "my son will" is a verb.
            return token.isCapitalized || !FirstNames.alsoWords.contains(word) || afterNamingWord
        }
        if SafeWords.words.contains(token.folded) || CommonWords.contains(token.folded) { return false }
        if RelationshipWords.relations.contains(token.folded) || RelationshipWords.modifiers.contains(token.folded) { return false }
        if token.isCapitalized { return true }
        guard lowerCaseAllowed, token.folded.count >= 2 else { return false }
        return afterNamingWord || !CommonWords.hasEverydayEnding(token.folded)
    }

    /// Spaces and the punctuation that sets a name apart: "my ex, Darren", "my son (Jack)", "my ex - Darren".
    private static func quietGap(_ gap: Substring) -> Bool {
        gap.count <= 4 && gap.allSatisfy { " ,(-:\u{2013}\u{2014}\"'\u{201C}\u{2018}".contains($0) }
    }

    static func span(_ tokens: [WordToken], _ start: Int, _ end: Int) -> Range<String.Index> {
        tokens[start].range.lowerBound..<tokens[end].range.upperBound
    }
}
