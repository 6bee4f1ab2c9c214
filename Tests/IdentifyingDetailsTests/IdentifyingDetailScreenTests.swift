import IdentifyingDetails
import Testing

/// One real-world way of writing an identifying detail, inside the sentence it came in.
struct IdentifyingSpelling: Sendable, CustomTestStringConvertible {
    let kind: DetailKind
    let post: String
    /// Exactly the text the moderator queue should highlight.
    let highlighted: String

    init(_ kind: DetailKind, _ post: String, _ highlighted: String) {
        self.kind = kind
        self.post = post
        self.highlighted = highlighted
    }

    var testDescription: String { "\(kind.rawValue): \(post)" }
}

@Suite("Identifying-detail screen: what it finds")
struct IdentifyingDetailScreenTests {
    static let spellings: [IdentifyingSpelling] = phoneNumbers + emails + postcodes + streetAddresses + urls
        + socialHandles + vehicleRegistrations + datesOfBirth

    static let phoneNumbers: [IdentifyingSpelling] = [
        .init(.phoneNumber, "call me on 07700 900123 after 6", "07700 900123"),
        .init(.phoneNumber, "07700900123 is my new mobile", "07700900123"),
        .init(.phoneNumber, "ring 077 0090 0123 if you want to talk", "077 0090 0123"),
        .init(.phoneNumber, "my number is +44 7700 900123", "+44 7700 900123"),
        .init(.phoneNumber, "text +447700900123 x", "+447700900123"),
        .init(.phoneNumber, "from abroad it's 0044 7700 900 123", "0044 7700 900 123"),
        .init(.phoneNumber, "the office is (020) 7946 0958.", "(020) 7946 0958"),
        .init(.phoneNumber, "his work number 020 7946 0958", "020 7946 0958"),
        .init(.phoneNumber, "ring 0161-496-0000 and ask for me", "0161-496-0000"),
        .init(.phoneNumber, "landline 01632 960 123", "01632 960 123"),
        .init(.phoneNumber, "his firm is on 0800 123 4567", "0800 123 4567"),
        .init(.phoneNumber, "07700.900.123 is the one to use", "07700.900.123"),
        .init(.phoneNumber, "call +44 (0)20 7946 0958 now", "+44 (0)20 7946 0958"),
        .init(.phoneNumber, "ring me: +44 (0) 7700 900 123", "+44 (0) 7700 900 123"),
        .init(.phoneNumber, "it's 0 7 7 0 0 9 0 0 1 2 3 lol", "0 7 7 0 0 9 0 0 1 2 3"),
        .init(.phoneNumber, "oh seven seven oh oh nine oh oh one two three", "oh seven seven oh oh nine oh oh one two three"),
        .init(.phoneNumber, "my new number is oh seven seven double oh nine double oh one two three",
              "oh seven seven double oh nine double oh one two three"),
        .init(.phoneNumber, "call me on 07700 nine double oh one two three", "07700 nine double oh one two three"),
        .init(.phoneNumber, "O77OO 9OO123 is me", "O77OO 9OO123"),
        .init(.phoneNumber, "my number is 946 0958", "946 0958"),
        .init(.phoneNumber, "my mobile is 07700 900 12 something", "07700 900 12"),
        .init(.phoneNumber, "Tel: 01632 960123.", "01632 960123"),
        .init(.phoneNumber, "Text me on 07700-900-123 x", "07700-900-123"),
        .init(.phoneNumber, "07700\u{2013}900\u{2013}123 (with en dashes)", "07700\u{2013}900\u{2013}123"),
        .init(.phoneNumber, "\u{FF10}\u{FF17}\u{FF17}\u{FF10}\u{FF10} \u{FF19}\u{FF10}\u{FF10}\u{FF11}\u{FF12}\u{FF13}",
              "\u{FF10}\u{FF17}\u{FF17}\u{FF10}\u{FF10} \u{FF19}\u{FF10}\u{FF10}\u{FF11}\u{FF12}\u{FF13}"),
        .init(.phoneNumber, "mob 07 700 900 123", "07 700 900 123"),
        .init(.phoneNumber, "whatsapp me +353 87 123 4567", "+353 87 123 4567"),
        .init(.phoneNumber, "447700900123", "447700900123"),
        .init(.phoneNumber, "it's 0117 496 0123 at the house", "0117 496 0123"),
        .init(.phoneNumber, "07700\u{200B}900123 (with a hidden space)", "07700\u{200B}900123"),
        .init(.phoneNumber, "07700/900123", "07700/900123"),
        .init(.phoneNumber, "if anyone knows him his number is 07700900123 please warn people", "07700900123"),
        .init(.phoneNumber, "07700 900 123 or 07700 900 124", "07700 900 123"),
    ]

