import Forum

/// One post of a thread as one member sees it (`PostViews.view(of:)` decides; this only carries it).
struct MemberPostView: Sendable {
    let id: Int64
    /// "This week", "October 2026": never a date or a time.
    let when: String
    /// Nil when a placeholder stands in for the post (its author is not shown).
    let author: String?
    /// The words shown, as stored (nil when a placeholder stands in for the post).
    let body: String?
    /// What only its author is told ("waiting for a moderator").
    let note: String?
    /// What stands in its place ("removed by its author").
    let placeholder: String?
    var mayEdit: Bool
    var mayDelete: Bool
    var mayReport: Bool
}

/// A thread's posts as HTML, written here rather than by the template.
///
/// A thread page shows every post, and swift-mustache looks each `{{name}}` up through the
/// context stack with dynamic casts: rendering 50 posts that way was half of the page's work
/// (bench/speed.sh, perf). The markup is the one `forum-thread.mustache` had, and every value goes
/// through the same byte-by-byte escaping as the templates' (`ChorusHTMLEscaping`), so nothing a
/// member wrote can become markup. `PostListHTMLTests` and the browser tests read it.
enum PostListHTML {
    struct Words: Sendable {
        let edit: String
        let delete: String
        let report: String
    }

    static func render(_ posts: [MemberPostView], words: Words, langQuery: String) -> RawHTML {
        var html = HTMLBytes(capacity: posts.count * 700)
        for post in posts {
            let id = String(post.id)
            html.markup("<li class=\"post\" id=\"post-"); html.markup(id); html.markup("\">\n")
            if let placeholder = post.placeholder {
                html.markup("<p class=\"placeholder\">"); html.text(placeholder); html.markup("</p>\n")
            } else {
                html.markup("<p class=\"meta\"><strong>"); html.text(post.author ?? "")
                html.markup("</strong> · "); html.text(post.when); html.markup("</p>\n")
                if let note = post.note { html.markup("<p class=\"notice author-note\">"); html.text(note); html.markup("</p>\n") }
                html.markup("<div class=\"post-body\">")
                html.paragraphs(post.body ?? "")
                html.markup("</div>\n")
            }
            if post.mayEdit || post.mayDelete || post.mayReport {
                html.markup("<div class=\"post-actions\">\n")
                // Deleting and reporting each ask first, on a page of their own (`PostingController`):
                // a link here, where a form per post was a third of the page and acted on one tap.
                if post.mayEdit { link(&html, id: id, action: "edit", langQuery: langQuery, words: words.edit) }
                if post.mayDelete { link(&html, id: id, action: "delete", langQuery: langQuery, words: words.delete) }
                if post.mayReport { link(&html, id: id, action: "report", langQuery: langQuery, words: words.report) }
                html.markup("\n</div>\n")
            }
            html.markup("</li>\n")
        }
        return html.raw
    }

    private static func link(_ html: inout HTMLBytes, id: String, action: String, langQuery: String, words: String) {
        html.markup("<a href=\"/forum/posts/"); html.markup(id); html.markup("/"); html.markup(action); html.text(langQuery)
        html.markup("\">"); html.text(words); html.markup("</a>")
    }
}

/// HTML written as bytes: markup as it is, text escaped (`ChorusHTMLEscaping`) on its way in, so
/// no piece is copied into a string of its own first.
private struct HTMLBytes {
    private var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Markup written here, never anything a person wrote.
    mutating func markup(_ markup: String) { bytes.append(contentsOf: markup.utf8) }

    mutating func text(_ text: String) { ChorusHTMLEscaping.escape(text, into: &bytes) }

    /// A post's words as paragraphs (`<p>`), its lines joined by `<br>`. Text already normalised
    /// and plain ASCII, as nearly every stored post is, is written straight from its bytes, a
    /// blank line closing one paragraph and opening the next; anything else goes through
    /// `PlainText.paragraphs`. `PostListHTMLTests` holds the two to the same result.
    mutating func paragraphs(_ body: String) {
        guard PlainText.isNormalisedASCII(body) else {
            for paragraph in PlainText.paragraphsNormalisingFirst(body) {
                markup("<p>")
                for (index, line) in paragraph.lines.enumerated() {
                    if index > 0 { markup("<br>") }
                    text(line)
                }
                markup("</p>")
            }
            return
        }
        guard !body.isEmpty else { return }
        var body = body
        body.withUTF8 { input in
            ChorusHTMLEscaping.append("<p>", to: &bytes)
            // Normalised: lines end at one line break, paragraphs at two.
            var start = 0, lineBreaks = 0
            for index in input.indices where input[index] == 0x0A {
                if index > start {
                    if lineBreaks > 0 { ChorusHTMLEscaping.append(lineBreaks == 1 ? "<br>" : "</p><p>", to: &bytes) }
                    ChorusHTMLEscaping.escape(UnsafeBufferPointer(rebasing: input[start..<index]), into: &bytes)
                    lineBreaks = 0
                }
                lineBreaks += 1
                start = index + 1
            }
            if lineBreaks > 0 { ChorusHTMLEscaping.append(lineBreaks == 1 ? "<br>" : "</p><p>", to: &bytes) }
            ChorusHTMLEscaping.escape(UnsafeBufferPointer(rebasing: input[start...]), into: &bytes)
            ChorusHTMLEscaping.append("</p>", to: &bytes)
        }
    }

    var raw: RawHTML { RawHTML(bytes: bytes) }
}
