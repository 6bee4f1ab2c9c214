/// What happens to a post. `block` wins over `hold`; a post whose only matches are `mask` words is
/// `clear` (publish `IdentifyingDetailScreen.masked(_:)`, not the raw text).
/// The payload of `hold` and `block` is the reasons: every hold and block match in the post, sorted
/// by position, each carrying its own action. Mask words are not reasons (they are masked, not
/// held); `IdentifyingDetailScreen.matches(in:)` still returns them for highlighting.
public enum ScreenVerdict: Sendable, Equatable {
    case clear
    case hold([DetailMatch])
    case block([DetailMatch])

    public var matches: [DetailMatch] {
        switch self {
        case .clear: []
        case .hold(let matches), .block(let matches): matches
        }
    }

    /// The distinct kinds found, in a stable order, for "held because it contains ...".
    public var reasons: [DetailKind] {
        let found = Set(matches.map(\.kind))
        return DetailKind.allCases.filter(found.contains)
    }
}