    static let emails: [IdentifyingSpelling] = [
        .init(.email, "email me jo.smith85@gmail.com", "jo.smith85@gmail.com"),
        .init(.email, "My email: Jo.Smith@Example.co.uk.", "Jo.Smith@Example.co.uk"),
        .init(.email, "it's jo at example dot com", "jo at example dot com"),
        .init(.email, "jo [at] example [dot] co [dot] uk", "jo [at] example [dot] co [dot] uk"),
        .init(.email, "jo(at)example(dot)com", "jo(at)example(dot)com"),
        .init(.email, "message jo.smith at gmail", "jo.smith at gmail"),
        .init(.email, "drop me a line jojo @ outlook.com", "jojo @ outlook.com"),
        .init(.email, "jo_smith[at]yahoo[dot]com", "jo_smith[at]yahoo[dot]com"),
        .init(.email, "jo dot smith at gmail dot com", "jo dot smith at gmail dot com"),
        .init(.email, "JO AT EXAMPLE DOT COM", "JO AT EXAMPLE DOT COM"),
        .init(.email, "email me: jo+forum@proton.me", "jo+forum@proton.me"),
        .init(.email, "jo\u{FF20}example.com", "jo\u{FF20}example.com"),
        .init(.email, "his email is jordan.smith1985 at hotmail", "jordan.smith1985 at hotmail"),
        .init(.email, "e-mail: jordan at smithfamily dot co dot uk", "jordan at smithfamily dot co dot uk"),
    ]

    static let postcodes: [IdentifyingSpelling] = [
        .init(.postcode, "we're at SW1A 1AA now", "SW1A 1AA"),
        .init(.postcode, "M1 1AE", "M1 1AE"),
        .init(.postcode, "postcode B33 8TH", "B33 8TH"),
        .init(.postcode, "CR2 6XH is the refuge", "CR2 6XH"),
        .init(.postcode, "DN55 1PT", "DN55 1PT"),
        .init(.postcode, "near EC1A 1BB", "EC1A 1BB"),
        .init(.postcode, "W1A 0AX.", "W1A 0AX"),
        .init(.postcode, "sw1a1aa", "sw1a1aa"),
        .init(.postcode, "it's m1 1ae", "m1 1ae"),
        .init(.postcode, "Belfast BT1 5GS", "BT1 5GS"),
        .init(.postcode, "I live in LS6 with the kids", "LS6"),
        .init(.postcode, "postcode is m14", "m14"),
        .init(.postcode, "we moved to BS3 last year", "BS3"),
        .init(.postcode, "somewhere in the LS6 area", "LS6"),
        .init(.postcode, "I'm from E17 originally", "E17"),
        .init(.postcode, "her address is 5 Kings Road, Ashford, TN23 1AA", "TN23 1AA"),
    ]

