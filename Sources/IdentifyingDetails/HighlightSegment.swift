/// A post cut into plain and highlighted pieces, so a template can render the moderator queue's
/// highlights with ordinary auto-escaping and no index arithmetic.
public struct HighlightSegment: Sendable, Equatable {
    public let text: String
    /// The match this piece is, or nil for plain text between matches.
    public let match: DetailMatch?

    public init(text: String, match: DetailMatch?) {
        self.text = text
        self.match = match
    }

    /// Splits `post` around `matches` (which must come from screening this same string).
    /// Concatenating the segments' text gives back `post` exactly.
    public static func segments(of post: String, highlighting matches: [DetailMatch]) -> [HighlightSegment] {
        var segments: [HighlightSegment] = []
        var cursor = post.startIndex
        for match in matches.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            guard match.range.lowerBound >= cursor, match.range.upperBound <= post.endIndex else { continue }
            if cursor < match.range.lowerBound {
                segments.append(HighlightSegment(text: String(post[cursor..<match.range.lowerBound]), match: nil))
            }
            segments.append(HighlightSegment(text: String(post[match.range]), match: match))
            cursor = match.range.upperBound
        }
        if cursor < post.endIndex {
            segments.append(HighlightSegment(text: String(post[cursor...]), match: nil))
        }
        return segments
    }
}
