/// Plain text as the forum keeps it. Posts are plain text with paragraphs: no markup, no
/// formatting, and links are never made clickable. There is deliberately no "link" anywhere in
/// this model: a URL is characters in a line like any other, and the thread page shows each line
/// as escaped text (WebApp's `PostListHTML`, byte by byte), so `<b>`, `&amp;` or `javascript:` in a post
/// are shown exactly as typed. Nothing here escapes or strips HTML: that would be done twice
/// (once here, once on the page) or, worse, trusted as safe.
///
/// Normalising a body:
/// 1. Line endings become `\n`: CR LF, CR, NEL (U+0085) and LINE SEPARATOR (U+2028);
///    PARAGRAPH SEPARATOR (U+2029) becomes a blank line.
/// 2. A tab becomes a space. Other control characters (Unicode Cc) are removed, and so are the
///    invisible characters that can disguise text: bidirectional embeddings, overrides and
///    isolates (U+202A–U+202E, U+2066–U+2069), zero width space (U+200B), word joiner (U+2060)
///    and the byte order mark (U+FEFF). Joiners used by emoji and scripts (U+200C, U+200D) stay.
/// 3. Every line is trimmed at both ends, so a line of spaces is blank.
/// 4. Blank lines at the start and end go, and any run of blank lines becomes one: one blank
///    line is what separates paragraphs, and a page cannot show more than that anyway.
public enum PlainText {
    /// `raw` normalised as a post body (see above). May be empty.
    public static func normaliseBody(_ raw: String) -> String {
        var lines: [String] = []
        var pendingBlank = false
        for line in cleanScalars(raw, newline: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = trim(line)
            if trimmed.isEmpty {
                pendingBlank = !lines.isEmpty
                continue
            }
            if pendingBlank { lines.append("") }
            pendingBlank = false
            lines.append(trimmed)
        }
        return lines.joined(separator: "\n")
    }

    /// `raw` normalised as one line (a thread title, a staff name): cleaned as a body, then every
    /// run of whitespace, line breaks included, becomes one space, and the ends are trimmed.
    public static func normaliseLine(_ raw: String) -> String {
        cleanScalars(raw, newline: " ")
            .split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
    }

    /// The paragraphs of normalised text: split at blank lines, each a list of lines.
    /// Text that is not normalised is normalised first.
    public static func paragraphs(_ text: String) -> [Paragraph] {
        normalisedASCIIParagraphs(text) ?? paragraphsNormalisingFirst(text)
    }

    /// The paragraphs of any text, normalised first (for text `isNormalisedASCII` refuses).
    public static func paragraphsNormalisingFirst(_ text: String) -> [Paragraph] {
        normaliseBody(text)
            .split(separator: "\n\n", omittingEmptySubsequences: true)
            .map { Paragraph(lines: $0.split(separator: "\n").map(String.init)) }
    }

    /// The paragraphs of text that is already normalised and plain ASCII, as nearly every stored
    /// post is, read straight from its bytes; nil for anything else. A thread page shows every
    /// post, and normalising each again, character by character, was most of the page's work.
    static func normalisedASCIIParagraphs(_ text: String) -> [Paragraph]? {
        guard isNormalisedASCII(text) else { return nil }
        return text.utf8.split(separator: 0x0A, maxSplits: .max, omittingEmptySubsequences: false)
            .split(whereSeparator: \.isEmpty)
            .map { lines in Paragraph(lines: lines.map { String(decoding: $0, as: UTF8.self) }) }
    }

