/// How the answers to an identifying question can be made less precise, step by step, so that
/// record-level data can be released without singling anybody out: age bands merge into wider
/// bands, ethnic groups into broad groups, parts of an area into larger parts.
///
/// Level 0 is the options as asked. Each declared level merges the values of the level below it
/// into groups; every value lands in exactly one group. Above the last declared level there is
/// always one more, "any", where the answer is removed altogether: it is implicit, never written.
public struct GeneralisationHierarchy: Sendable, Hashable {
    /// The declared levels, from least to most general (level 1 first).
    public let levels: [GeneralisationLevel]

    public init(levels: [GeneralisationLevel]) { self.levels = levels }

    /// A question with no declared levels: its answer is either kept as asked or removed ("any").
    public static let none = GeneralisationHierarchy(levels: [])

    /// The level at which the answer is removed: one above the last declared level.
    public var anyLevel: Int { levels.count + 1 }

    /// The id of the group that holds `optionID` at `level` (1 ... `levels.count`), following
    /// the merges up from the option; the option itself at level 0; nil at "any" or for an id that
    /// is in no group.
    public func group(of optionID: String, at level: Int) -> String? {
        guard (0...levels.count).contains(level) else { return nil }
        var value = optionID
        for step in levels.prefix(level) {
            guard let group = step.groups.first(where: { $0.members.contains(value) }) else { return nil }
            value = group.id
        }
        return value
    }
}

/// One step up a hierarchy: the values of the level below, merged into groups.
public struct GeneralisationLevel: Sendable, Hashable {
    /// What this level is, for the lead ("20-year bands"): named in what the analyst reports.
    public let label: LocalizedText
    public let groups: [HierarchyGroup]

    public init(label: LocalizedText, groups: [HierarchyGroup]) {
        self.label = label
        self.groups = groups
    }
}

/// One group of a level: the ids of the level below that it merges, under a new id and label.
public struct HierarchyGroup: Sendable, Hashable {
    public let id: String
    public let label: LocalizedText
    /// Ids of the level below (options at level 1, groups of the previous level above it).
    public let members: [String]

    public init(id: String, label: LocalizedText, members: [String]) {
        self.id = id
        self.label = label
        self.members = members
    }
}
