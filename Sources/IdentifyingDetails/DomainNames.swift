/// Reads domain names for the email and web address scanners, including the spelled-out forms
/// people use to dodge filters: "example dot co dot uk", "example[dot]com", "example (dot) com".
enum DomainNames {
    struct Domain {
        /// Folded labels, e.g. ["example", "co", "uk"].
        let labels: [String]
        /// Index of the domain's last token.
        let lastToken: Int
        /// Character offset just past the domain.
        let end: Int
        /// Some separator was written as a word ("dot", "[dot]").
        let spelledDots: Bool

        var topLevel: String { labels[labels.count - 1] }
        var host: String { labels.joined(separator: ".") }
    }

    /// Top-level domains we trust on a bare name like "example.com": the generic ones people meet,
    /// the UK's, and country codes common among UK communities.
    static let topLevel: Set<String> = [
        "com", "org", "net", "edu", "gov", "info", "biz", "io", "co", "uk", "ie", "eu", "scot", "wales",
        "cymru", "london", "xyz", "tv", "fm", "cc", "ws", "ly", "gl", "gd", "ai", "gg", "je", "mobi",
        "ca", "au", "nz", "de", "fr", "es", "nl", "pl", "pt", "ro", "se", "dk", "fi", "ch", "cz", "hu", "gr",
        "ru", "ua", "tr", "za", "ng", "gh", "ke", "pk", "bd", "lk", "jp", "cn", "kr", "hk", "sg", "ae", "sa",
        "br", "mx", "ar", "lt", "lv", "ee", "sk", "bg", "hr", "si", "rs", "al", "cy", "mt", "ph", "vn", "th",
    ]
    /// Endings that are also everyday words: "home.It was awful", "i was at home.online shopping".
    /// A name ending in one of these is an address only with "www", a scheme or a path.
    static let wordLikeTopLevel: Set<String> = [
        "me", "it", "in", "is", "to", "be", "at", "as", "us", "my", "no", "so", "do", "am", "by", "id", "im",
        "an", "or", "we", "he", "hi", "on", "up", "go", "app", "dev", "pro", "name", "email", "live", "life",
        "world", "news", "media", "social", "link", "page", "club", "website", "site", "shop", "store", "blog",
        "tech", "online", "lol", "wtf", "fyi",
    ]

    /// Real host names rarely have more than a handful of labels; the cap keeps long runs of
    /// "a.b.c..." or "x dot y dot ..." from costing time on every word.
    private static let maximumLabels = 8

    /// Reads a domain starting at token `k`. Real dots must touch both labels; "dot" as a word may
    /// have spaces or brackets around it. Hyphens join tokens inside a label ("my-site").
    static func read(_ t: ScreenText, from k: Int, allowSpelledDots: Bool) -> Domain? {
        var labels: [String] = []
        var spelled = false
        var i = k
        var lastToken = k
        guard let first = label(t, at: i) else { return nil }
        labels.append(first.text)
        lastToken = first.last
        i = first.last + 1
        while i < t.tokens.count, labels.count < maximumLabels {
            let gap = t.text(t.tokens[lastToken].end, t.tokens[i].start)
            if gap == ".", let next = label(t, at: i) {
                labels.append(next.text)
                lastToken = next.last
                i = next.last + 1
                continue
            }
            if allowSpelledDots, t.tokens[i].text == "dot", isSpelledSeparator(gap, t.gapAfter(i)),
               i + 1 < t.tokens.count, let next = label(t, at: i + 1) {
                labels.append(next.text)
                lastToken = next.last
                i = next.last + 1
                spelled = true
                continue
            }
            break
        }
        return Domain(labels: labels, lastToken: lastToken, end: t.tokens[lastToken].end, spelledDots: spelled)
    }

    /// " dot ", "[dot]", "(dot)", " [dot] ", "{dot}", "<dot>" (and the same for "at").
    static func isSpelledSeparator(_ before: String, _ after: String) -> Bool {
        let b = before.filter { $0 != " " }
        let a = after.filter { $0 != " " }
        if b.isEmpty && a.isEmpty { return before.contains(" ") && after.contains(" ") && !before.contains("\n") }
        let pairs: [(String, String)] = [("[", "]"), ("(", ")"), ("{", "}"), ("<", ">")]
        return pairs.contains { b == $0.0 && a == $0.1 }
    }

    private static func label(_ t: ScreenText, at k: Int) -> (text: String, last: Int)? {
        guard k < t.tokens.count, !t.tokens[k].text.contains("'") else { return nil }
        var text = t.tokens[k].text
        var last = k
        while last + 1 < t.tokens.count, last - k < 8, t.gapAfter(last) == "-", !t.tokens[last + 1].text.contains("'") {
            last += 1
            text += "-" + t.tokens[last].text
        }
        return (text, last)
    }
}