    /// Whether `text` is already normalised (see above) and plain printable ASCII: lines without
    /// spaces at either end, one blank line between paragraphs and none at either end. Such text
    /// is its own paragraphs, a line break between lines and a blank line between paragraphs, so
    /// a page may write it straight from its bytes. Empty text is (it has no paragraphs).
    static func isNormalisedASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previous: UInt8 = 0x0A, beforePrevious: UInt8 = 0x0A
            for byte in bytes {
                switch byte {
                case 0x0A:
                    // Not at the start, not after a space, not a third line break in a row.
                    if previous == 0x20 || (previous == 0x0A && beforePrevious == 0x0A) { return false }
                case 0x20:
                    if previous == 0x0A { return false }
                case 0x21...0x7E:
                    break
                default:
                    return false
                }
                beforePrevious = previous
                previous = byte
            }
            return bytes.isEmpty || (previous != 0x0A && previous != 0x20)
        }
    }

    /// Step 1 and 2: line endings unified to `newline`, control and invisible characters removed.
    private static func cleanScalars(_ raw: String, newline: Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        var afterCarriageReturn = false
        for scalar in raw.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar.value {
            case 0x0A where afterCarriageReturn:
                continue // the LF of a CR LF
            case 0x0A, 0x0D, 0x85, 0x2028:
                out.append(newline)
            case 0x2029:
                out.append(newline)
                out.append(newline)
            case 0x09:
                out.append(" ")
            case 0x200B, 0x2060, 0xFEFF, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                if scalar.properties.generalCategory == .control { continue }
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func trim(_ line: Substring) -> String {
        guard let first = line.firstIndex(where: { !$0.isWhitespace }),
              let last = line.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(line[first...last])
    }
}

/// A paragraph of a post: its lines, each plain text and never empty. A web page shows the
/// lines of a paragraph separated by line breaks, each escaped; a URL is just text in a line.
public struct Paragraph: Hashable, Sendable {
    public let lines: [String]
}

/// The body of a post: normalised plain text (see `PlainText`), never empty.
/// New text comes through `ModerationPolicy.body(_:)`, which also checks the length limits.
public struct PostText: Hashable, Sendable, CustomStringConvertible {
    /// The normalised text, as stored.
    public let text: String

    /// Nil when nothing is left after normalising. Does not check length limits: use this to
    /// read back text that was checked when it was written, and `ModerationPolicy.body(_:)`
    /// for anything new.
    public init?(normalising raw: String) {
        let normalised = PlainText.normaliseBody(raw)
        guard !normalised.isEmpty else { return nil }
        text = normalised
    }

    /// Its length as people count it: characters (grapheme clusters), line breaks included.
    public var length: Int { text.count }

    public var paragraphs: [Paragraph] { PlainText.paragraphs(text) }

    public var description: String { text }
}

/// A thread's title: one line of normalised plain text, never empty.
/// New titles come through `ModerationPolicy.title(_:)`, which also checks the length limits.
public struct ThreadTitle: Hashable, Sendable, CustomStringConvertible {
    public let text: String

    /// Nil when nothing is left after normalising.
    public init?(normalising raw: String) {
        let normalised = PlainText.normaliseLine(raw)
        guard !normalised.isEmpty else { return nil }
        text = normalised
    }

    public var length: Int { text.count }

    public var description: String { text }
}

/// Words a moderator writes for a member to read: a reason for rejecting or removing a post,
/// a warning, the reason for a suspension or ban. Normalised like a post body; never empty, so
/// an action that owes a member a reason cannot be taken without one; at most
/// `maximumLength` characters.
public struct ModeratorText: Hashable, Comparable, Sendable, CustomStringConvertible {
    public static let maximumLength = 1000

    public let text: String

    /// Nil when nothing is left after normalising, or when it is longer than `maximumLength`.
    public init?(_ raw: String) {
        let normalised = PlainText.normaliseBody(raw)
        guard !normalised.isEmpty, normalised.count <= Self.maximumLength else { return nil }
        text = normalised
    }

    public var paragraphs: [Paragraph] { PlainText.paragraphs(text) }

    public static func < (lhs: ModeratorText, rhs: ModeratorText) -> Bool { lhs.text < rhs.text }

    public var description: String { text }
}

/// The name a staff member acts under in the audit log: one line, 1 to `maximumLength` characters.
public struct StaffName: Hashable, Sendable, CustomStringConvertible {
    public static let maximumLength = 64

    public let text: String

    /// Nil when empty after normalising as a line, or longer than `maximumLength`.
    public init?(_ raw: String) {
        let normalised = PlainText.normaliseLine(raw)
        guard !normalised.isEmpty, normalised.count <= Self.maximumLength else { return nil }
        text = normalised
    }

    public var description: String { text }
}

/// Why the text of a post or title was not accepted.
public enum PostTextProblem: Error, Hashable, Sendable {
    /// Nothing left after normalising (only spaces, line breaks or invisible characters).
    case empty
    case tooShort(minimum: Int)
    case tooLong(maximum: Int)
}
