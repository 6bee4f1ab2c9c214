/// Finds dates of birth: a date that follows an explicit cue.
/// - "DOB 12/03/1985", "d.o.b 12.3.85", "D.O.B: 1985-03-12", "date of birth: 12 March 1985",
///   "birth date 3/5/90", "DOB March 1985";
/// - "born on 12 March 1985", "was born 12th March", "born on the 3rd of May 2019";
/// - "my birthday is 12th March", "his bday is March 12", "son's birthday is on the 3rd of May".
///
/// Only dates after these cues: court dates, appointments and anniversaries are everyday talk
/// ("the hearing is on 12 March" is clear). After "born" and "birthday" the date needs a day and a
/// month ("born in 1985" and "born in March" are clear); after an explicit DOB cue a month and year
/// are enough. The match runs from the cue to the end of the date, so the highlight reads
/// "born on 12 March 1985".
enum DateOfBirthScanner {
    private enum Cue { case explicit, born, birthday }

    private struct ParsedDate {
        let lastToken: Int
        let day: Bool
        let month: Bool
        let year: Bool
    }

    private static let fillers: Set<String> = [
        "is", "was", "on", "my", "her", "his", "their", "your", "its", "it's", "be", "are", "will", "being",
        "s", "date", "day", "falls", "exactly",
    ]

    static func candidates(in t: ScreenText) -> [ScreenCandidate] {
        var found: [ScreenCandidate] = []
        var k = 0
        while k < t.tokens.count {
            guard let (cue, cueEnd) = cue(t, at: k) else { k += 1; continue }
            var i = cueEnd + 1
            var matched = false
            while i < t.tokens.count, i <= cueEnd + 4,
                  isQuietGap(t.text(t.tokens[i - 1].end, t.tokens[i].start), afterCue: i == cueEnd + 1) {
                if let date = parse(t, at: i), accepts(cue, date) {
                    found.append(ScreenCandidate(.dateOfBirth, t.tokens[k].start, t.tokens[date.lastToken].end))
                    k = date.lastToken + 1
                    matched = true
                    break
                }
                guard fillers.contains(t.tokens[i].text) else { break }
                i += 1
            }
            if !matched { k = cueEnd + 1 }
        }
        return found
    }

    private static func accepts(_ cue: Cue, _ date: ParsedDate) -> Bool {
        switch cue {
        case .born, .birthday: date.day && date.month
        case .explicit: (date.day && date.month) || (date.month && date.year)
        }
    }

    /// Short punctuation between words, not a sentence break (but "D.O.B. 12/3/85" has an
    /// abbreviation's full stop straight after the cue).
    private static func isQuietGap(_ gap: String, afterCue: Bool) -> Bool {
        let breaks: String = afterCue ? "!?\n" : ".!?\n"
        return gap.count <= 4 && !gap.contains(where: { breaks.contains($0) })
    }

    /// The cue starting at token `k`, and its last token.
    private static func cue(_ t: ScreenText, at k: Int) -> (Cue, Int)? {
        let word = t.tokens[k].withoutPossessive
        func next(_ offset: Int) -> String? {
            k + offset < t.tokens.count ? t.tokens[k + offset].withoutPossessive : nil
        }
        switch word {
        case "dob", "dofb": return (.explicit, k)
        case "birthdate", "birthdates": return (.explicit, k)
        case "born": return (.born, k)
        case "birthday", "bday", "b'day", "birthdays": return (.birthday, k)
        case "d" where next(1) == "o" && next(2) == "b":
            return (.explicit, k + 2)  // "d.o.b", "D.O.B.", "d o b"
        case "date" where next(1) == "of" && next(2) == "birth":
            return (.explicit, k + 2)
        case "birth" where next(1) == "date":
            return (.explicit, k + 1)
        case "b" where next(1) == "day" && t.gapAfter(k) == "-":
            return (.birthday, k + 1)
        default:
            return nil
        }
    }

    // MARK: - Dates

    private static func parse(_ t: ScreenText, at i: Int) -> ParsedDate? {
        numeric(t, at: i) ?? dayFirst(t, at: i) ?? monthFirst(t, at: i)
    }

    private static func number(_ t: ScreenText, _ i: Int) -> Int? {
        guard i < t.tokens.count, t.tokens[i].isNumeric, t.tokens[i].length <= 4 else { return nil }
        return Int(t.tokens[i].text)
    }

