import Foundation

/// Finds dates, which can tie an answer to an incident, a hearing or a police log:
/// - numeric: "12/03/2021", "12.3.21", "2021-03-12", "12-03-2021", "12/03";
/// - in words: "3rd March 2021", "the 3rd of March", "March 3rd, 2021", "Tuesday 3 March", "March 2021";
/// - a year on its own, "in 2019", "summer 2019", "2018-2020", unless it is money ("£2000") or a
///   count ("2000 people").
///
/// Not caught, on purpose: a month alone ("in March"), a weekday alone, and relative times ("last
/// Tuesday", "two weeks ago", "yesterday"). They are relative to the day she answered, which no
/// export carries, and hiding them would strip the quotes of how things unfolded.
enum DateScanner {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    /// Month names that are everyday words in lower case ("may", "march"): a date only with an
    /// ordinal day ("may 3rd") or a year.
    static let wordMonths: Set<String> = ["may", "march", "mar", "jan", "sat", "sun", "dec", "sept"]
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri",
    ]
    /// Words before a year that make the pair one date: "summer 2019", "Christmas 2020".
    static let yearPrefixes: Set<String> = [
        "spring", "summer", "autumn", "winter", "christmas", "xmas", "easter", "eid", "ramadan", "diwali",
        "early", "late", "mid", "end",
    ]
    /// Words after a number that make it a count, not a year.
    static let countWords: Set<String> = [
        "people", "pounds", "quid", "calories", "miles", "words", "times", "calls", "texts", "messages",
        "members", "women", "men", "children", "staff", "steps", "metres", "meters", "km", "cases",
    ]

    static func redactions(in text: WordText) -> [Redaction] {
        var found: [Redaction] = []
        let tokens = text.tokens
        var i = 0
        while i < tokens.count {
            if let end = numeric(at: i, in: text) ?? dayFirst(at: i, in: text) ?? monthFirst(at: i, in: text) ?? year(at: i, in: text) {
                var start = i
                // "Tuesday 3 March", "on Tuesday, 3rd March", "the 3rd of March": the weekday and "the" go too.
                if start > 0, tokens[start - 1].folded == "the", text.gap(before: start) == " " { start -= 1 }
                if start > 0, weekdays.contains(tokens[start - 1].folded), text.gap(before: start).allSatisfy({ $0 == " " || $0 == "," }),
                   text.gap(before: start).count <= 2 {
                    start -= 1
                }
                if start > 0, yearPrefixes.contains(tokens[start - 1].folded), text.gap(before: start) == " " { start -= 1 }
                found.append(Redaction(kind: .date, range: ProperNounScanner.span(tokens, start, end)))
                i = end + 1
            } else {
                i += 1
            }
        }
        return found
    }

    private static func number(_ token: WordToken) -> Int? {
        token.isNumeric && token.original.count <= 4 ? Int(token.original) : nil
    }

    private static func isYear(_ token: WordToken) -> Bool {
        guard let value = number(token) else { return false }
        return token.original.count == 4 && (1900...2100).contains(value)
    }

    /// "3", "3rd", "21st" as a day of the month.
    private static func day(_ token: WordToken) -> Bool {
        let digits = token.lower.prefix { $0.isASCII && $0.isNumber }
        let suffix = token.lower.dropFirst(digits.count)
        guard (1...2).contains(digits.count), let value = Int(digits), (1...31).contains(value) else { return false }
        return suffix.isEmpty || ["st", "nd", "rd", "th"].contains(suffix)
    }

    private static func hasOrdinal(_ token: WordToken) -> Bool {
        token.lower.last?.isLetter == true
    }

    private static func isMonth(_ token: WordToken) -> Bool { months[token.folded] != nil }

    /// A month that can be trusted as one here: capitalised, or not also an everyday word.
    private static func isMonth(_ token: WordToken, withOrdinalDay: Bool, withYear: Bool) -> Bool {
        guard isMonth(token) else { return false }
        return token.isCapitalized || !wordMonths.contains(token.folded) || withOrdinalDay || withYear
    }

    private static func isSpace(_ gap: Substring, allowing extra: String = "") -> Bool {
        !gap.isEmpty && gap.count <= 3 && gap.allSatisfy { $0 == " " || extra.contains($0) }
    }

    /// "12/03/2021", "12.3.21", "2021-03-12", "12-03-21", "12/03" (not "24/7", "1/2" or "3.5").
    private static func numeric(at i: Int, in text: WordText) -> Int? {
        let tokens = text.tokens
        guard let a = number(tokens[i]), i + 1 < tokens.count, let b = number(tokens[i + 1]) else { return nil }
        let separator = text.gap(after: i).trimmingCharacters(in: .whitespaces)
        guard ["/", ".", "-"].contains(separator), text.gap(after: i).count <= 3 else { return nil }
        if i > 0, let before = text.gap(before: i).last, "£$€.,".contains(before) { return nil }
        var c: Int?
        if i + 2 < tokens.count, text.gap(after: i + 1) == text.gap(after: i) { c = number(tokens[i + 2]) }
        let aDigits = tokens[i].original.count, bDigits = tokens[i + 1].original.count
        if aDigits == 4 {
            guard let c, (1900...2100).contains(a), (1...12).contains(b), (1...31).contains(c) else { return nil }
            return i + 2
        }
        guard aDigits <= 2, bDigits <= 2, isDayAndMonth(a, b) || isDayAndMonth(b, a) else { return nil }
        if let c, tokens[i + 2].original.count == 2 || (1900...2100).contains(c) { return i + 2 }
        // Two numbers alone only with a slash and a two-digit part: "12/03", not "1/2" or "24/7".
        guard separator == "/", aDigits == 2 || bDigits == 2, !(a == 24 && b == 7) else { return nil }
        return i + 1
    }

    private static func isDayAndMonth(_ day: Int, _ month: Int) -> Bool {
        (1...31).contains(day) && (1...12).contains(month)
    }

    /// A year after a day and month: " 2021", ", 2021", " '21".
    private static func yearAfter(_ i: Int, in text: WordText) -> Int? {
        let tokens = text.tokens
        guard i + 1 < tokens.count, isSpace(text.gap(after: i), allowing: ",'\u{2019}") else { return nil }
        if isYear(tokens[i + 1]) { return i + 1 }
        if tokens[i + 1].isNumeric, tokens[i + 1].original.count == 2, text.gap(after: i).contains(where: { $0 == "'" || $0 == "\u{2019}" }) {
            return i + 1
        }
        return nil
    }

    /// "3rd March 2021", "3 March", "3rd of March".
    private static func dayFirst(at i: Int, in text: WordText) -> Int? {
        let tokens = text.tokens
        guard day(tokens[i]), i + 1 < tokens.count, isSpace(text.gap(after: i)) else { return nil }
        var m = i + 1
        if tokens[m].folded == "of", m + 1 < tokens.count, isSpace(text.gap(after: m)) { m += 1 }
        let year = yearAfter(m, in: text)
        guard isMonth(tokens[m], withOrdinalDay: hasOrdinal(tokens[i]), withYear: year != nil) else { return nil }
        return year ?? m
    }

    /// "March 3rd, 2021", "March 3", "March 2021", "the March of 2021" is not a date.
    private static func monthFirst(at i: Int, in text: WordText) -> Int? {
        let tokens = text.tokens
        guard isMonth(tokens[i]), i + 1 < tokens.count, isSpace(text.gap(after: i), allowing: ",") else { return nil }
        var d = i + 1
        if tokens[d].folded == "the", d + 1 < tokens.count { d += 1 }
        if day(tokens[d]), !isYear(tokens[d]) {
            let year = yearAfter(d, in: text)
            // "May 3" needs "May" in capitals or "3rd" or a year; "they may 3 times" is no date.
            guard isMonth(tokens[i], withOrdinalDay: hasOrdinal(tokens[d]), withYear: year != nil) else { return nil }
            if year == nil, !hasOrdinal(tokens[d]), d + 1 < tokens.count, countWords.contains(tokens[d + 1].folded) { return nil }
            return year ?? d
        }
        if isYear(tokens[i + 1]) { return i + 1 }
        return nil
    }

    /// A year on its own: "in 2019", "2018-2020". Not money ("£2000") or a count ("2000 people").
    private static func year(at i: Int, in text: WordText) -> Int? {
        let tokens = text.tokens
        guard isYear(tokens[i]), let value = number(tokens[i]), (1950...2039).contains(value) else { return nil }
        if let before = text.gap(before: i).last, "£$€#.,:".contains(before) { return nil }
        if i + 1 < tokens.count, countWords.contains(tokens[i + 1].folded) { return nil }
        // Part of a longer number ("0808 2000 247"): the phone screen's business, not a year.
        if i > 0, tokens[i - 1].isNumeric, text.gap(before: i).allSatisfy({ $0 == " " }) { return nil }
        if i + 1 < tokens.count, tokens[i + 1].isNumeric, text.gap(after: i).allSatisfy({ $0 == " " }) { return nil }
        // "2018-2020" or "2018 to 2020": one span.
        if i + 1 < tokens.count, isYear(tokens[i + 1]), text.gap(after: i).trimmingCharacters(in: .whitespaces) == "-" { return i + 1 }
        if i + 2 < tokens.count, tokens[i + 1].folded == "to", isYear(tokens[i + 2]) { return i + 2 }
        return i
    }
}
