/// One identifying detail found in a post: what kind it is, where it is (for highlighting in the
/// moderator queue), the text itself, and what it does to the post.
public struct DetailMatch: Sendable, Equatable {
    public let kind: DetailKind
    /// The matched span of the screened string; `text == String(post[range])`.
    public let range: Range<String.Index>
    public let text: String
    public let action: WatchAction

    public init(kind: DetailKind, range: Range<String.Index>, text: String, action: WatchAction = .hold) {
        self.kind = kind
        self.range = range
        self.text = text
        self.action = action
    }

    /// The span as UTF-8 byte offsets into `post`, for storing with a held post
    /// (a `String.Index` is only meaningful with the string it came from).
    public func utf8Offsets(in post: String) -> Range<Int> {
        let lower = post.utf8.distance(from: post.startIndex, to: range.lowerBound)
        let upper = post.utf8.distance(from: post.startIndex, to: range.upperBound)
        return lower..<upper
    }
}
