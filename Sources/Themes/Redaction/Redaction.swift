/// One span of a text that redaction replaces, and why.
public struct Redaction: Sendable, Equatable {
    public let kind: RedactionKind
    /// The span of the redacted string.
    public let range: Range<String.Index>

    public init(kind: RedactionKind, range: Range<String.Index>) {
        self.kind = kind
        self.range = range
    }
}
