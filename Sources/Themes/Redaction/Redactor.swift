import IdentifyingDetails
import Foundation

/// Replaces what could identify someone in a text answer before it is quoted (ARCHITECTURE.md,
/// "Disclosure rules"; 003: 556, 602): names, places, phone numbers, emails, dates, ages, street
/// addresses and postcodes become `[name]`, `[place]`, `[phone number]`, `[email]`, `[date]`,
/// `[age]`, `[address]`, `[postcode]` (and web addresses, social handles and number plates too).
///
/// Two sources of matches, merged longest first:
/// - the forum's identifying-detail screen (`IdentifyingDetails.IdentifyingDetailScreen`), for the details
///   with a shape: phone numbers in every UK spelling (public helplines stay), emails, postcodes,
///   street addresses, web addresses, social handles, number plates, dates of birth; its watch list
///   carries the bundled first names, the bundled places and the deployment's own places, matched
///   as whole words in any case;
/// - the scanners here: capitalised names and places, names after "my son" or "Mr", dates, ages.
///
/// When unsure it redacts: a false redaction costs a word, a missed name can cost a life. It is
/// idempotent: placeholders are left alone, so redacting twice changes nothing. What is not caught,
/// on purpose, is written on each scanner (relative dates, decades, a lone unknown name typed at
/// the start of a sentence); the lead reads every quote before approving it.
public struct Redactor: Sendable {
    private let screen: IdentifyingDetailScreen
    /// The deployment's own places, as given.
    public let localPlaces: [String]

    /// - Parameter places: the deployment's local place names (streets, estates, villages, schools),
    ///   matched as whole words in any case.
    public init(places: [String] = []) {
        localPlaces = places
        let names = FirstNames.all.subtracting(FirstNames.alsoWords).sorted()
        let builtInPlaces = Set(PlaceNames.all).subtracting(PlaceNames.alsoWords).sorted()
        screen = IdentifyingDetailScreen(watchList: WatchList(names: names, places: builtInPlaces + places))
    }

    /// Reads a file of local place names: one a line; blank lines and lines starting with '#' are skipped.
    public static func readPlaces(file url: URL) throws(RedactorError) -> [String] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw RedactorError("Cannot read the places file \(url.path). Check the path.")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RedactorError("\(url.path) is not UTF-8 text. Save it as UTF-8, one place name per line.")
        }
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// `text` with every redaction replaced by its placeholder.
    public func redact(_ text: String) -> String {
        let found = redactions(in: text)
        guard !found.isEmpty else { return text }
        var result = ""
        var cursor = text.startIndex
        for redaction in found {
            result += text[cursor..<redaction.range.lowerBound]
            result += redaction.kind.placeholder
            cursor = redaction.range.upperBound
        }
        result += text[cursor...]
        return result
    }

    /// What would be redacted, in order and never overlapping.
    public func redactions(in text: String) -> [Redaction] {
        let words = WordText(text)
        let placeholders = Self.placeholderRanges(in: text)
        let safePhrases = Self.safePhraseRanges(in: words)
        var candidates = screen.matches(in: text).compactMap { match -> Redaction? in
            Self.kind(of: match.kind).map { Redaction(kind: $0, range: match.range) }
        }
        candidates += ProperNounScanner.redactions(in: words)
        candidates += DateScanner.redactions(in: words)
        candidates += AgeScanner.redactions(in: words)
        candidates = candidates.filter { candidate in
            if placeholders.contains(where: { $0.overlaps(candidate.range) }) { return false }
            let isNameOrPlace = candidate.kind == .name || candidate.kind == .place
            return !(isNameOrPlace && safePhrases.contains { $0.overlaps(candidate.range) })
        }
        return Self.resolve(candidates, in: text)
    }

    /// Longest first, then the more specific kind, then the earlier; the survivors in text order.
    static func resolve(_ candidates: [Redaction], in text: String) -> [Redaction] {
        func length(_ r: Redaction) -> Int { text.distance(from: r.range.lowerBound, to: r.range.upperBound) }
        let ranked = candidates.filter { !$0.range.isEmpty }.map { ($0, length($0)) }.sorted { a, b in
            if a.1 != b.1 { return a.1 > b.1 }
            if a.0.kind.specificity != b.0.kind.specificity { return a.0.kind.specificity > b.0.kind.specificity }
            return a.0.range.lowerBound < b.0.range.lowerBound
        }
        var kept: [Redaction] = []
        for (candidate, _) in ranked where !kept.contains(where: { $0.range.overlaps(candidate.range) }) {
            kept.append(candidate)
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static func kind(of detail: DetailKind) -> RedactionKind? {
        switch detail {
        case .phoneNumber: .phoneNumber
        case .email: .email
        case .postcode: .postcode
        case .streetAddress: .address
        case .url: .webAddress
        case .socialHandle, .watchedName, .watchedWord: .name
        case .vehicleRegistration: .vehicleRegistration
        case .dateOfBirth: .date
        case .watchedPlace: .place
        }
    }

    /// Placeholders already in the text, so redacting twice changes nothing.
    private static func placeholderRanges(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        for kind in RedactionKind.allCases {
            var from = text.startIndex
            while let range = text.range(of: kind.placeholder, options: .caseInsensitive, range: from..<text.endIndex) {
                ranges.append(range)
                from = range.upperBound
            }
        }
        return ranges
    }

    /// Agencies and laws named after someone or somewhere: "Clare's Law", "Southall Black Sisters".
    private static func safePhraseRanges(in words: WordText) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        for i in words.tokens.indices {
            for phrase in SafeWords.phrases where i + phrase.count <= words.tokens.count {
                if phrase.indices.allSatisfy({ words.tokens[i + $0].folded == phrase[$0] }) {
                    ranges.append(ProperNounScanner.span(words.tokens, i, i + phrase.count - 1))
                }
            }
        }
        return ranges
    }
}

/// A places file that cannot be read.
public struct RedactorError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
