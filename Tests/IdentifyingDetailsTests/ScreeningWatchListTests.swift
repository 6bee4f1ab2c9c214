import IdentifyingDetails
import Testing

@Suite("Identifying-detail screen: the deployment's watch list")
struct ScreeningWatchListTests {
    static let watchList = WatchList(
        names: ["Jordan Smith", "Siobhán O'Neill"],
        places: ["Ashford", "Stoke-on-Trent", "St. Helens", "Oakfield Primary"],
        words: [("bastard", .mask), ("scumbag", .mask), ("kill you", .block), ("grass", .hold)])
    static let screen = IdentifyingDetailScreen(watchList: watchList)

    struct Found: Sendable, CustomTestStringConvertible {
        let post: String
        let kind: DetailKind
        let text: String
        let action: WatchAction
        var testDescription: String { post }
    }

    static let found: [Found] = [
        Found(post: "I saw jordan smith's car again", kind: .watchedName, text: "jordan smith", action: .hold),
        Found(post: "JORDAN SMITH was there", kind: .watchedName, text: "JORDAN SMITH", action: .hold),
        Found(post: "it was Jordan-Smith", kind: .watchedName, text: "Jordan-Smith", action: .hold),
        Found(post: "Jordan\nSmith", kind: .watchedName, text: "Jordan\nSmith", action: .hold),
        Found(post: "Jordan Smith’s mum", kind: .watchedName, text: "Jordan Smith", action: .hold),
        Found(post: "siobhan o’neill knows", kind: .watchedName, text: "siobhan o’neill", action: .hold),
        Found(post: "SIOBHÁN O'NEILL", kind: .watchedName, text: "SIOBHÁN O'NEILL", action: .hold),
        Found(post: "we moved to a flat in ASHFORD, near the station", kind: .watchedPlace, text: "ASHFORD", action: .hold),
        Found(post: "ashford.", kind: .watchedPlace, text: "ashford", action: .hold),
        Found(post: "Áshford", kind: .watchedPlace, text: "Áshford", action: .hold),
        Found(post: "back in stoke on trent", kind: .watchedPlace, text: "stoke on trent", action: .hold),
        Found(post: "Stoke-on-Trent's refuge", kind: .watchedPlace, text: "Stoke-on-Trent", action: .hold),
        Found(post: "st helens", kind: .watchedPlace, text: "st helens", action: .hold),
        Found(post: "the kids go to oakfield primary", kind: .watchedPlace, text: "oakfield primary", action: .hold),
        Found(post: "he's a grass", kind: .watchedWord, text: "grass", action: .hold),
        Found(post: "you BASTARD", kind: .watchedWord, text: "BASTARD", action: .mask),
        Found(post: "I'll kill you", kind: .watchedWord, text: "kill you", action: .block),
    ]

    @Test("watched names, places and words are found whole, in any case and accent", arguments: found)
    func findsWatched(_ expected: Found) throws {
        let matches = Self.screen.matches(in: expected.post)
        let match = try #require(matches.first { $0.kind == expected.kind }, "\(matches.map(\.text))")
        #expect(match.text == expected.text)
        #expect(match.action == expected.action)
        #expect(String(expected.post[match.range]) == match.text)
    }

    static let notFound: [String] = [
        "Ashfordly is a lovely village",
        "Washford is nowhere near",
        "Jordan was the name of a river in a song",
        "Mr Smith from the council",
        "the grassy bank by the river",
        "she lives in Stoke",
        "bastardised version of the form",
        "kill yourself",  // not the phrase "kill you" (the moderators handle this one by hand)
        "Jordan, Smith and others",
    ]

    @Test("partial words and partial names are not matched", arguments: notFound)
    func ignoresPartialWords(_ post: String) {
        #expect(Self.screen.matches(in: post).filter { $0.kind.isWatched } == [])
    }

    // MARK: - Verdicts

