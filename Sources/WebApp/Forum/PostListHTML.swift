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
        // What follows a post's id in each action's link is the same for every post: written once.
        let edit = linkTail(action: "edit", langQuery: langQuery, words: words.edit)
        let delete = linkTail(action: "delete", langQuery: langQuery, words: words.delete)
        let report = linkTail(action: "report", langQuery: langQuery, words: words.report)
        for post in posts {
            html.markup("<li class=\"post\" id=\"post-"); html.number(post.id); html.markup("\">\n")
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
                if post.mayEdit { html.link(post.id, tail: edit) }
                if post.mayDelete { html.link(post.id, tail: delete) }
                if post.mayReport { html.link(post.id, tail: report) }
                html.markup("\n</div>\n")
            }
            html.markup("</li>\n")
        }
        return html.raw
    }

    /// A link's markup after the post's id: `/report?lang=cy">Report to a moderator</a>`.
    private static func linkTail(action: StaticString, langQuery: String, words: String) -> [UInt8] {
        var tail = HTMLBytes(capacity: 64)
        tail.markup("/"); tail.markup(action); tail.text(langQuery); tail.markup("\">"); tail.text(words); tail.markup("</a>")
        return tail.raw.bytes
    }
}

/// HTML written as bytes: markup as it is, text escaped (`ChorusHTMLEscaping`) on its way in, so
/// no piece is copied into a string of its own first.
private struct HTMLBytes {
    private var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Markup written here, never anything a person wrote.
    mutating func markup(_ markup: StaticString) { ChorusHTMLEscaping.append(markup, to: &bytes) }

    /// A whole number in decimal, as `String(value)` writes it: digits from the last, in a
    /// buffer on the stack, then appended at once.
    mutating func number(_ value: Int64) {
        if value < 0 { bytes.append(0x2D) }
        var rest = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = 0x30 + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: UnsafeMutableBufferPointer(rebasing: digits[start...]))
        }
    }

    /// A link to a post's page for an action: its id, then the action's `tail` (`linkTail`).
    mutating func link(_ id: Int64, tail: [UInt8]) {
        markup("<a href=\"/forum/posts/")
        number(id)
        bytes.append(contentsOf: tail)
    }

    mutating func text(_ text: String) { ChorusHTMLEscaping.escape(text, into: &bytes) }

    /// A post's words as paragraphs (`<p>`), its lines joined by `<br>`. Text already normalised
    /// and plain ASCII, as nearly every stored post is, is written straight from its bytes in one
    /// pass; anything else goes through `PlainText.paragraphs`. `PostListHTMLTests` holds the two
    /// to the same result.
    mutating func paragraphs(_ body: String) {
        var body = body
        let start = bytes.count
        if body.withUTF8({ Self.writeNormalisedASCII($0, into: &bytes) }) { return }
        bytes.removeSubrange(start...)
        for paragraph in PlainText.paragraphsNormalisingFirst(body) {
            markup("<p>")
            for (index, line) in paragraph.lines.enumerated() {
                if index > 0 { markup("<br>") }
                text(line)
            }
            markup("</p>")
        }
    }

    /// Writes `text` as paragraphs when it is normalised and plain ASCII (`PlainText.isNormalisedASCII`:
    /// no space or line break at either end or beside a line break, no more than two line breaks
    /// in a row, printable ASCII only): a line break is `<br>`, two close one paragraph and open
    /// the next. Returns false, having written part of it, for any other text. One pass, finding
    /// and escaping at once, where checking first and then escaping read every post twice.
    private static func writeNormalisedASCII(_ text: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        guard let first = text.first, let last = text.last else { return true }
        guard first != 0x20, first != 0x0A, last != 0x20, last != 0x0A else { return false }
        ChorusHTMLEscaping.append("<p>", to: &out)
        var run = 0, index = 0
        while true {
            index = ChorusHTMLEscaping.firstNotPlain(in: text, from: index, strictly: true)
            guard index < text.count else { break }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<index]))
            let byte = text[index]
            if let entity = ChorusHTMLEscaping.entity(for: byte) {
                ChorusHTMLEscaping.append(entity, to: &out)
                index += 1
            } else if byte == 0x0A {
                // Neither end is a line break, so there is a byte on each side of this one.
                guard text[index - 1] != 0x20 else { return false }
                if text[index + 1] == 0x0A {
                    // A blank line; the text goes on after it, and not with a space or a third break.
                    guard text[index + 2] != 0x0A, text[index + 2] != 0x20 else { return false }
                    ChorusHTMLEscaping.append("</p><p>", to: &out)
                    index += 2
                } else {
                    guard text[index + 1] != 0x20 else { return false }
                    ChorusHTMLEscaping.append("<br>", to: &out)
                    index += 1
                }
            } else {
                // Another control character, or a byte outside ASCII.
                return false
            }
            run = index
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: text[run...]))
        ChorusHTMLEscaping.append("</p>", to: &out)
        return true
    }

    var raw: RawHTML { RawHTML(bytes: bytes) }
}
