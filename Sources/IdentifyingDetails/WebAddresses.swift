/// Finds web addresses: "https://...", "www.example.com", "example.co.uk/path", "bit.ly/abc",
/// "jordansmith dot com", and bare IPv4 addresses. Links to a person's profile on a social site
/// ("facebook.com/jo.smith") are reported as social handles, the more specific kind.
///
/// Not web addresses: "e.g.", "i.e.", "etc.", "Mr.", "3.5", "a.m.", "St.Mary", "photo.jpg" (the
/// last label must be a real top-level domain). A missing space after a full stop ("home.It was")
/// is not an address: word-like endings (.it .me .in .is ...) count only with "www", a scheme or
/// a path, and a capitalised ending after a lower-case name is read as a new sentence.
enum WebAddressScanner {
    /// Hosts whose paths are people's profiles.
    static let socialHosts: Set<String> = [
        "facebook.com", "fb.com", "fb.me", "m.facebook.com", "instagram.com", "instagr.am", "tiktok.com",
        "vm.tiktok.com", "twitter.com", "x.com", "mobile.twitter.com", "snapchat.com", "linkedin.com",
        "uk.linkedin.com", "youtube.com", "m.youtube.com", "threads.net", "threads.com", "bsky.app",
        "reddit.com", "old.reddit.com", "pinterest.com", "pinterest.co.uk", "tumblr.com", "t.me",
        "onlyfans.com", "twitch.tv", "telegram.me", "wa.me", "discord.gg", "discord.com", "mastodon.social",
        "patreon.com", "linktr.ee", "kik.me",
    ]

    static func candidates(in t: ScreenText) -> [ScreenCandidate] {
        var found: [ScreenCandidate] = []
        var k = 0
        while k < t.tokens.count {
            if let (candidate, lastToken) = address(t, at: k) {
                found.append(candidate)
                k = lastToken + 1
            } else {
                k += 1
            }
        }
        return found
    }

    private static func address(_ t: ScreenText, at k: Int) -> (ScreenCandidate, Int)? {
        let token = t.tokens[k]
        // A domain starts a word: not in the middle of "jo.smith@", "x.y.z" or "@handle".
        if let before = t.char(token.start - 1), ".@-_/".contains(before) || ScreenText.isWordCharacter(before) {
            return nil
        }
        if ["http", "https", "ftp"].contains(token.text), t.text(token.end, min(token.end + 3, t.count)) == "://" {
            let end = pathEnd(t, from: token.end)
            guard end > token.end + 3 else { return nil }
            let host = hostAfterScheme(t, token.end + 3, end)
            return (candidate(t, host: host, start: token.start, hostEnd: token.end + 3 + host.count, end: end),
                    t.firstToken(atOrAfter: end) - 1)
        }
        if let ip = ipv4(t, at: k) { return ip }
        let spelledAllowed = !ScreenVocabulary.common.contains(token.text)
        guard let domain = DomainNames.read(t, from: k, allowSpelledDots: spelledAllowed),
              domain.labels.count >= 2 else { return nil }
        let top = domain.topLevel
        let www = domain.labels[0] == "www"
        var end = domain.end
        // An optional port, then a path.
        if t.char(end) == ":", let digit = t.char(end + 1), ScreenText.isDigit(digit) {
            end += 1
            while let c = t.char(end), ScreenText.isDigit(c) { end += 1 }
        }
        let hasPath = t.char(end) == "/" && (t.char(end + 1).map { !$0.isWhitespace } ?? false)
        if t.char(end) == "/" { end = pathEnd(t, from: end) }

        if domain.spelledDots {
            // "jordansmith dot com": only a real top-level domain, and never "the dot com boom".
            guard DomainNames.topLevel.contains(top), domain.labels.count <= 4 else { return nil }
        } else if www {
            guard top.count >= 2, top.allSatisfy(\.isLetter) else { return nil }
        } else if DomainNames.wordLikeTopLevel.contains(top) {
            guard hasPath, t.tokens[domain.lastToken].isAllLower else { return nil }
        } else {
            guard DomainNames.topLevel.contains(top) else { return nil }
            // "home.Com" after a lower-case word is two sentences with a missing space.
            let last = t.tokens[domain.lastToken]
            if !hasPath, last.isCapitalized, !last.isAllCaps, t.tokens[k].isAllLower { return nil }
        }
        // Every label needs a letter or is a short number ("1.5.com" aside, versions are not hosts).
        guard domain.labels.dropLast().contains(where: { $0.contains(where: \.isLetter) }) else { return nil }
        return (candidate(t, host: domain.host, start: token.start, hostEnd: domain.end, end: end),
                t.firstToken(atOrAfter: end) - 1)
    }

    private static func candidate(_ t: ScreenText, host: String, start: Int, hostEnd: Int, end: Int) -> ScreenCandidate {
        let bare = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        // A profile is a path with a name in it: "facebook.com/jo.smith", not "facebook.com/".
        let profile = t.char(hostEnd) == "/" && hostEnd + 1 < end
            && t.text(hostEnd + 1, end).contains(where: ScreenText.isWordCharacter)
        return ScreenCandidate(socialHosts.contains(bare) && profile ? .socialHandle : .url, start, end)
    }

    private static func hostAfterScheme(_ t: ScreenText, _ from: Int, _ end: Int) -> String {
        var host = ""
        var i = from
        while i < end, t.chars[i] != "/", t.chars[i] != ":", t.chars[i] != "?", t.chars[i] != "#" {
            host.append(t.chars[i])
            i += 1
        }
        return host
    }

    /// A path runs to the next space; trailing punctuation belongs to the sentence, except a closing
    /// bracket that closes one opened in the path (Wikipedia-style links).
    private static func pathEnd(_ t: ScreenText, from start: Int) -> Int {
        var end = start
        var opened = 0, closed = 0
        while let c = t.char(end), !c.isWhitespace, !"<>\"".contains(c) {
            if c == "(" { opened += 1 } else if c == ")" { closed += 1 }
            end += 1
        }
        while end > start, let c = t.char(end - 1), ".,;:!?')]}".contains(c) {
            if c == ")" {
                if opened >= closed { break }
                closed -= 1
            }
            end -= 1
        }
        return end
    }

    /// "192.168.0.1": four numbers up to 255 joined by dots.
    private static func ipv4(_ t: ScreenText, at k: Int) -> (ScreenCandidate, Int)? {
        guard k + 3 < t.tokens.count else { return nil }
        for i in k...(k + 3) {
            guard t.tokens[i].isNumeric, t.tokens[i].length <= 3, let value = Int(t.tokens[i].text), value <= 255
            else { return nil }
            if i < k + 3, t.gapAfter(i) != "." { return nil }
        }
        if let after = t.char(t.tokens[k + 3].end), after == "." || ScreenText.isWordCharacter(after),
           t.char(t.tokens[k + 3].end + 1).map(ScreenText.isDigit) ?? false {
            return nil
        }
        return (ScreenCandidate(.url, t.tokens[k].start, t.tokens[k + 3].end), k + 3)
    }
}
