/// Finds phone numbers however they are spelled: "07700 900123", "+44 (0)7700-900-123",
/// "(020) 7946 0958", "0 7 7 0 0 9 0 0 1 2 3", "o77oo 9oo123", "oh seven seven oh oh nine...".
///
/// A number is read as a run of digit groups joined by spaces, dashes, brackets or dots, then
/// checked against the shape of real numbers: UK national (0 + 10 digits, or 0 + 9 for some 01 and
/// 08 numbers), +44 / 0044 / 44 international forms, or any other country after "+" or "00".
/// Shorter or odd-shaped runs count only after a cue such as "call me on" or "my number is".
/// Ordinary numbers ("3 months", "£250", "1 in 4", "2019", "10:30") never make a valid shape, and
/// numbers on the public allow-list (999, the helplines) are never matched.
enum PhoneNumberScanner {
    /// One digit group: a token of digits ("07700"), a token with letter o for zero ("9oo123"),
    /// a spelled digit ("seven"), or "double"/"triple" with its digit.
    private struct Unit {
        let first: Int
        let last: Int
        let digits: String
        let spelled: Bool
    }

    static func candidates(in t: ScreenText, allowed: Set<String>) -> [ScreenCandidate] {
        var found: [ScreenCandidate] = []
        var k = 0
        while k < t.tokens.count {
            guard let first = unit(t, at: k) else { k += 1; continue }
            var run = [first]
            while let previous = run.last, previous.last + 1 < t.tokens.count,
                  let next = unit(t, at: previous.last + 1),
                  joinable(previous, next, gap: t.text(t.tokens[previous.last].end, t.tokens[next.first].start)) {
                run.append(next)
            }
            found += scan(run, in: t, allowed: allowed)
            k = run[run.count - 1].last + 1
        }
        return found
    }

    private static func scan(_ run: [Unit], in t: ScreenText, allowed: Set<String>) -> [ScreenCandidate] {
        var found: [ScreenCandidate] = []
        let plus = hasPlus(before: run[0], in: t)
        var sawNumber = false
        var firstStart: Int?
        var s = 0
        while s < run.count {
            if s == 0, !canStart(run[0], in: t) { s += 1; continue }
            if firstStart == nil { firstStart = s }
            var digits = ""
            var best: (end: Int, number: String)?
            for e in s..<run.count {
                digits += run[e].digits
                if digits.count > 17 { break }
                if let number = classify(digits, plus: plus && s == 0, units: run[s...e]) {
                    best = (e, number)
                }
            }
            guard let best else { s += 1; continue }
            sawNumber = true
            if !allowed.contains(best.number) {
                found.append(span(run, s, best.end, plus: plus && s == 0, in: t))
            }
            s = best.end + 1
        }
        // A partial or local number ("call me on 946 0958") counts when something says it is a number.
        if !sawNumber, let from = firstStart {
            let digits = run[from...].map(\.digits).joined()
            if (6...15).contains(digits.count), !allowed.contains(digits), hasCue(before: run[from].first, in: t) {
                found.append(span(run, from, run.count - 1, plus: plus && from == 0, in: t))
            }
        }
        return found
    }

    private static func span(_ run: [Unit], _ s: Int, _ e: Int, plus: Bool, in t: ScreenText) -> ScreenCandidate {
        var start = t.tokens[run[s].first].start
        let end = t.tokens[run[e].last].end
        if plus, let p = (0..<start).reversed().first(where: { t.chars[$0] == "+" }) {
            start = p
        } else if t.char(start - 1) == "(", t.text(start, end).contains(")") {
            start -= 1  // "(020) 7946 0958": highlight the bracket too
        }
        return ScreenCandidate(.phoneNumber, start, end)
    }

    // MARK: - Units and runs

    private static func unit(_ t: ScreenText, at k: Int) -> Unit? {
        let token = t.tokens[k]
        if token.isNumeric { return Unit(first: k, last: k, digits: token.text, spelled: false) }
        if let digit = ScreenVocabulary.digitWords[token.text] {
            return Unit(first: k, last: k, digits: String(digit), spelled: true)
        }
        if let times = ScreenVocabulary.repeatWords[token.text], k + 1 < t.tokens.count,
           ScreenVocabulary.isSpacing(t.gapAfter(k)), let next = unit(t, at: k + 1), next.digits.count == 1 {
            return Unit(first: k, last: k + 1, digits: String(repeating: next.digits, count: times), spelled: true)
        }
        // Letter o typed for zero: "o7700", "9oo123".
        if token.length >= 3, token.text.contains(where: ScreenText.isDigit),
           token.text.allSatisfy({ ScreenText.isDigit($0) || $0 == "o" }) {
            return Unit(first: k, last: k, digits: String(token.text.map { $0 == "o" ? "0" : $0 }), spelled: false)
        }
        return nil
    }

