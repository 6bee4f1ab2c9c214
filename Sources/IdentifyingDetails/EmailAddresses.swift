/// Finds email addresses, plain ("jo.smith85@gmail.com") and disguised ("jo at example dot com",
/// "jo [at] example [dot] co [dot] uk", "jo(at)example(dot)com", "jo at hotmail").
///
/// "at" is one of the commonest words in English, so a spelled-out address needs a real shape
/// after it: a known top-level domain, or a big mail provider with something that says it is an
/// address (brackets, a username-like local part, or "email" just before).
enum EmailAddressScanner {
    /// Mail providers people name without the ".com".
    static let providers: Set<String> = [
        "gmail", "googlemail", "hotmail", "outlook", "yahoo", "ymail", "icloud", "msn", "aol",
        "btinternet", "btopenworld", "virginmedia", "talktalk", "protonmail", "proton", "gmx",
    ]

    private static let cues: Set<String> = ["email", "emails", "emailed", "mail", "address", "contact", "addy"]
    /// Words that come before an ordinary "at": "look at ...", "stayed at ...".
    private static let verbsBeforeAt: Set<String> = [
        "look", "looks", "looked", "looking", "stay", "stayed", "staying", "arrive", "arrived", "work", "works",
        "worked", "working", "shop", "shopped", "meet", "met", "check", "checked", "google", "googled",
        "search", "searched", "try", "tried", "visit", "visited", "laugh", "laughed", "shout", "shouted",
        "stare", "stared", "aim", "aimed", "good", "bad", "great", "him", "them", "it", "ring", "rang", "call",
        "called", "apply", "applied", "sign", "signed", "register", "registered", "log", "logged", "posted",
        "post", "read", "found", "find", "online", "info", "information", "help", "advice", "support",
    ]

    static func candidates(in t: ScreenText) -> [ScreenCandidate] {
        var found: [ScreenCandidate] = []
        for p in 0..<t.count where t.chars[p] == "@" {
            if let candidate = atSign(t, at: p) { found.append(candidate) }
        }
        for k in t.tokens.indices where t.tokens[k].text == "at" {
            if let candidate = spelledAt(t, at: k) { found.append(candidate) }
        }
        return found
    }

    private static func isLocalCharacter(_ c: Character) -> Bool {
        ScreenText.isWordCharacter(c) || "._%+-'".contains(c)
    }

    /// Where the local part before `end` starts, or nil if there is none.
    private static func localStart(_ t: ScreenText, before end: Int) -> Int? {
        var start = end
        while start > 0, isLocalCharacter(t.chars[start - 1]) { start -= 1 }
        while start < end, !ScreenText.isWordCharacter(t.chars[start]) { start += 1 }
        return start < end ? start : nil
    }

    private static func atSign(_ t: ScreenText, at p: Int) -> ScreenCandidate? {
        // "jo@example.com", and "jo @ example.com" with a space each side.
        let spaced = t.char(p - 1) == " " && t.char(p + 1) == " "
        let localEnd = spaced ? p - 1 : p
        guard let start = localStart(t, before: localEnd) else { return nil }
        let domainStart = spaced ? p + 2 : p + 1
        guard let k = t.tokenIndex(startingAt: domainStart),
              let domain = DomainNames.read(t, from: k, allowSpelledDots: true) else { return nil }
        guard looksLikeMailDomain(domain, strict: domain.spelledDots || spaced) else { return nil }
        return ScreenCandidate(.email, start, domain.end)
    }

    private static func spelledAt(_ t: ScreenText, at k: Int) -> ScreenCandidate? {
        guard k > 0, k + 1 < t.tokens.count else { return nil }
        let before = t.text(t.tokens[k - 1].end, t.tokens[k].start)
        let after = t.gapAfter(k)
        guard DomainNames.isSpelledSeparator(before, after) else { return nil }
        let bracketed = before.contains(where: { "[({<".contains($0) })
        guard var start = localStart(t, before: t.tokens[k - 1].end),
              let domain = DomainNames.read(t, from: k + 1, allowSpelledDots: true) else { return nil }
        // "jo dot smith at gmail dot com"
        while let first = t.tokenIndex(startingAt: start), first >= 2, t.tokens[first - 1].text == "dot",
              DomainNames.isSpelledSeparator(t.gapBefore(first - 1), t.gapAfter(first - 1)),
              !ScreenVocabulary.common.contains(t.tokens[first - 2].text) {
            start = localStart(t, before: t.tokens[first - 2].end) ?? t.tokens[first - 2].start
        }
        let local = t.text(start, t.tokens[k - 1].end)
        let usernameLike = local.contains(where: { ScreenText.isDigit($0) || "._".contains($0) })
        let cued = hasCue(before: k - 1, in: t)
        let ordinaryWord = ScreenVocabulary.common.contains(local) || verbsBeforeAt.contains(local)
        if domain.labels.count == 1 {
            // "jo at hotmail"
            guard providers.contains(domain.labels[0]) else { return nil }
            guard bracketed || usernameLike || (cued && !ordinaryWord) else { return nil }
        } else {
            guard DomainNames.topLevel.contains(domain.topLevel) || (bracketed && domain.topLevel.count >= 2)
            else { return nil }
            // "looked at gov.uk" is a web address, not an email; leave it to that scanner.
            guard bracketed || domain.spelledDots || usernameLike || cued else { return nil }
            guard !ordinaryWord || bracketed || cued else { return nil }
        }
        return ScreenCandidate(.email, start, domain.end)
    }

    private static func looksLikeMailDomain(_ domain: DomainNames.Domain, strict: Bool) -> Bool {
        if domain.labels.count == 1 { return providers.contains(domain.labels[0]) }
        let top = domain.topLevel
        guard top.count >= 2, top.allSatisfy(\.isLetter) else { return false }
        return !strict || DomainNames.topLevel.contains(top) || DomainNames.wordLikeTopLevel.contains(top)
    }

    private static func hasCue(before k: Int, in t: ScreenText) -> Bool {
        for i in stride(from: k - 1, through: max(0, k - 5), by: -1) where cues.contains(t.tokens[i].text) {
            return true
        }
        return false
    }
}
