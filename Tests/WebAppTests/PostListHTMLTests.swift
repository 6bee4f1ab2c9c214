@testable import Forum
import Testing
import TestSupport
@testable import WebApp

/// The thread's posts written in Swift: the markup the template had, and nothing a member wrote
/// ever becomes markup.
@Suite struct PostListHTMLTests {
    static let words = PostListHTML.Words(edit: "Edit", delete: "Delete", report: "Report")

    static func post(
        author: String? = "QuietOtter42", lines: [[String]] = [["Hello"]], note: String? = nil, placeholder: String? = nil,
        mayEdit: Bool = false, mayDelete: Bool = false, mayReport: Bool = false
    ) -> MemberPostView {
        MemberPostView(id: 7, when: "This week", author: author, body: lines.map { $0.joined(separator: "\n") }.joined(separator: "\n\n"),
                       note: note, placeholder: placeholder,
                       mayEdit: mayEdit, mayDelete: mayDelete, mayReport: mayReport)
    }

    @Test func hostileWordsAreShownAsTyped() {
        let html = PostListHTML.render(
            [Self.post(author: "<b>x</b>", lines: [["<script>alert(1)</script>", "\"\u{301} onmouseover=alert(1) '"], ["a & b"]], note: "<i>n</i>")],
            words: Self.words, langQuery: "").description
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>x"))
        #expect(!html.contains("<i>n"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;<br>&quot;\u{301} onmouseover=alert(1) &#39;"))
        #expect(html.contains("<p>a &amp; b</p>"))
        // Only the markup of the page itself has quotes and angle brackets.
        let text = html.replacingOccurrences(of: "&lt;", with: "").replacingOccurrences(of: "&gt;", with: "")
        #expect(text.components(separatedBy: "<").count == html.components(separatedBy: "<").count)
    }

    /// Actions are links that keep the language; deleting and reporting ask on a page of their
    /// own, so no post carries a form or the form token.
    @Test func theActionsAreLinksThatKeepTheLanguage() {
        let html = PostListHTML.render(
            [Self.post(mayEdit: true, mayDelete: true, mayReport: true)], words: Self.words, langQuery: "?lang=cy").description
        #expect(html.contains("<div class=\"post-actions\">\n<a href=\"/forum/posts/7/edit?lang=cy\">Edit</a><a href=\"/forum/posts/7/delete?lang=cy\">Delete</a><a href=\"/forum/posts/7/report?lang=cy\">Report</a>\n</div>"))
        #expect(!html.contains("<form") && !html.contains("_csrf"))
        let none = PostListHTML.render([Self.post()], words: Self.words, langQuery: "").description
        #expect(!none.contains("post-actions") && !none.contains("/edit") && !none.contains("/report"))
        let reportOnly = PostListHTML.render([Self.post(mayReport: true)], words: Self.words, langQuery: "").description
        #expect(reportOnly.contains("<a href=\"/forum/posts/7/report\">Report</a>") && !reportOnly.contains("/delete"))
    }

    /// Ids are written as `String(id)` writes them, in the post's anchor and in each link.
    @Test func idsAreWrittenAsDecimal() {
        for id: Int64 in [0, 7, 10, 99, 100, 1_234_567_890_123_456_789, .max, -5, .min] {
            let post = MemberPostView(id: id, when: "w", author: "a", body: "b", note: nil, placeholder: nil,
                                      mayEdit: true, mayDelete: false, mayReport: true)
            let html = PostListHTML.render([post], words: Self.words, langQuery: "?lang=cy").description
            #expect(html.hasPrefix("<li class=\"post\" id=\"post-\(id)\">"), "\(id)")
            #expect(html.contains("<a href=\"/forum/posts/\(id)/edit?lang=cy\">Edit</a><a href=\"/forum/posts/\(id)/report?lang=cy\">Report</a>"))
        }
    }

    @Test func aPlaceholderShowsNeitherTheWordsNorTheAuthor() {
        let html = PostListHTML.render(
            [Self.post(author: nil, lines: [], placeholder: "Removed by its author.")], words: Self.words, langQuery: "").description
        #expect(html.contains("<li class=\"post\" id=\"post-7\">\n<p class=\"placeholder\">Removed by its author.</p>"))
        #expect(!html.contains("class=\"meta\"") && !html.contains("post-body"))
    }

    /// A post's words written straight from their bytes (normalised ASCII) come out as they do
    /// through `PlainText.paragraphs`, escaped line by line, on bodies built to hit every edge:
    /// blank lines at the ends and in runs, spaces at line ends, markup, tabs, non-ASCII text.
    @Test func wordsWrittenFromTheirBytesAreTheParagraphsEscaped() {
        let pieces = ["a", "Z", " ", "\n", "\n\n", "<", "&", "\"", "'", "\t", "é", "\r\n", "x y", "\u{202E}", "~", "\u{7F}"]
        // Long bodies too, mostly words with one space, a line break or a blank line between,
        // so each edge meets the eight-byte scan at every place.
        let words = ["The", "advocate", "believed", "me", "<b>", "a&b", "\"quoted\"", "it's", "x"]
        let gaps = Array(repeating: " ", count: 10) + ["\n", "\n", "\n\n", "\n\n", "  ", " \n", "\n ", " \n\n", "\n\n ", "\n\n\n", "\té", "\u{7F}"]
        var random = SplitMix64(seed: 29)
        func any(_ list: [String]) -> String { list[Int(random.next() % UInt64(list.count))] }
        var written = 0, writtenLong = 0
        for round in 0..<20_000 {
            let body = if round.isMultiple(of: 2) {
                (0..<Int(random.next() % 10)).map { _ in any(pieces) }.joined()
            } else {
                (0..<Int(random.next() % 12)).map { _ in any(words) + any(gaps) }.joined() + any(words)
            }
            // Through normalising, never the shortcut, so a shortcut that took too much shows.
            let expected = PlainText.paragraphsNormalisingFirst(body).map { paragraph in
                "<p>" + paragraph.lines.map(ChorusHTMLEscaping.escape).joined(separator: "<br>") + "</p>"
            }.joined()
            let post = MemberPostView(id: 1, when: "w", author: "a", body: body, note: nil, placeholder: nil,
                                      mayEdit: false, mayDelete: false, mayReport: false)
            let html = PostListHTML.render([post], words: Self.words, langQuery: "").description
            #expect(html.contains("<div class=\"post-body\">\(expected)</div>"), "\(body.debugDescription)")
            if PlainText.isNormalisedASCII(body) {
                written += 1
                if body.utf8.count >= 32 { writtenLong += 1 }
            }
        }
        // Both ways were tried many times, and the first on bodies long enough to be scanned
        // eight bytes at a time.
        #expect(written > 1_000 && written < 18_000 && writtenLong > 200, "\(written), \(writtenLong)")
    }
}
