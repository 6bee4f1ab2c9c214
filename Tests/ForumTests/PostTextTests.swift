@testable import Forum
import TestSupport
import Testing

/// Plain text: normalising, paragraphs, links and markup kept as text, and the length limits.
@Suite struct PostTextTests {
    static let policy = ModerationPolicy.standard

    @Test(arguments: [
        // raw, normalised body
        ("Hello", "Hello"),
        ("  Hello  ", "Hello"),
        ("\n\n  Hello\n\n\n", "Hello"),
        ("one\r\ntwo\rthree\nfour", "one\ntwo\nthree\nfour"),
        ("one\u{85}two\u{2028}three", "one\ntwo\nthree"),
        ("one\u{2029}two", "one\n\ntwo"),
        ("one\r\n\r\ntwo", "one\n\ntwo"),
        // any run of blank lines, or of lines of spaces, is one blank line
        ("one\n\n\n\n\ntwo", "one\n\ntwo"),
        ("one\n  \n\t\n \ntwo", "one\n\ntwo"),
        ("one   \n   two", "one\ntwo"),
        ("a\tb", "a b"),
        // control characters go, newlines stay
        ("a\u{0}b\u{7}c\u{1B}[31md\u{7F}e\u{9B}f", "abc[31mdef"),
        // invisible characters that disguise text go
        ("pay\u{202E}lp.exe", "paylp.exe"),
        ("a\u{2066}b\u{2069}c\u{200B}d\u{2060}e\u{FEFF}f", "abcdef"),
        ("\u{FEFF}Hello", "Hello"),
        // emoji joiners and non-Latin scripts stay
        ("👩‍👩‍👧 family", "👩‍👩‍👧 family"),
        ("می‌خواهم", "می‌خواهم"),
        ("", ""),
        ("   \n\t\n  ", ""),
        ("\u{200B}\u{202E}", ""),
    ])
    func normalisingABody(_ raw: String, _ expected: String) {
        #expect(PlainText.normaliseBody(raw) == expected)
        // Normalising twice changes nothing.
        #expect(PlainText.normaliseBody(expected) == expected)
    }

    @Test(arguments: [
        ("A title", "A title"),
        ("  A   title\n\nover\r\nlines\t ", "A title over lines"),
        ("Hidden\u{202E}direction", "Hiddendirection"),
        ("\n \t", ""),
    ])
    func normalisingALine(_ raw: String, _ expected: String) {
        #expect(PlainText.normaliseLine(raw) == expected)
    }

