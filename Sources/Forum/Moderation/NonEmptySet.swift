/// A set with at least one member, kept sorted so that lists built from it read the same way
/// every time (in the moderator queue, in tests, in storage).
///
/// Used for the reasons a post is held or blocked: "held, for no reason" cannot be written down.
public struct NonEmptySet<Element: Hashable & Comparable & Sendable>: Sendable, Hashable, Sequence {
    /// The members, sorted, without repeats; never empty.
    public let elements: [Element]

    /// The distinct members of `members`, or nil when there are none.
    public init?(_ members: some Sequence<Element>) {
        let sorted = Set(members).sorted()
        guard !sorted.isEmpty else { return nil }
        elements = sorted
    }

    public init(_ first: Element, _ more: Element...) {
        elements = Set([first] + more).sorted()
    }

    private init(sortedUnique: [Element]) {
        elements = sortedUnique
    }

    public var count: Int { elements.count }

    /// The smallest member.
    public var first: Element { elements[0] }

    public func contains(_ element: Element) -> Bool { elements.contains(element) }

    public func union(_ other: NonEmptySet<Element>) -> NonEmptySet<Element> {
        NonEmptySet(sortedUnique: Set(elements + other.elements).sorted())
    }

    /// The members of this set changed by `transform`, which cannot make the set empty.
    public func mapping<Other>(_ transform: (Element) -> Other) -> NonEmptySet<Other> {
        NonEmptySet<Other>(sortedUnique: Set(elements.map(transform)).sorted())
    }

    public func makeIterator() -> IndexingIterator<[Element]> { elements.makeIterator() }
}
