/// Finds ages, which with a service and a year can single a woman out: "I was 34", "I'm 16",
/// "aged 34", "age: 34", "at the age of 16", "she was only 15", "when I turned 40", "I left home at
/// 16", "34-year-old", "34 years old", "34 yrs old", "34yo", "my 5 year old", "I was sixteen",
/// "twenty-one years old". Only the number is replaced ("I was [age]", "a [age]-year-old"), so the
/// sentence still reads.
///
/// Not caught, on purpose: a decade ("in my thirties", "in her 40s"), which is a band wide enough
/// to publish, and counts of time ("I was 3 hours late", "there were 3 of them").
enum AgeScanner {
    /// Words after which a number is an age: "I was 34", "aged 34", "turned 40".
    static let cues: Set<String> = [
        "was", "is", "am", "im", "are", "were", "be", "being", "turned", "turning", "turns", "turn", "aged",
        "age", "ages", "hes", "shes", "theyre", "youre",
    ]
    /// Words between the cue and the number: "was only 15", "is nearly 40".
    static let qualifiers: Set<String> = ["only", "just", "nearly", "almost", "about", "around", "barely", "over", "under", "roughly", "like", "then", "now"]
    /// Words after a number that make it something else: "was 3 hours late", "was 5 months pregnant".
    static let units: Set<String> = [
        "times", "time", "minute", "minutes", "mins", "min", "hour", "hours", "hrs", "hr", "day", "days", "week",
        "weeks", "month", "months", "pounds", "quid", "p", "pence", "grand", "k", "miles", "mile", "metres",
        "meters", "feet", "ft", "inches", "percent", "pc", "oclock", "o'clock", "am", "pm", "kg", "kgs", "stone",
        "lbs", "calls", "texts", "messages", "people", "of", "out", "in", "per", "points", "mph", "weeks'",
        "children", "kids", "officers", "appointments", "sessions", "nights", "floors", "doors", "houses",
        "or", "x", "%", "year", "years", "yrs", "yr",
    ]
    static let spelledNumbers: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    static func redactions(in text: WordText) -> [Redaction] {
        var found: [Redaction] = []
        let tokens = text.tokens
        var lastAgeEnd = -10
        for i in tokens.indices {
            guard let (end, value) = ageNumber(at: i, in: text), (1...110).contains(value) else { continue }
            // "aged 3 and 5": the second number is an age too.
            if lastAgeEnd == i - 2, tokens[i - 1].folded == "and" || tokens[i - 1].folded == "or" {
                found.append(Redaction(kind: .age, range: ProperNounScanner.span(tokens, i, end)))
                lastAgeEnd = end
                continue
            }
            let followedByYearsOld = yearsOld(after: end, in: text)
            let spelled = !tokens[i].isNumeric
            if followedByYearsOld {
                found.append(Redaction(kind: .age, range: ProperNounScanner.span(tokens, i, end)))
                lastAgeEnd = end
                continue
            }
            if let next = end + 1 < tokens.count ? tokens[end + 1] : nil, units.contains(next.folded) || units.contains(next.lower) {
                continue
            }
            if let after = text.gap(after: end).first, ":.%/".contains(after), end + 1 < tokens.count, tokens[end + 1].isNumeric, text.gap(after: end).count == 1 {
                continue  // "10:30", "3.5", "24/7"
            }
            // Spelled small numbers are too often counts ("we were two"); spelled ages need 10 or more.
            if spelled, value < 10 { continue }
            if hasCue(before: i, in: text) || atTheAgeOf(before: i, in: text) || atAge(before: i, end: end, in: text) {
                found.append(Redaction(kind: .age, range: ProperNounScanner.span(tokens, i, end)))
                lastAgeEnd = end
            }
        }
        return found
    }

    /// A number at token `i`: digits ("34", or "34yo" as one word) or words ("sixteen", "twenty-one").
    /// Returns its last token and value.
    private static func ageNumber(at i: Int, in text: WordText) -> (Int, Int)? {
        let token = text.tokens[i]
        if token.isNumeric, token.original.count <= 3, let value = Int(token.original) {
            if i > 0, let before = text.gap(before: i).last, "£$€#.,/:-".contains(before) { return nil }
            return (i, value)
        }
        // "34yo", "34yrs".
        let digits = token.lower.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, ["yo", "yrs", "yr", "yearold", "yro"].contains(String(token.lower.dropFirst(digits.count))), let value = Int(digits) {
            return (i, value)
        }
        guard let tens = spelledNumbers[token.folded] else { return nil }
        if tens >= 20, i + 1 < text.tokens.count, let unit = spelledNumbers[text.tokens[i + 1].folded], unit < 10,
           ["-", " "].contains(text.gap(after: i)) {
            return (i + 1, tens + unit)
        }
        return (i, tens)
    }

    /// "34 years old", "34-year-old", "34 yrs old", "34 year old", "34 y/o", "34 yo", or "34yo" itself.
    private static func yearsOld(after end: Int, in text: WordText) -> Bool {
        let tokens = text.tokens
        if tokens[end].lower.last?.isLetter == true, tokens[end].lower.first?.isNumber == true { return true }
        guard end + 1 < tokens.count, text.gap(after: end).count <= 2 else { return false }
        let next = tokens[end + 1].folded
        if ["yo", "yro"].contains(next) { return true }
        if next == "y", end + 2 < tokens.count, tokens[end + 2].folded == "o" { return true }
        guard ["year", "years", "yr", "yrs"].contains(next), end + 2 < tokens.count else { return false }
        return ["old", "olds"].contains(tokens[end + 2].folded)
    }

    private static func hasCue(before i: Int, in text: WordText) -> Bool {
        let tokens = text.tokens
        var j = i - 1
        while j >= 0, j >= i - 2, qualifiers.contains(tokens[j].folded), !tokens[j + 1].startsSentence { j -= 1 }
        guard j >= 0, !tokens[j + 1].startsSentence else { return false }
        if cues.contains(tokens[j].folded) { return true }
        // "age: 34"
        return tokens[j].folded == "age" && text.gap(after: j).contains(":")
    }

    /// "at the age of 16", "from the age of 12".
    private static func atTheAgeOf(before i: Int, in text: WordText) -> Bool {
        let tokens = text.tokens
        guard i >= 2, tokens[i - 1].folded == "of", tokens[i - 2].folded == "age" else { return false }
        return true
    }

    /// "I left home at 16.", "married at 17 and": "at" then a number that ends the phrase.
    private static func atAge(before i: Int, end: Int, in text: WordText) -> Bool {
        let tokens = text.tokens
        guard i >= 1, ["at", "since"].contains(tokens[i - 1].folded), !tokens[i].startsSentence else { return false }
        guard end + 1 < tokens.count else { return true }
        let gap = text.gap(after: end)
        if gap.contains(where: { ".,;!?)\n".contains($0) }) { return true }
        return ["and", "when", "i", "she", "he", "but", "so", "because", "we", "with"].contains(tokens[end + 1].folded)
    }
}