    private static func joinable(_ a: Unit, _ b: Unit, gap: String) -> Bool {
        guard !gap.isEmpty, gap.count <= 3, gap.allSatisfy({ " \t-.(),/".contains($0) }) else { return false }
        if gap.contains(",") && !(a.spelled || b.spelled) { return false }  // "1,000" is not a phone number
        if gap.contains(".") || gap.contains("/") {
            // "0161.496.0000", "07700/900123" yes; "3.5", "12.03.85", "10.30", "12/03/1985" no.
            return !a.spelled && !b.spelled && a.digits.count >= 3 && b.digits.count >= 3
        }
        return true
    }

    private static func hasPlus(before unit: Unit, in t: ScreenText) -> Bool {
        let start = t.tokens[unit.first].start
        if t.char(start - 1) == "+" { return true }
        return t.char(start - 1) == " " && t.char(start - 2) == "+"
    }

    /// Money, decimals, dates and times are not the start of a phone number.
    private static func canStart(_ unit: Unit, in t: ScreenText) -> Bool {
        let start = t.tokens[unit.first].start
        guard let before = t.char(start - 1) else { return true }
        if "£$€¥#".contains(before) { return false }
        if ".,/:-".contains(before), let earlier = t.char(start - 2), ScreenText.isDigit(earlier) { return false }
        return true
    }

    // MARK: - Shapes

    /// The number in a comparable form (UK national digits, or "+" and digits) if these digits have
    /// the shape of a real phone number; nil otherwise.
    private static func classify(_ digits: String, plus: Bool, units: ArraySlice<Unit>) -> String? {
        if plus || digits.hasPrefix("0044") {
            var rest = Substring(digits.dropFirst(plus ? 0 : 2))
            if rest.hasPrefix("44") {
                rest = rest.dropFirst(2)
                if rest.hasPrefix("0") { rest = rest.dropFirst() }  // +44 (0)20 ...
                let national = "0" + rest
                return isNational(national) ? national : nil
            }
            return plus && (8...15).contains(digits.count) && !digits.hasPrefix("0") ? "+" + digits : nil
        }
        if digits.hasPrefix("00") {
            let rest = digits.dropFirst(2)
            return (8...15).contains(rest.count) && !rest.hasPrefix("0") ? "+" + rest : nil
        }
        if digits.hasPrefix("44"), digits.count == 12 {
            let national = "0" + digits.dropFirst(2)
            return isNational(national) && "1237".contains(Array(national)[1]) ? national : nil
        }
        return isNational(digits) && groupsLookLikeAPhoneNumber(units) ? digits : nil
    }

    private static func isNational(_ digits: String) -> Bool {
        let d = Array(digits)
        guard d.count >= 10, d[0] == "0" else { return false }
        if d.count == 11 { return "1235789".contains(d[1]) }
        return d.count == 10 && "18".contains(d[1])
    }

    /// A written UK number opens with its area or mobile code ("020", "0161", "07700"), or is typed
    /// one digit at a time. Runs of short numbers ("01 02 2019 03") are dates or counts.
    private static func groupsLookLikeAPhoneNumber(_ units: ArraySlice<Unit>) -> Bool {
        if units.count == 1 || units.contains(where: \.spelled) { return true }
        let lengths = units.map(\.digits.count)
        if lengths.allSatisfy({ $0 == 1 }) { return true }
        if lengths[0] >= 3 { return true }
        return lengths[0] == 2 && lengths.dropFirst().allSatisfy { $0 >= 3 }
    }

    // MARK: - Cues

    private static let cues: Set<String> = [
        "call", "calls", "calling", "ring", "rings", "ringing", "text", "texts", "texting", "txt", "sms",
        "phone", "phones", "phoning", "mobile", "mob", "tel", "telephone", "whatsapp", "landline", "cell",
        "contact", "reach",
    ]

    private static let numberWords: Set<String> = ["number", "num", "no", "nos", "numbers"]
    private static let numberOwners: Set<String> = ScreenVocabulary.possessives.union([
        "phone", "mobile", "contact", "new", "old", "home", "work", "landline", "mob", "tel",
    ])

    /// "call me on", "my number is", "mob:", "t:" within a few words before the digits.
    private static func hasCue(before k: Int, in t: ScreenText) -> Bool {
        for i in stride(from: k - 1, through: max(0, k - 5), by: -1) {
            let word = t.tokens[i].withoutPossessive
            if cues.contains(word) { return true }
            if numberWords.contains(word), i > 0, numberOwners.contains(t.tokens[i - 1].text) { return true }
            if i == k - 1, ["t", "m", "p"].contains(word), t.gapAfter(i).contains(":") { return true }
        }
        return false
    }
}