    /// "12/03/1985", "12.3.85", "1985-03-12", "12-03-85", "12/03".
    private static func numeric(_ t: ScreenText, at i: Int) -> ParsedDate? {
        guard let a = number(t, i), i + 1 < t.tokens.count else { return nil }
        // "12/03/1985", and "12 / 03 / 1985" with spaces.
        let gap = t.gapAfter(i)
        let sep = gap.filter { $0 != " " }
        guard gap.count <= 3, ["/", ".", "-"].contains(sep), let b = number(t, i + 1) else { return nil }
        let aLength = t.tokens[i].length
        var c: Int?
        if i + 2 < t.tokens.count, t.gapAfter(i + 1) == gap { c = number(t, i + 2) }
        if aLength == 4 {
            guard let c, isYear(a, digits: 4), isMonthAndDay(b, c) else { return nil }
            return ParsedDate(lastToken: i + 2, day: true, month: true, year: true)
        }
        guard aLength <= 2, t.tokens[i + 1].length <= 2, isMonthAndDay(a, b) || isMonthAndDay(b, a) else { return nil }
        if let c, isYear(c, digits: t.tokens[i + 2].length) {
            return ParsedDate(lastToken: i + 2, day: true, month: true, year: true)
        }
        return ParsedDate(lastToken: i + 1, day: true, month: true, year: false)
    }

    private static func isMonthAndDay(_ month: Int, _ day: Int) -> Bool {
        (1...12).contains(month) && (1...31).contains(day)
    }

    private static func isYear(_ value: Int, digits: Int) -> Bool {
        digits == 2 || (digits == 4 && (1900...2100).contains(value))
    }

    /// "12", "12th", "1st", "3rd".
    private static func day(_ t: ScreenText, _ i: Int) -> Bool {
        guard i < t.tokens.count else { return false }
        let text = t.tokens[i].text
        let digits = text.prefix(while: ScreenText.isDigit)
        let suffix = text.dropFirst(digits.count)
        guard (1...2).contains(digits.count), let value = Int(digits), (1...31).contains(value) else { return false }
        return suffix.isEmpty || ["st", "nd", "rd", "th"].contains(suffix)
    }

    private static func month(_ t: ScreenText, _ i: Int) -> Bool {
        i < t.tokens.count && ScreenVocabulary.months[t.tokens[i].text] != nil
    }

    /// A year after the day and month: ", 1985", " 1985", " '85". Returns its token.
    private static func year(_ t: ScreenText, after i: Int) -> Int? {
        guard i + 1 < t.tokens.count else { return nil }
        let gap = t.gapAfter(i)
        guard gap.count <= 3, gap.allSatisfy({ " ,'".contains($0) }), let value = number(t, i + 1) else { return nil }
        let length = t.tokens[i + 1].length
        if length == 4, (1900...2100).contains(value) { return i + 1 }
        if length == 2, gap.contains("'") { return i + 1 }
        // "12th Mar 85" ends there; "12 March 20 minutes later" goes on.
        if length == 2, i + 2 >= t.tokens.count || !ScreenVocabulary.isSpacing(t.gapAfter(i + 1), limit: 1) {
            return i + 1
        }
        return nil
    }

    /// "12 March 1985", "the 3rd of May 2019", "12th March".
    private static func dayFirst(_ t: ScreenText, at start: Int) -> ParsedDate? {
        var i = start
        if i < t.tokens.count, t.tokens[i].text == "the" { i += 1 }
        guard day(t, i) else { return nil }
        var m = i + 1
        if m < t.tokens.count, t.tokens[m].text == "of" { m += 1 }
        guard month(t, m), ScreenVocabulary.isSpacing(t.text(t.tokens[m - 1].end, t.tokens[m].start), limit: 3)
        else { return nil }
        if let y = year(t, after: m) { return ParsedDate(lastToken: y, day: true, month: true, year: true) }
        return ParsedDate(lastToken: m, day: true, month: true, year: false)
    }

    /// "March 12th, 1985", "March 12", "March 1985".
    private static func monthFirst(_ t: ScreenText, at i: Int) -> ParsedDate? {
        guard month(t, i), i + 1 < t.tokens.count else { return nil }
        let gap = t.gapAfter(i)
        guard gap.count <= 2, gap.allSatisfy({ " ,".contains($0) }) else { return nil }
        var d = i + 1
        if t.tokens[d].text == "the", d + 1 < t.tokens.count { d += 1 }
        if day(t, d) {
            if let y = year(t, after: d) { return ParsedDate(lastToken: y, day: true, month: true, year: true) }
            return ParsedDate(lastToken: d, day: true, month: true, year: false)
        }
        if let value = number(t, i + 1), t.tokens[i + 1].length == 4, (1900...2100).contains(value) {
            return ParsedDate(lastToken: i + 1, day: false, month: true, year: true)
        }
        return nil
    }
}
