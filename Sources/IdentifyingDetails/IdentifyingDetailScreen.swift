/// Screens a forum post for details that could identify someone, before anyone else sees it.
/// An abuser may join the forum to find her: a post with a phone number, an address, a plate or a
/// name from the watch list waits for a moderator.
///
/// Pure and deterministic: hand-written scanners over a folded copy of the text (no regular
/// expressions, so no catastrophic backtracking; a 10,000-character post takes milliseconds).
/// When in doubt the scanners hold: a wrongly held post costs a moderator a click, a wrongly
/// published one can cost a life. The choices against false positives are documented on each
/// scanner.
public struct IdentifyingDetailScreen: Sendable {
    public let watchList: WatchList
    /// Numbers that are safe to share and never held (999, the national helplines...).
    public let publicNumbers: [String]
    private let allowedNumbers: Set<String>

    public static let defaultPublicNumbers: [String] = PublicNumbers.defaults

    public init(watchList: WatchList = WatchList(), publicNumbers: [String] = PublicNumbers.defaults) {
        self.watchList = watchList
        self.publicNumbers = publicNumbers
        allowedNumbers = Set(publicNumbers.map(PublicNumbers.normalized).filter { !$0.isEmpty })
    }

    /// Every identifying detail in `text`, sorted by position and non-overlapping. Where two
    /// overlap, the stronger action wins (block, then hold, then mask), then the longer match,
    /// then the more specific kind.
    public func matches(in text: String) -> [DetailMatch] {
        let screenText = ScreenText(text)
        return ScreenCandidate.resolve(candidates(in: screenText)).map { match(for: $0, in: screenText) }
    }

    /// `.block` if any watched word blocks, else `.hold` if anything holds, else `.clear`
    /// (a post whose only matches are mask words is clear: publish `masked(_:)`).
    public func verdict(for text: String) -> ScreenVerdict {
        Self.verdict(for: matches(in: text))
    }

    /// The verdict for matches already found, so a caller need not screen twice.
    public static func verdict(for matches: [DetailMatch]) -> ScreenVerdict {
        let reasons = matches.filter { $0.action != .mask }
        if reasons.contains(where: { $0.action == .block }) { return .block(reasons) }
        if !reasons.isEmpty { return .hold(reasons) }
        return .clear
    }

    /// `text` with every watched word whose action is `mask` replaced by "***".
    ///
    /// Always three asterisks, whatever the word's length: the length of a hidden word is a clue
    /// to what it was, and a mask is there to hide it. Every occurrence is masked, even one inside
    /// a longer held match, because a moderator may approve that post as it stands.
    public func masked(_ text: String) -> String {
        let screenText = ScreenText(text)
        var spans = watchList.candidates(in: screenText).filter { $0.action == .mask }
            .map { screenText.range($0.start, $0.end) }
        guard !spans.isEmpty else { return text }
        spans.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<String.Index>] = []
        for span in spans {
            if let last = merged.last, span.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
            } else {
                merged.append(span)
            }
        }
        var result = ""
        var cursor = text.startIndex
        for span in merged {
            result += text[cursor..<span.lowerBound]
            result += "***"
            cursor = span.upperBound
        }
        result += text[cursor...]
        return result
    }

    private func candidates(in t: ScreenText) -> [ScreenCandidate] {
        var all = watchList.candidates(in: t)
        all += PhoneNumberScanner.candidates(in: t, allowed: allowedNumbers)
        all += EmailAddressScanner.candidates(in: t)
        all += WebAddressScanner.candidates(in: t)
        all += SocialHandleScanner.candidates(in: t)
        all += PostcodeScanner.candidates(in: t)
        all += StreetAddressScanner.candidates(in: t)
        all += VehicleRegistrationScanner.candidates(in: t)
        all += DateOfBirthScanner.candidates(in: t)
        return all
    }

    private func match(for candidate: ScreenCandidate, in t: ScreenText) -> DetailMatch {
        let range = t.range(candidate.start, candidate.end)
        return DetailMatch(kind: candidate.kind, range: range, text: String(t.source[range]), action: candidate.action)
    }
}
