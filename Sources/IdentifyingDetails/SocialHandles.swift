/// Finds social media handles:
/// - "@jo_smith85" anywhere (but not the "@" inside an email, and not "@home" or "@10pm");
/// - a handle after a platform name: "my insta is jo.smith", "snap: jojo99", "tiktok - jojo",
///   "add me on snapchat jojo", "find me on insta as jo_smith", "facebook: Jordan Smith";
/// - profile links ("facebook.com/jo.smith") come from the web address scanner.
///
/// After a platform name the next word counts only if something says it is a handle: a colon,
/// "name"/"username"/"handle", a username-like shape (digits, "_", "."), or "my insta is" with a
/// word that is not everyday English. So "his insta is private" and "I blocked him on facebook
/// and..." are not held.
enum SocialHandleScanner {
    static let platforms: Set<String> = [
        "insta", "instagram", "ig", "snap", "snapchat", "tiktok", "twitter", "fb", "facebook", "threads",
        "bluesky", "bsky", "discord", "telegram", "kik", "youtube", "twitch", "reddit", "linkedin",
        "onlyfans", "pinterest", "tumblr", "mastodon", "tok", "yt",
    ]
    /// Platforms whose "handle" is often a real name in capitals: "facebook: Jordan Smith".
    private static let realNamePlatforms: Set<String> = ["facebook", "fb", "linkedin"]
    /// Abbreviations too short to trust without a colon.
    private static let colonOnlyPlatforms: Set<String> = ["sc", "ig", "fb", "yt", "tt"]

    private static let strongConnectors: Set<String> = [
        "name", "handle", "username", "user", "id", "account", "acc", "called", "under", "@",
    ]
    private static let weakConnectors: Set<String> = ["is", "as", "its", "it's", "was", "at"]
    private static let invitations: Set<String> = ["add", "follow", "find", "dm", "message", "msg", "search"]

    /// Words that follow a platform name but are not handles.
    private static let notHandles: Set<String> = ScreenVocabulary.common.union([
        "account", "accounts", "page", "profile", "story", "stories", "post", "posts", "message", "messages",
        "dm", "dms", "photos", "photo", "pics", "pictures", "live", "feed", "friends", "friend", "followers",
        "group", "groups", "chat", "video", "videos", "status", "handle", "name", "username", "home", "work",
        "school", "everyone", "night", "least", "times", "reels", "reel", "memories", "marketplace",
        "messenger", "notifications", "app", "dating", "too", "instead", "either", "anymore",
    ])

    static func candidates(in t: ScreenText) -> [ScreenCandidate] {
        var found: [ScreenCandidate] = []
        for p in 0..<t.count where t.chars[p] == "@" {
            if let candidate = atHandle(t, at: p) { found.append(candidate) }
        }
        for k in t.tokens.indices {
            if let candidate = afterPlatform(t, at: k) { found.append(candidate) }
        }
        return found
    }

    private static func isHandleCharacter(_ c: Character) -> Bool {
        ScreenText.isWordCharacter(c) || c == "_" || c == "."
    }

    /// The handle's end, reading from `start`, without a trailing full stop.
    private static func handleEnd(_ t: ScreenText, from start: Int) -> Int {
        var end = start
        while let c = t.char(end), isHandleCharacter(c), end - start < 40 { end += 1 }
        while end > start, t.chars[end - 1] == "." { end -= 1 }
        return end
    }

    private static func usernameLike(_ handle: String) -> Bool {
        handle.contains(where: { ScreenText.isDigit($0) || $0 == "_" || $0 == "." })
            && handle.contains(where: \.isLetter)
    }

    private static func isTime(_ handle: String) -> Bool {
        // "@10pm", "@7am", "@10"
        let letters = handle.drop(while: ScreenText.isDigit)
        return letters.count < handle.count && (letters.isEmpty || letters == "am" || letters == "pm")
    }

    private static func atHandle(_ t: ScreenText, at p: Int) -> ScreenCandidate? {
        if let before = t.char(p - 1), isHandleCharacter(before) || before == "-" { return nil }  // an email
        let end = handleEnd(t, from: p + 1)
        let handle = t.text(p + 1, end)
        guard (2...30).contains(handle.count), handle.contains(where: \.isLetter), !isTime(handle),
              !notHandles.contains(handle) else { return nil }
        // "@jo@example.com" belongs to the email scanner.
        if t.char(end) == "@" { return nil }
        return ScreenCandidate(.socialHandle, p, end)
    }

    private static func afterPlatform(_ t: ScreenText, at k: Int) -> ScreenCandidate? {
        let word = t.tokens[k].text
        let isPlatform = platforms.contains(word) && (word != "tok" || (k > 0 && t.tokens[k - 1].text == "tik"))
        guard isPlatform || colonOnlyPlatforms.contains(word) else { return nil }
        var strong = false, weak = false
        var i = k + 1
        var gap = t.gapAfter(k)
        if gap.contains(":") || gap.contains("=") || gap.trimmingSpaces == "-" { strong = true }
        if colonOnlyPlatforms.contains(word), !strong { return nil }
        while i < t.tokens.count, i <= k + 3 {
            let connector = t.tokens[i].text
            if strongConnectors.contains(connector) { strong = true } else if weakConnectors.contains(connector) {
                weak = true
            } else {
                break
            }
            gap = t.gapAfter(i)
            if gap.contains(":") || gap.contains("=") { strong = true }
            i += 1
        }
        guard i < t.tokens.count else { return nil }
        let between = t.text(t.tokens[i - 1].end, t.tokens[i].start)
        guard between.count <= 4, !between.contains("\n") else { return nil }
        if between.contains("@") { strong = true }
        let start = t.tokens[i].start
        var end = handleEnd(t, from: start)
        let handle = t.text(start, end)
        guard handle.count >= 2, handle.count <= 30, !notHandles.contains(handle),
              !notHandles.contains(t.tokens[i].withoutPossessive) else { return nil }

        let owned = (max(0, k - 2)..<k).contains { ScreenVocabulary.possessives.contains(t.tokens[$0].text) }
        let invited = k >= 2 && ["on", "as"].contains(t.tokens[k - 1].text)
            && (max(0, k - 4)..<(k - 1)).contains { invitations.contains(t.tokens[$0].text) }
        let accepted = strong || usernameLike(handle) || (weak && owned) || invited
        guard accepted, handle.contains(where: \.isLetter) else { return nil }  // "insta: 10000 followers"

        // "facebook: Jordan Smith"
        if realNamePlatforms.contains(word), t.tokens[i].isCapitalized, t.tokens[i].isAlphabetic {
            var j = i
            while j + 1 < t.tokens.count, j < i + 2, t.gapAfter(j) == " ", t.tokens[j + 1].isCapitalized,
                  t.tokens[j + 1].isAlphabetic, !notHandles.contains(t.tokens[j + 1].text) {
                j += 1
            }
            end = max(end, t.tokens[j].end)
        }
        return ScreenCandidate(.socialHandle, start, end)
    }
}

private extension String {
    var trimmingSpaces: String { filter { $0 != " " } }
}
