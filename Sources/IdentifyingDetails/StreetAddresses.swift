/// Finds street addresses: a house number, one to three name words and a street type —
/// "14 Acacia Avenue", "22b Mill Lane", "flat 3, 22b Mill Lane", "12-14 Church Rd", "no. 7 St Mary's
/// Road", "14 acacia ave".
///
/// A named street without a number is also held when the sentence says someone lives, works or
/// goes to school there: "I live on Mill Lane", "she lives in Ashford on Mill Lane", "we're staying
/// off Church Road", "the kids' school is on Church Street". A street mentioned any other way
/// ("I saw him outside the shop on Mill Lane") is not held, nor is a generic "High Street" or
/// "Main Road": streets are everyday talk, and the deployment's watch list is the place for
/// streets that matter locally.
///
/// Words like Court, Place, Way, Close and Drive are street types and everyday words ("3 family
/// court hearings", "1 safe place", "a 2 hour drive"), so with them the address must be written in
/// capitals ("14 Acacia Close"), and court names ("Family Court", "Crown Court") never count.
/// Lower-case addresses need an unambiguous type (road, street, avenue, lane...), name words that
/// are not everyday words, and no noun straight after ("2 high street banks").
enum StreetAddressScanner {
    /// Street types that are rarely anything else.
    static let clearTypes: Set<String> = [
        "road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "crescent", "cres", "terrace", "terr",
        "tce", "mews", "boulevard", "blvd", "parade", "esplanade", "gardens", "gdns", "grove", "embankment",
        "wharf", "quay", "wynd", "brae", "drove", "avenues", "crt", "cl", "dr", "sq", "pl",
    ]
    /// Street types that are also everyday words; they need capitals.
    static let everydayTypes: Set<String> = [
        "close", "drive", "court", "place", "way", "park", "green", "hill", "walk", "view", "row", "rise",
        "square", "gate", "chase", "fields", "yard", "heights", "approach", "vale", "meadow", "meadows",
        "circus", "broadway", "highway", "hollow", "mount", "path", "passage", "alley", "common", "orchard",
        "croft", "end", "side", "villas", "cottages", "buildings", "estate", "mead", "link", "glade", "dale",
        "bank", "crest", "lawn", "lawns",
    ]
    /// Words before a street type that make it an institution or a figure of speech, not a street.
    private static let notStreetNames: Set<String> = [
        "family", "county", "crown", "magistrates", "magistrate's", "magistrates'", "supreme", "civil",
        "criminal", "youth", "district", "appeal", "appeals", "divorce", "juvenile", "coroners", "coroner's",
        "claims", "tribunal", "high", "royal", "safe", "happy", "better", "dark", "good", "bad", "same",
        "different", "right", "wrong", "first", "second", "third", "last", "one", "two", "no", "hour",
        "minute", "mile", "half", "long", "short", "car", "theme", "national", "business", "retail",
        "industrial", "trading", "holiday", "caravan", "skate", "water", "food", "court",
    ]
    /// Lower-case words that are never a street's name.
    private static let notLowercaseNames: Set<String> = ScreenVocabulary.common.union([
        "hour", "hours", "minute", "minutes", "min", "mins", "mile", "miles", "second", "seconds", "day",
        "days", "week", "weeks", "month", "months", "year", "years", "time", "times", "bus", "buses", "car",
        "cars", "kids", "children", "police", "officers", "family", "main", "busy", "quiet", "dirt",
        "country", "side", "dead", "end", "lane", "lanes", "way", "street", "streets", "road", "roads",
        "narrow", "wide", "small", "big", "dark", "muddy", "safe", "local", "single", "double", "bedroom",
        "bed", "storey", "floor", "door", "doors", "houses", "homes", "flats", "shops", "people", "women",
        "men", "mums", "friends", "dogs", "cats", "council", "private", "rented", "social", "temporary",
        "back", "front", "next", "busiest", "quietest", "nearest",
    ])
    /// Words that can follow a lower-case address ("14 mill lane and", "14 mill lane, ...").
    private static let followers: Set<String> = [
        "in", "on", "and", "near", "by", "which", "where", "is", "was", "has", "had", "with", "at", "for",
        "to", "off", "but", "so", "then", "i", "we", "he", "she", "they", "it", "that", "this", "when",
        "because", "opposite", "behind", "next", "if", "or", "until", "since", "now", "again", "yesterday",
        "today", "tonight", "last", "every", "before", "after",
    ]
    private static let unitWords: Set<String> = [
        "flat", "apartment", "apt", "unit", "room", "house", "suite", "no", "number", "num", "maisonette",
    ]
    /// Words that make a named street someone's address (or where she can be found every day).
    private static let livingWords: Set<String> = [
        "live", "lives", "living", "lived", "moved", "move", "moving", "staying", "stay", "stays",
        "relocated", "rehoused", "housed", "placed", "address", "house", "flat", "home", "refuge",
        "school", "nursery", "college", "work", "works", "working", "job",
    ]
    private static let streetPrepositions: Set<String> = ["on", "in", "to", "off", "at", "near", "along", "is", "was"]
    /// Every town has one: without a number these say nothing about where anyone lives.
    private static let genericStreets: Set<String> = ["high street", "main road", "high road", "main street"]