    @Test("block beats hold, hold beats mask, a mask alone is clear")
    func verdictPrecedence() {
        let screen = Self.screen
        let both = "Jordan Smith said he'd kill you"
        guard case .block(let matches) = screen.verdict(for: both) else {
            Issue.record("expected block")
            return
        }
        #expect(matches.map(\.kind) == [.watchedName, .watchedWord])

        guard case .block = screen.verdict(for: "I'll kill you, 07700 900123, 14 Acacia Avenue") else {
            Issue.record("expected block")
            return
        }
        guard case .hold(let held) = screen.verdict(for: "that bastard lives at 14 Acacia Avenue") else {
            Issue.record("expected hold")
            return
        }
        #expect(held.map(\.kind) == [.streetAddress])  // the mask word is masked, not a reason to hold
        #expect(screen.matches(in: "that bastard lives at 14 Acacia Avenue").map(\.action) == [.mask, .hold])
        #expect(screen.verdict(for: "that bastard") == .clear)
        #expect(screen.verdict(for: "that bastard, that scumbag") == .clear)
        #expect(screen.verdict(for: "a nice day") == .clear)
    }

    @Test("a blocked word is not lost inside a longer held match")
    func blockInsideLongerMatch() {
        let screen = IdentifyingDetailScreen(watchList: WatchList(words: [("threat", .block)]))
        let post = "see www.example.com/threat-page"
        guard case .block(let matches) = screen.verdict(for: post) else {
            Issue.record("expected block")
            return
        }
        #expect(matches.map(\.text) == ["threat"])
    }

    @Test("a mask never hides a held detail")
    func maskDoesNotHideHold() {
        let screen = IdentifyingDetailScreen(watchList: WatchList(words: [("acacia", .mask)]))
        let matches = screen.matches(in: "14 Acacia Avenue")
        #expect(matches.map(\.kind) == [.streetAddress])
        guard case .hold = screen.verdict(for: "14 Acacia Avenue") else {
            Issue.record("expected hold")
            return
        }
        #expect(screen.masked("14 Acacia Avenue") == "14 *** Avenue")
    }

    @Test("verdict(for:) from matches agrees with screening the text")
    func staticVerdict() {
        let post = "Jordan Smith, you bastard"
        #expect(IdentifyingDetailScreen.verdict(for: Self.screen.matches(in: post)) == Self.screen.verdict(for: post))
        #expect(IdentifyingDetailScreen.verdict(for: []) == .clear)
    }

    // MARK: - Masking

    static let masking: [(String, String)] = [
        ("you bastard", "you ***"),
        ("YOU BASTARD!", "YOU ***!"),
        ("bastard bastard", "*** ***"),
        ("the bastard's car", "the ***'s car"),
        ("scumbag, bastard.", "***, ***."),
        ("Bástard", "***"),
        ("bastardised", "bastardised"),
        ("Jordan Smith is a grass", "Jordan Smith is a grass"),  // hold words are not masked
        ("", ""),
        ("👩‍👧 bastard 👩‍👧", "👩‍👧 *** 👩‍👧"),
    ]

    @Test("mask words become three asterisks, whatever their length",
          arguments: zip(masking.map(\.0), masking.map(\.1)))
    func masks(_ post: String, _ expected: String) {
        #expect(Self.screen.masked(post) == expected)
    }

    @Test("masking with no mask words returns the text unchanged")
    func maskingWithoutWords() {
        let post = "14 Acacia Avenue, 07700 900123"
        #expect(IdentifyingDetailScreen().masked(post) == post)
    }

    // MARK: - Configuration

    @Test("entries can be loaded from configuration, and empty entries are ignored")
    func entries() {
        let list = WatchList(entries: [
            WatchList.Entry(phrase: "Ashford", kind: .watchedPlace, action: .hold),
            WatchList.Entry(phrase: "  ", kind: .watchedName, action: .hold),
            WatchList.Entry(phrase: "", kind: .watchedWord, action: .block),
        ])
        #expect(list.entries.count == 3)
        let screen = IdentifyingDetailScreen(watchList: list)
        #expect(screen.matches(in: "in Ashford").map(\.kind) == [.watchedPlace])
        #expect(screen.verdict(for: "nothing to see") == .clear)
        #expect(WatchList().isEmpty)
        #expect(!list.isEmpty)
    }
}

extension DetailKind {
    fileprivate var isWatched: Bool { self == .watchedName || self == .watchedPlace || self == .watchedWord }
}