    /// The shortcut for stored plain-ASCII posts gives exactly what normalising first gives, and
    /// is taken for every normalised ASCII text (random texts of spaces, tabs, line ends, control
    /// and non-ASCII characters).
    @Test func theASCIIShortcutAgreesWithNormalisingFirst() {
        var generator = SplitMix64(seed: 11)
        let pieces = ["a", "b", "c", " ", " ", "\n", "\n", "\n\n", "\t", "\r\n", "\u{0}", "é", "\u{200B}", "x y"]
        var shortcuts = 0
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...16, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            if let quick = PlainText.normalisedASCIIParagraphs(text) {
                #expect(quick == PlainText.paragraphsNormalisingFirst(text), "\(text.debugDescription)")
                shortcuts += 1
            }
            let normalised = PlainText.normaliseBody(text)
            if normalised.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(PlainText.normalisedASCIIParagraphs(normalised) == PlainText.paragraphsNormalisingFirst(normalised),
                        "\(normalised.debugDescription)")
            }
            #expect(PlainText.paragraphs(text) == PlainText.paragraphsNormalisingFirst(text))
        }
        #expect(shortcuts > 100)
    }

    @Test func paragraphsAreSeparatedByBlankLinesAndKeepTheirLines() throws {
        let text = try #require(PostText(normalising: "First line\nsecond line\n\n\n\nNew paragraph\r\n\r\nThird"))
        #expect(text.paragraphs.map(\.lines) == [["First line", "second line"], ["New paragraph"], ["Third"]])
        #expect(text.paragraphs.allSatisfy { $0.lines.allSatisfy { !$0.isEmpty } })
    }

    @Test(arguments: [
        "See https://example.org/help?a=1&b=2 for more",
        "www.example.org",
        "javascript:alert(1)",
        "<a href=\"https://example.org\">click</a>",
        "mailto:someone@example.org",
    ])
    func linksStayText(_ line: String) throws {
        // A link is characters in a line like any other: never a link, never changed.
        let text = try #require(PostText(normalising: line))
        #expect(text.paragraphs.map(\.lines) == [[line]])
        #expect(text.text == line)
    }

    @Test func markupIsNeitherStrippedNorEscapedHere() throws {
        // The template escapes; doing it here as well would show "&amp;lt;" to readers.
        let raw = "<script>alert('x')</script> & <b>bold</b> &amp; \"quoted\""
        let text = try #require(PostText(normalising: raw))
        #expect(text.text == raw)
        #expect(text.paragraphs.map(\.lines) == [[raw]])
    }

    // MARK: Length limits

    @Test(arguments: [
        ("x", Result<Int, PostTextProblem>.success(1)),
        (String(repeating: "x", count: 5000), .success(5000)),
        (String(repeating: "x", count: 5001), .failure(.tooLong(maximum: 5000))),
        // counted after normalising: the spaces around do not count
        ("   " + String(repeating: "x", count: 5000) + "\n\n\n", .success(5000)),
        // characters as people count them: a family emoji is one
        (String(repeating: "👩‍👩‍👧", count: 5000), .success(5000)),
        ("", .failure(.empty)),
        (" \n\u{200B}\t", .failure(.empty)),
    ])
    func bodyLength(_ raw: String, _ expected: Result<Int, PostTextProblem>) {
        let actual: Result<Int, PostTextProblem> = Result { () throws(PostTextProblem) in try Self.policy.body(raw).length }
        #expect(actual == expected)
    }

    @Test(arguments: [
        ("A", Result<Int, PostTextProblem>.success(1)),
        (String(repeating: "t", count: 120), .success(120)),
        (String(repeating: "t", count: 121), .failure(.tooLong(maximum: 120))),
        ("  two\nlines  ", .success(9)),
        ("   ", .failure(.empty)),
    ])
    func titleLength(_ raw: String, _ expected: Result<Int, PostTextProblem>) {
        let actual: Result<Int, PostTextProblem> = Result { () throws(PostTextProblem) in try Self.policy.title(raw).length }
        #expect(actual == expected)
    }

    @Test func minimumLengthsAreConfigurable() throws {
        let policy = try ModerationPolicy(bodyLength: 10...20, titleLength: 3...5)
        #expect(throws: PostTextProblem.tooShort(minimum: 10)) { try policy.body("too short") }
        #expect(try policy.body("long enough").text == "long enough")
        #expect(throws: PostTextProblem.tooShort(minimum: 3)) { try policy.title("ab") }
        #expect(throws: PostTextProblem.tooLong(maximum: 5)) { try policy.title("abcdef") }
    }

    // MARK: Moderators' words and staff names

    @Test func moderatorTextIsNeverEmptyOrTooLong() {
        #expect(ModeratorText("") == nil)
        #expect(ModeratorText(" \n\t ") == nil)
        #expect(ModeratorText(String(repeating: "r", count: 1000))?.text.count == 1000)
        #expect(ModeratorText(String(repeating: "r", count: 1001)) == nil)
        #expect(ModeratorText("  Please\r\n\r\n\r\nremove the address.  ")?.text == "Please\n\nremove the address.")
        #expect(ModeratorText("One\n\nTwo")?.paragraphs.map(\.lines) == [["One"], ["Two"]])
    }

    @Test func staffNamesAreOneShortLine() {
        #expect(StaffName("  Sam \n Jones ")?.text == "Sam Jones")
        #expect(StaffName("") == nil)
        #expect(StaffName(String(repeating: "s", count: 64)) != nil)
        #expect(StaffName(String(repeating: "s", count: 65)) == nil)
    }

    @Test func storedTextReadsBackUnchanged() throws {
        let stored = try Self.policy.body("Line one\n\nLine two")
        #expect(PostText(normalising: stored.text) == stored)
        #expect(ThreadTitle(normalising: "A title")?.text == "A title")
        #expect(ThreadTitle(normalising: " \n ") == nil)
    }
}