    static let streetAddresses: [IdentifyingSpelling] = [
        .init(.streetAddress, "he's at 14 Acacia Avenue now", "14 Acacia Avenue"),
        .init(.streetAddress, "flat 3, 22b Mill Lane", "flat 3, 22b Mill Lane"),
        .init(.streetAddress, "14 acacia ave and", "14 acacia ave"),
        .init(.streetAddress, "I live on Mill Lane", "Mill Lane"),
        .init(.streetAddress, "no. 7 St Mary's Road", "no. 7 St Mary's Road"),
        .init(.streetAddress, "12-14 Church Rd.", "12-14 Church Rd"),
        .init(.streetAddress, "I live at 221B Baker Street, London", "221B Baker Street"),
        .init(.streetAddress, "She lives at 4 Privet Drive", "4 Privet Drive"),
        .init(.streetAddress, "Apartment 5, 3 Station Road", "Apartment 5, 3 Station Road"),
        .init(.streetAddress, "at 14 The Crescent", "14 The Crescent"),
        .init(.streetAddress, "3 Acacia Court", "3 Acacia Court"),
        .init(.streetAddress, "he lives off Station Rd", "Station Rd"),
        .init(.streetAddress, "we moved to acacia avenue last year", "acacia avenue"),
        .init(.streetAddress, "my address is 7 Elm Grove", "7 Elm Grove"),
        .init(.streetAddress, "14 Stoke-on-Trent Road", "14 Stoke-on-Trent Road"),
        .init(.streetAddress, "14 High Street, opposite the bank", "14 High Street"),
        .init(.streetAddress, "he lives in Ashford on Mill Lane", "Mill Lane"),
        .init(.streetAddress, "the kids' school is on Church Street", "Church Street"),
        .init(.streetAddress, "we were at 23 oak tree road", "23 oak tree road"),
        .init(.streetAddress, "he lives at number 14 acacia avenue", "number 14 acacia avenue"),
        .init(.streetAddress, "22 Oak Tree Close", "22 Oak Tree Close"),
        .init(.streetAddress, "Flat 4b, 16 Station Road", "Flat 4b, 16 Station Road"),
    ]

    static let urls: [IdentifyingSpelling] = [
        .init(.url, "see https://example.com/path?x=1.", "https://example.com/path?x=1"),
        .init(.url, "www.example.com", "www.example.com"),
        .init(.url, "his blog example.co.uk/path", "example.co.uk/path"),
        .init(.url, "bit.ly/abc", "bit.ly/abc"),
        .init(.url, "(see http://bit.ly/3xYz)", "http://bit.ly/3xYz"),
        .init(.url, "visit www.jordansmith.me", "www.jordansmith.me"),
        .init(.url, "look at jordansmith dot com", "jordansmith dot com"),
        .init(.url, "my page is jordansmith.co.uk", "jordansmith.co.uk"),
        .init(.url, "his IP was 192.168.0.1", "192.168.0.1"),
        .init(.url, "I looked at gov.uk for legal aid", "gov.uk"),
        .init(.url, "https://en.wikipedia.org/wiki/Foo_(bar)", "https://en.wikipedia.org/wiki/Foo_(bar)"),
    ]

    static let socialHandles: [IdentifyingSpelling] = [
        .init(.socialHandle, "facebook.com/jordan.smith", "facebook.com/jordan.smith"),
        .init(.socialHandle, "message @jo_smith85 please", "@jo_smith85"),
        .init(.socialHandle, "my insta is jo.smith", "jo.smith"),
        .init(.socialHandle, "tiktok @jojo", "@jojo"),
        .init(.socialHandle, "snap: jojo99", "jojo99"),
        .init(.socialHandle, "my insta is jordan", "jordan"),
        .init(.socialHandle, "facebook: Jordan Smith", "Jordan Smith"),
        .init(.socialHandle, "instagram.com/jo_smith", "instagram.com/jo_smith"),
        .init(.socialHandle, "tiktok.com/@jojo", "tiktok.com/@jojo"),
        .init(.socialHandle, "x.com/jojo", "x.com/jojo"),
        .init(.socialHandle, "follow me on insta jo_smith85", "jo_smith85"),
        .init(.socialHandle, "add me on snapchat jojo", "jojo"),
        .init(.socialHandle, "tik tok: jojo", "jojo"),
        .init(.socialHandle, "my snap is jojo_99", "jojo_99"),
        .init(.socialHandle, "sc: jojo", "jojo"),
        .init(.socialHandle, "DM me on insta @jo.s", "@jo.s"),
        .init(.socialHandle, "my snapchat username is jojo.s", "jojo.s"),
        .init(.socialHandle, "He posts on youtube.com/@jordansmith", "youtube.com/@jordansmith"),
        .init(.socialHandle, "linktr.ee/jordansmith", "linktr.ee/jordansmith"),
    ]