    static func candidates(in t: ScreenText) -> [ScreenCandidate] {
        var found: [ScreenCandidate] = []
        for k in t.tokens.indices {
            if isHouseNumber(t, k), let end = street(t, from: k + 1) {
                found.append(ScreenCandidate(.streetAddress, addressStart(t, k), end))
            } else if streetPrepositions.contains(t.tokens[k].text), livesNearby(t, before: k) {
                // "I live on Mill Lane", "she lives in Ashford on Mill Lane", "the kids' school is on Church Street"
                var first = k + 1
                if first < t.tokens.count, t.tokens[first].text == "the" { first += 1 }
                if first < t.tokens.count, let end = street(t, from: first),
                   !genericStreets.contains(t.text(t.tokens[first].start, end).split(separator: " ").joined(separator: " ")) {
                    found.append(ScreenCandidate(.streetAddress, t.tokens[first].start, end))
                }
            }
        }
        return found
    }

    /// A living word within a few words before token `k`, in the same sentence.
    private static func livesNearby(_ t: ScreenText, before k: Int) -> Bool {
        var i = k - 1
        while i >= 0, i >= k - 6 {
            if livingWords.contains(t.tokens[i].withoutPossessive) { return true }
            if t.gapAfter(i).contains(where: { ".!?\n".contains($0) }) { return false }
            i -= 1
        }
        return false
    }

    /// "14", "22b", "7A", not "£14" or "3.5".
    private static func isHouseNumber(_ t: ScreenText, _ k: Int) -> Bool {
        let token = t.tokens[k]
        let digits = token.text.prefix(while: ScreenText.isDigit)
        let rest = token.text.dropFirst(digits.count)
        guard (1...4).contains(digits.count), digits.first != "0", rest.count <= 1,
              rest.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        if let before = t.char(token.start - 1) {
            if "£$€#".contains(before) { return false }
            if ".,:".contains(before), let earlier = t.char(token.start - 2), ScreenText.isDigit(earlier) { return false }
        }
        return true
    }

    /// Where an address starting at house number `k` really starts: "flat 3, 22b", "no. 14", "12-14".
    private static func addressStart(_ t: ScreenText, _ k: Int) -> Int {
        var first = k
        var steps = 0
        while first > 0, steps < 3 {
            let gap = t.gapBefore(first)
            let previous = t.tokens[first - 1]
            if gap == "-", previous.isNumeric, steps == 0 {
                first -= 1  // "12-14"
            } else if unitWords.contains(previous.text), gap.count <= 3, gap.allSatisfy({ " .:".contains($0) }) {
                first -= 1  // "no. 14", "flat 3"
            } else if first >= 2, isHouseNumber(t, first - 1), unitWords.contains(t.tokens[first - 2].text),
                      gap.count <= 3, gap.allSatisfy({ " ,".contains($0) }) {
                first -= 1  // "flat 3, 22b": the unit's number, then its word on the next step
            } else {
                break
            }
            steps += 1
        }
        return t.tokens[first].start
    }

    /// The end of "Name [Name [Name]] Type" starting at token `first`, if it is a street.
    private static func street(_ t: ScreenText, from first: Int) -> Int? {
        guard first < t.tokens.count else { return nil }
        var best: Int?
        var j = first + 1
        while j < t.tokens.count, j <= first + 3 {
            // Names are joined by spaces or hyphens ("Stoke-on-Trent Road").
            let gap = t.gapBefore(j)
            let saint = t.tokens[j - 1].text == "st" && (gap == "." || gap == ". ")  // "St. Mary's Road"
            guard ScreenVocabulary.isSpacing(gap) || gap == "-" || saint else {
                break
            }
            guard t.tokens[j - 1].isAlphabetic else { break }
            if isStreet(t, names: first..<j, type: j) { best = t.tokens[j].end }
            j += 1
        }
        return best  // "Rd." ends before its full stop: it may end the sentence
    }

    private static func isStreet(_ t: ScreenText, names: Range<Int>, type j: Int) -> Bool {
        let typeToken = t.tokens[j]
        let type = typeToken.text
        let clear = clearTypes.contains(type)
        guard clear || everydayTypes.contains(type) else { return false }
        let nameTokens = names.map { t.tokens[$0] }
        // "Stoke-on-Trent Road": small words inside a hyphenated name stay lower case.
        let titleCase = typeToken.isCapitalized && names.allSatisfy { i in
            t.tokens[i].isCapitalized || (t.gapBefore(i) == "-" && t.gapAfter(i) == "-")
        }
        // "Family Court", "High Court", "Safe Place" (but "High Street" and "First Avenue" are streets).
        if !clear, nameTokens.contains(where: { notStreetNames.contains($0.withoutPossessive) }) { return false }
        if titleCase { return true }
        guard clear, nameTokens.allSatisfy({ $0.isAllLower || $0.isCapitalized }) else { return false }
        guard !nameTokens.contains(where: { notLowercaseNames.contains($0.withoutPossessive) }) else { return false }
        // "2 high street banks": a lower-case noun straight after means it was not an address.
        if j + 1 < t.tokens.count, ScreenVocabulary.isSpacing(t.gapAfter(j)) {
            let next = t.tokens[j + 1]
            if next.isAlphabetic, next.isAllLower, !followers.contains(next.text) { return false }
        }
        return true
    }
}
