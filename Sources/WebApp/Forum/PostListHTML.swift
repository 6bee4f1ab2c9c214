/// One post of a thread as one member sees it (`PostViews.view(of:)` decides; this only carries it).
struct MemberPostView: Sendable {
    let id: Int64
    /// "This week", "October 2026": never a date or a time.
    let when: String
    /// Nil when a placeholder stands in for the post (its author is not shown).
    let author: String?
    let paragraphs: [[String]]
    /// What only its author is told ("waiting for a moderator").
    let note: String?
    /// What stands in its place ("removed by its author").
    let placeholder: String?
    let mayEdit: Bool
    let mayDelete: Bool
    let mayReport: Bool
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

    static func render(_ posts: [MemberPostView], words: Words, csrf: String, langQuery: String) -> String {
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
                for paragraph in post.paragraphs {
                    html.markup("<p>")
                    for (index, line) in paragraph.enumerated() {
                        if index > 0 { html.markup("<br>") }
                        html.text(line)
                    }
                    html.markup("</p>")
                }
                html.markup("</div>\n")
            }
            html.markup("<div class=\"post-actions\">\n")
            if post.mayEdit {
                html.markup("<a href=\"/forum/posts/"); html.markup(id); html.markup("/edit"); html.text(langQuery)
                html.markup("\">"); html.text(words.edit); html.markup("</a>")
            }
            if post.mayDelete { form(&html, id: id, action: "delete", csrf: csrf, langQuery: langQuery, button: words.delete) }
            if post.mayReport { form(&html, id: id, action: "report", csrf: csrf, langQuery: langQuery, button: words.report) }
            html.markup("\n</div>\n</li>\n")
        }
        return html.string
    }

    private static func form(_ html: inout HTMLBytes, id: String, action: String, csrf: String, langQuery: String, button: String) {
        html.markup("<form method=\"post\" action=\"/forum/posts/"); html.markup(id); html.markup("/"); html.markup(action)
        html.text(langQuery); html.markup("\" class=\"inline-form\"><input type=\"hidden\" name=\"_csrf\" value=\"")
        html.text(csrf); html.markup("\"><button type=\"submit\" class=\"link-button\">"); html.text(button); html.markup("</button></form>")
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

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
