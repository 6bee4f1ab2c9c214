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
        var html = ""
        html.reserveCapacity(posts.count * 700)
        let csrf = escape(csrf), langQuery = escape(langQuery)
        for post in posts {
            let id = String(post.id)
            html += "<li class=\"post\" id=\"post-\(id)\">\n"
            if let placeholder = post.placeholder {
                html += "<p class=\"placeholder\">\(escape(placeholder))</p>\n"
            } else {
                html += "<p class=\"meta\"><strong>\(escape(post.author ?? ""))</strong> · \(escape(post.when))</p>\n"
                if let note = post.note { html += "<p class=\"notice author-note\">\(escape(note))</p>\n" }
                html += "<div class=\"post-body\">"
                for paragraph in post.paragraphs {
                    html += "<p>" + paragraph.map(escape).joined(separator: "<br>") + "</p>"
                }
                html += "</div>\n"
            }
            html += "<div class=\"post-actions\">\n"
            if post.mayEdit { html += "<a href=\"/forum/posts/\(id)/edit\(langQuery)\">\(escape(words.edit))</a>" }
            if post.mayDelete { html += form(action: "/forum/posts/\(id)/delete\(langQuery)", csrf: csrf, button: escape(words.delete)) }
            if post.mayReport { html += form(action: "/forum/posts/\(id)/report\(langQuery)", csrf: csrf, button: escape(words.report)) }
            html += "\n</div>\n</li>\n"
        }
        return html
    }

    private static func form(action: String, csrf: String, button: String) -> String {
        "<form method=\"post\" action=\"\(action)\" class=\"inline-form\"><input type=\"hidden\" name=\"_csrf\" value=\"\(csrf)\">"
            + "<button type=\"submit\" class=\"link-button\">\(button)</button></form>"
    }

    private static func escape(_ text: String) -> String { ChorusHTMLEscaping.escape(text) }
}
