/// What a watch-list entry does to a post that contains it.
/// Built-in detail kinds (phone numbers, postcodes, ...) always `hold`.
public enum WatchAction: String, Sendable, Codable {
    /// Keep the post back for a moderator.
    case hold
    /// Refuse the post outright (threats, an abuser's known phrases).
    case block
    /// Publish with the word replaced by `***`; on its own it does not hold the post.
    case mask

    /// Overlapping matches are resolved strongest first, so a blocked word can never hide inside
    /// a longer held match, and a held detail can never be hidden by a mask.
    var severity: Int {
        switch self {
        case .block: 3
        case .hold: 2
        case .mask: 1
        }
    }
}