    static let vehicleRegistrations: [IdentifyingSpelling] = [
        .init(.vehicleRegistration, "his car is AB12 CDE", "AB12 CDE"),
        .init(.vehicleRegistration, "AB12CDE", "AB12CDE"),
        .init(.vehicleRegistration, "reg ab12 cde", "ab12 cde"),
        .init(.vehicleRegistration, "an old A123 BCD", "A123 BCD"),
        .init(.vehicleRegistration, "ABC 123D", "ABC 123D"),
        .init(.vehicleRegistration, "white van PY70 XYZ", "PY70 XYZ"),
        .init(.vehicleRegistration, "py70xyz", "py70xyz"),
        .init(.vehicleRegistration, "a123bcd", "a123bcd"),
        .init(.vehicleRegistration, "NI plate LIW 4321", "LIW 4321"),
        .init(.vehicleRegistration, "DAZ 1234", "DAZ 1234"),
        .init(.vehicleRegistration, "abc123d", "abc123d"),
    ]

    static let datesOfBirth: [IdentifyingSpelling] = [
        .init(.dateOfBirth, "DOB 12/03/1985", "DOB 12/03/1985"),
        .init(.dateOfBirth, "I was born on 12 March 1985", "born on 12 March 1985"),
        .init(.dateOfBirth, "date of birth: 1985-03-12", "date of birth: 1985-03-12"),
        .init(.dateOfBirth, "d.o.b 12.3.85", "d.o.b 12.3.85"),
        .init(.dateOfBirth, "D.O.B. 12.3.85", "D.O.B. 12.3.85"),
        .init(.dateOfBirth, "my birthday is 12th March", "birthday is 12th March"),
        .init(.dateOfBirth, "he was born on the 3rd of May 2019", "born on the 3rd of May 2019"),
        .init(.dateOfBirth, "DOB: 3/5/1990", "DOB: 3/5/1990"),
        .init(.dateOfBirth, "dob 03-05-90", "dob 03-05-90"),
        .init(.dateOfBirth, "Date of Birth - 5th May 1990", "Date of Birth - 5th May 1990"),
        .init(.dateOfBirth, "my dob is May 5, 1990", "dob is May 5, 1990"),
        .init(.dateOfBirth, "born 12.03.1985", "born 12.03.1985"),
        .init(.dateOfBirth, "Born: 1 Jan 1990", "Born: 1 Jan 1990"),
        .init(.dateOfBirth, "my son's birthday is on the 3rd of May", "birthday is on the 3rd of May"),
        .init(.dateOfBirth, "bday 12/3", "bday 12/3"),
        .init(.dateOfBirth, "birth date 1990-05-05", "birth date 1990-05-05"),
        .init(.dateOfBirth, "DOB March 1985", "DOB March 1985"),
        .init(.dateOfBirth, "she was born March 12th, 1985", "born March 12th, 1985"),
        .init(.dateOfBirth, "DOB 12th Mar 85", "DOB 12th Mar 85"),
        .init(.dateOfBirth, "DOB - 12 / 03 / 1985", "DOB - 12 / 03 / 1985"),
        .init(.dateOfBirth, "my lad was born on 1st sept 2015", "born on 1st sept 2015"),
    ]

    @Test("there are many real-world spellings")
    func tableIsBig() {
        #expect(Self.spellings.count >= 80)
        #expect(Set(Self.spellings.map(\.kind)).count == 8)
    }

