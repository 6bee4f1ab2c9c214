/// One theme of the taxonomy: what the lead codes an answer with, and the rules that suggest it.
public struct Theme: Sendable, Equatable, Identifiable {
    /// Lower-case letters, digits and '_': what the coding sheet's `themes` column holds.
    public let id: String
    public let label: String
    public let facet: ThemeFacet
    /// At least one.
    public let priorities: [StrategicPriority]
    /// At least one; any of them suggests the theme.
    public let phrases: [PhrasePattern]
    /// A phrase does not count after a negating word close before it ("didn't believe me").
    public let unlessNegated: Bool
    /// A phrase does not count with one of these within a few words of it.
    public let notNear: [PhrasePattern]

    public init(id: String, label: String, facet: ThemeFacet, priorities: [StrategicPriority],
                phrases: [PhrasePattern], unlessNegated: Bool = false, notNear: [PhrasePattern] = []) {
        self.id = id
        self.label = label
        self.facet = facet
        self.priorities = priorities
        self.phrases = phrases
        self.unlessNegated = unlessNegated
        self.notNear = notNear
    }
}
