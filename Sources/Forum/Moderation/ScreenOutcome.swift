/// Something the identifying-detail screen found in a post.
///
/// The screen itself lives in its own module, IdentifyingDetails; the moderation
/// rules only need its outcome, so they take this small model of it as an input and the two can
/// change independently. The web app (or a one-line adapter) turns the screen's `ScreenVerdict`
/// into a `ScreenOutcome`: each `DetailMatch` whose kind is a watched name, place or word becomes
/// `.watchedWord(match.text)`, any other becomes `.identifyingDetail(kind: match.kind.rawValue)`.
public enum ScreenConcern: Hashable, Comparable, Sendable {
    /// A detail that could identify somebody: `kind` is the screen's name for it
    /// (for example "phoneNumber", "email", "postcode", "streetAddress"), shown to moderators and, worded
    /// through the catalogue, to the author. The detail itself is never repeated.
    case identifyingDetail(kind: String)
    /// A word on the moderators' watched list whose action is hold or block.
    case watchedWord(String)
}

/// What the identifying-detail screen and the watched words decided about a text.
///
/// A watched word whose action is *mask* does not appear here: the screen masks it in the text,
/// and the masked text goes on with whatever verdict the rest of the screen gives.
public enum ScreenOutcome: Hashable, Sendable {
    /// Nothing found.
    case clear
    /// Stored, but shown to nobody else until a moderator has looked.
    case hold(NonEmptySet<ScreenConcern>)
    /// Not stored at all: the author is told what kind of thing to take out, and may try again.
    case block(NonEmptySet<ScreenConcern>)
}

/// Why a post waits for a moderator. The queue shows every reason.
public enum HoldReason: Hashable, Comparable, Sendable {
    /// One of the author's first posts (`ModerationPolicy.newMemberPostCount`).
    case newMember
    /// The screen found a detail of this kind.
    case identifyingDetail(kind: String)
    /// A watched word whose action is hold.
    case watchedWord(String)

    public init(_ concern: ScreenConcern) {
        switch concern {
        case .identifyingDetail(let kind): self = .identifyingDetail(kind: kind)
        case .watchedWord(let word): self = .watchedWord(word)
        }
    }
}