    @Test("each spelling is found as its kind, with exactly the text to highlight", arguments: spellings)
    func findsTheSpelling(_ spelling: IdentifyingSpelling) throws {
        let screen = IdentifyingDetailScreen()
        let matches = screen.matches(in: spelling.post)
        let match = try #require(matches.first { $0.kind == spelling.kind },
                                 "found \(matches.map { "\($0.kind): \($0.text)" })")
        #expect(match.text == spelling.highlighted)
        #expect(String(spelling.post[match.range]) == match.text)
        #expect(match.action == .hold)
        #expect(screen.verdict(for: spelling.post) == .hold(matches))
    }

    @Test("a detail is found in the middle of a longer post", arguments: spellings)
    func findsTheSpellingInContext(_ spelling: IdentifyingSpelling) throws {
        let post = "Things have been hard lately.\n" + spelling.post + "\nThanks for listening x"
        let matches = IdentifyingDetailScreen().matches(in: post)
        let match = try #require(matches.first { $0.kind == spelling.kind })
        #expect(match.text == spelling.highlighted)
        #expect(String(post[match.range]) == match.text)
    }

    // MARK: - Overlaps and ranges

    @Test("the longer, more specific match wins and matches never overlap")
    func preferLongerMatches() {
        let screen = IdentifyingDetailScreen()
        let cases: [(String, DetailKind, String)] = [
            ("jo.smith@gmail.com", .email, "jo.smith@gmail.com"),  // not the URL gmail.com
            ("facebook.com/jo.smith", .socialHandle, "facebook.com/jo.smith"),  // not a URL
            ("wa.me/447700900123", .socialHandle, "wa.me/447700900123"),  // not the phone number inside
            ("my insta is @jo_smith", .socialHandle, "@jo_smith"),  // with its @
        ]
        for (post, kind, text) in cases {
            let matches = screen.matches(in: post)
            #expect(matches.count == 1, "\(post): \(matches.map(\.text))")
            #expect(matches.first?.kind == kind)
            #expect(matches.first?.text == text)
        }
    }

    static let busyPost = """
        Hi all. I left in 2019 with 2 kids. He's at 14 Acacia Avenue, SW1A 1AA, and drives AB12 CDE.
        His number is 07700 900123 (or +44 20 7946 0958), email jo.smith@example.com, insta @jo_smith85,
        and his site is www.jordansmith.co.uk. DOB 12/03/1985. Call the helpline on 0808 2000 247.
        """

    @Test("matches are sorted, do not overlap, and each range is the matched text")
    func sortedNonOverlappingRanges() {
        let matches = IdentifyingDetailScreen().matches(in: Self.busyPost)
        #expect(matches.map(\.kind) == [
            .streetAddress, .postcode, .vehicleRegistration, .phoneNumber, .phoneNumber, .email, .socialHandle,
            .url, .dateOfBirth,
        ])
        for pair in zip(matches, matches.dropFirst()) {
            #expect(pair.0.range.upperBound <= pair.1.range.lowerBound)
        }
        for match in matches {
            #expect(String(Self.busyPost[match.range]) == match.text)
        }
    }

    @Test("highlight segments rebuild the post exactly, with the matches marked")
    func highlightSegments() {
        let post = Self.busyPost
        let matches = IdentifyingDetailScreen().matches(in: post)
        let segments = HighlightSegment.segments(of: post, highlighting: matches)
        #expect(segments.map(\.text).joined() == post)
        #expect(segments.compactMap(\.match) == matches)
        #expect(segments.filter { $0.match != nil }.map(\.text) == matches.map(\.text))
    }

    @Test("UTF-8 offsets locate the match for storage")
    func utf8Offsets() throws {
        let post = "Zoë’s café — ring 07700 900123"
        let match = try #require(IdentifyingDetailScreen().matches(in: post).first)
        let offsets = match.utf8Offsets(in: post)
        let bytes = Array(post.utf8)[offsets]
        #expect(String(decoding: bytes, as: UTF8.self) == "07700 900123")
    }

    @Test("the verdict says why, in plain words")
    func reasons() {
        let verdict = IdentifyingDetailScreen().verdict(for: "ring 07700 900123 or see 14 Acacia Avenue, or 07700 900124")
        #expect(verdict.reasons == [.phoneNumber, .streetAddress])
        #expect(verdict.matches.count == 3)
        #expect(DetailKind.phoneNumber.reason == "a phone number")
        #expect(DetailKind.allCases.allSatisfy { !$0.reason.isEmpty })
    }

    // MARK: - Public numbers

    static let publicNumberPosts: [String] = [
        "Ring 999 if you are in danger.",
        "In an emergency call 112 from any phone.",
        "NHS 111 were useful when I couldn't get a GP.",
        "Ring 101 for the police if it isn't an emergency.",
        "The National Domestic Abuse Helpline is 0808 2000 247, free, 24 hours.",
        "helpline 08082000247",
        "From abroad: +44 808 2000 247.",
        "Men's Advice Line 0808 8010 327 helped my brother.",
        "Galop on 0800 999 5428 were kind to me.",
        "Call Samaritans on 116 123 any time.",
        "You can text SHOUT to 85258.",
        "Call 999, then 101, then 0808 2000 247.",
    ]

    @Test("public helplines and emergency numbers are not held", arguments: publicNumberPosts)
    func publicNumbersAreClear(_ post: String) {
        #expect(IdentifyingDetailScreen().verdict(for: post) == .clear)
    }

    @Test("a private number beside a public one is still held")
    func privateNumberBesideHelpline() {
        let matches = IdentifyingDetailScreen().matches(in: "Call 0808 2000 247 or me on 07700 900123")
        #expect(matches.map(\.text) == ["07700 900123"])
    }

    @Test("the allow-list is configurable")
    func configurableAllowList() {
        let local = IdentifyingDetailScreen(publicNumbers: ["01632 960 123"])
        #expect(local.verdict(for: "Our local service is on 01632 960123.") == .clear)
        #expect(local.matches(in: "The helpline is 0808 2000 247").map(\.text) == ["0808 2000 247"])
        let none = IdentifyingDetailScreen(publicNumbers: [])
        #expect(none.matches(in: "The helpline is 0808 2000 247").count == 1)
        #expect(IdentifyingDetailScreen.defaultPublicNumbers.contains("0808 2000 247"))
    }

    // MARK: - Speed

    /// Inputs shaped to make a backtracking pattern go exponential. Their time is not asserted
    /// (timed unit tests fail on a busy machine); a pattern that backtracked catastrophically would
    /// not finish at all, so the suite would hang here rather than pass.
    @Test("a 10,000-character post of any shape is screened to the end")
    func performance() {
        let screen = IdentifyingDetailScreen(watchList: WatchList(names: ["Jordan Smith"], places: ["Ashford"]))
        func long(_ piece: String) -> String {
            String(repeating: piece, count: 10_000 / piece.count + 1)
        }
        let busy = "I waited 3 months, rang 101, and the hearing is on 12 March at 10:30. Call 07700 900123 or "
            + "jo.smith@example.com; 14 Acacia Avenue, SW1A 1AA, AB12 CDE, @jo_smith, Jordan Smith. "
        let posts = [
            long(busy),
            String(repeating: "0", count: 10_000), long("0 "), long("@"), long("at "), long("at dot "),
            long("a."), long("a-"), long("14 "), "http://" + long(")"), long("(0"), long("+4"), long("a@b."),
            long("born on the "), long("AB12 "), long("oh "), long("double "), long("insta: "),
        ]
        for post in posts {
            #expect(post.count >= 10_000)
            _ = screen.matches(in: post)
        }
        // Seven details in every repetition of the busy paragraph, none lost or merged.
        #expect(screen.matches(in: posts[0]).count == 7 * (10_000 / busy.count + 1))
    }

    @Test("odd input does not trip the screen")
    func oddInput() {
        let screen = IdentifyingDetailScreen(watchList: WatchList(names: ["Zoë"]))
        for post in ["", " ", "\n\n", "@", "+", "(", "at", "dot", "14", "born", "DOB", "😀👩‍👧", "\u{200B}",
                     "e\u{301}", "ٱلسَّلَامُ عَلَيْكُمْ", "\r\n07700 900123\r\n"] {
            let matches = screen.matches(in: post)
            for match in matches { #expect(String(post[match.range]) == match.text) }
        }
        #expect(screen.matches(in: "\r\n07700 900123\r\n").map(\.text) == ["07700 900123"])
        #expect(screen.matches(in: "Zoe\u{301}").map(\.kind) == [.watchedName])
    }
}
