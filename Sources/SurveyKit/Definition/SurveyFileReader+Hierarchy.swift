import Yams

/// Reads the `hierarchy` of an identifying question (docs/survey-format.md, "Generalisation
/// hierarchies"): a list of levels, each a list of groups that merge the ids of the level below.
extension SurveyFileReader {
    static let hierarchyLevelKeys: Set<String> = ["label", "groups"]
    static let hierarchyGroupKeys: Set<String> = ["id", "label", "merges"]

    mutating func readHierarchy(_ node: Node, options: [Option], context: String) -> GeneralisationHierarchy {
        guard let items = walk.sequence(node, "'hierarchy' of \(context)") else { return .none }
        if items.isEmpty {
            walk.problem(at: node, "the 'hierarchy' of \(context) has no levels. Add a level, or remove 'hierarchy' (the answer can always be removed altogether).")
        }
        // Every id used so far, with the level that gave it its meaning (0: an option), so that one
        // id never means two different things in the released data.
        var meaning: [String: Int] = [:]
        for option in options { meaning[option.id] = 0 }
        var below = options.map { (id: $0.id, label: $0.label) }
        var levels: [GeneralisationLevel] = []
        for (index, item) in items.enumerated() {
            guard let level = readLevel(item, number: index + 1, below: below, meaning: &meaning, context: context) else { return .none }
            levels.append(level)
            below = level.groups.map { (id: $0.id, label: $0.label) }
        }
        return GeneralisationHierarchy(levels: levels)
    }

    /// One level; nil when it cannot be read at all, which leaves nothing for the levels above to merge.
    private mutating func readLevel(
        _ node: Node, number: Int, below: [(id: String, label: LocalizedText)], meaning: inout [String: Int], context: String
    ) -> GeneralisationLevel? {
        let place = "level \(number) of the hierarchy of \(context)"
        let belowName = number == 1 ? "an option of \(context)" : "a group of level \(number - 1)"
        guard let map = walk.mapping(node, place) else { return nil }
        walk.checkKeys(map, allowed: Self.hierarchyLevelKeys, in: place)
        let label = requiredText(map, "label", in: place)
        guard let groupsNode = map["groups"] else {
            walk.problem(at: nil, "\(place) has no 'groups'. Add the groups that merge the ids of the level below.", near: map)
            return nil
        }
        guard let items = walk.sequence(groupsNode, "'groups' of \(place)") else { return nil }
        let problemsBefore = problems.count
        let labelBelow = Dictionary(below.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        var owner: [String: String] = [:]
        var groups: [HierarchyGroup] = []
        // A group that cannot be read hides what it merges, so nothing can be said to be left out.
        var unreadGroup = false
        for item in items {
            guard let group = walk.mapping(item, "a group of \(place)") else {
                unreadGroup = true
                continue
            }
            walk.checkKeys(group, allowed: Self.hierarchyGroupKeys, in: "a group of \(place)")
            guard let idNode = group["id"] else {
                walk.problem(at: item, "a group of \(place) has no 'id'. Add it.")
                unreadGroup = true
                continue
            }
            guard let id = optionID(idNode, context: place) else {
                unreadGroup = true
                continue
            }
            let groupPlace = "group '\(id)' of \(place)"
            if groups.contains(where: { $0.id == id }) {
                walk.problem(at: idNode, "duplicate group id '\(id)' in \(place). Give each group its own id.")
                unreadGroup = true
                continue
            }
            var members: [String] = []
            if let mergesNode = group["merges"] {
                for memberNode in walk.sequence(mergesNode, "'merges' of \(groupPlace)") ?? [] {
                    guard let member = optionID(memberNode, context: groupPlace) else {
                        unreadGroup = true
                        continue
                    }
                    guard labelBelow[member] != nil else {
                        walk.problem(at: memberNode, "'\(member)' in \(groupPlace) is not \(belowName). Use ids of the level below: \(below.map(\.id).joined(separator: ", ")).")
                        continue
                    }
                    if let other = owner[member] {
                        let fix = other == id ? "Keep one." : "Put it in one group only."
                        walk.problem(at: memberNode, "'\(member)' is in group '\(other)' and in group '\(id)' of \(place). \(fix)")
                        continue
                    }
                    owner[member] = id
                    members.append(member)
                }
                if mergesNode.sequence?.isEmpty == true {
                    walk.problem(at: mergesNode, "\(groupPlace) merges nothing. List the ids of the level below that it merges.")
                }
            } else {
                walk.problem(at: item, "\(groupPlace) has no 'merges'. List the ids of the level below that it merges, like merges: [a, b].")
            }
            // A group that keeps one value as it is may keep its id and label; any other group
            // means something new, so it needs a new id and its own label.
            let keepsOne = members == [id]
            if !keepsOne, let first = meaning[id] {
                let earlier = first == 0 ? "an option" : "a group of level \(first)"
                walk.problem(at: idNode, "the group id '\(id)' in \(place) is already \(earlier), which means something else. Choose another id (only a group that keeps one value as it is may reuse that value's id).")
            }
            var groupLabel: LocalizedText?
            if group["label"] != nil {
                groupLabel = optionalText(group, "label")
            } else if keepsOne {
                groupLabel = labelBelow[id]
            } else {
                walk.problem(at: item, "\(groupPlace) has no 'label'. Add it (only a group that keeps one value as it is, under the same id, may leave it out).")
            }
            groups.append(HierarchyGroup(id: id, label: groupLabel ?? LocalizedText(id), members: members))
        }
        for group in groups where meaning[group.id] == nil { meaning[group.id] = number }
        let level = GeneralisationLevel(label: label ?? LocalizedText(""), groups: groups)
        let missing = below.map(\.id).filter { owner[$0] == nil }
        if !missing.isEmpty, !unreadGroup {
            let list = missing.map { "'\($0)'" }.joined(separator: ", ")
            walk.problem(at: groupsNode, "\(place) leaves out \(list). Put each in a group; one that stays as it is needs a group of its own, like {id: \(missing[0]), merges: [\(missing[0])]}.")
        }
        guard problems.count == problemsBefore else { return level }
        if groups.count == below.count {
            walk.problem(at: groupsNode, "\(place) merges nothing: each group holds one id of the level below. Merge some, or remove the level.")
        } else if groups.count == 1 {
            walk.problem(at: groupsNode, "\(place) merges everything into one group, which the top level, 'any', already does. Remove the level.")
        }
        return level
    }
}
