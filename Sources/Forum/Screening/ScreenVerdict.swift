/// What happens to a post. `block` wins over `hold`; a post whose only matches are `mask` words is
/// `clear` (publish `IdentifyingDetailScreen.masked(_:)`, not the raw text).
/// The payload of `hold` and `block` is every match in the post (mask words included), sorted by
/// position, so the moderator sees all of it highlighted; each match carries its own action.
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
