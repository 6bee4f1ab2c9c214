import Testing
@testable import WebApp

/// The thread's posts written in Swift: the markup the template had, and nothing a member wrote
/// ever becomes markup.
@Suite struct PostListHTMLTests {
    static let words = PostListHTML.Words(edit: "Edit", delete: "Delete", report: "Report")

    static func post(
        author: String? = "QuietOtter42", lines: [[String]] = [["Hello"]], note: String? = nil, placeholder: String? = nil,
        mayEdit: Bool = false, mayDelete: Bool = false, mayReport: Bool = false
    ) -> MemberPostView {
        MemberPostView(id: 7, when: "This week", author: author, paragraphs: lines, note: note, placeholder: placeholder,
                       mayEdit: mayEdit, mayDelete: mayDelete, mayReport: mayReport)
    }

    @Test func hostileWordsAreShownAsTyped() {
        let html = PostListHTML.render(
            [Self.post(author: "<b>x</b>", lines: [["<script>alert(1)</script>", "\"\u{301} onmouseover=alert(1) '"], ["a & b"]], note: "<i>n</i>")],
            words: Self.words, csrf: "tok\"en", langQuery: "")
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>x"))
        #expect(!html.contains("<i>n"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;<br>&quot;\u{301} onmouseover=alert(1) &#39;"))
        #expect(html.contains("<p>a &amp; b</p>"))
        // Only the markup of the page itself has quotes and angle brackets.
        let text = html.replacingOccurrences(of: "&lt;", with: "").replacingOccurrences(of: "&gt;", with: "")
        #expect(text.components(separatedBy: "<").count == html.components(separatedBy: "<").count)
    }

    @Test func theActionsCarryTheFormTokenAndTheLanguage() {
        let html = PostListHTML.render(
            [Self.post(mayEdit: true, mayDelete: true, mayReport: true)], words: Self.words, csrf: "abc123", langQuery: "?lang=cy")
        #expect(html.contains("<a href=\"/forum/posts/7/edit?lang=cy\">Edit</a>"))
        #expect(html.contains("<form method=\"post\" action=\"/forum/posts/7/delete?lang=cy\" class=\"inline-form\"><input type=\"hidden\" name=\"_csrf\" value=\"abc123\"><button type=\"submit\" class=\"link-button\">Delete</button></form>"))
        #expect(html.contains("action=\"/forum/posts/7/report?lang=cy\""))
        let none = PostListHTML.render([Self.post()], words: Self.words, csrf: "abc123", langQuery: "")
        #expect(!none.contains("<form") && !none.contains("/edit"))
    }

    @Test func aPlaceholderShowsNeitherTheWordsNorTheAuthor() {
        let html = PostListHTML.render(
            [Self.post(author: nil, lines: [], placeholder: "Removed by its author.")], words: Self.words, csrf: "", langQuery: "")
        #expect(html.contains("<li class=\"post\" id=\"post-7\">\n<p class=\"placeholder\">Removed by its author.</p>"))
        #expect(!html.contains("class=\"meta\"") && !html.contains("post-body"))
    }
}
