import SurveyKit

/// One identifying question seen as a quasi-identifier: its values, and the group each value falls
/// in at every level of its hierarchy, from the options as asked (level 0) up to "any".
///
/// Values are the options in order, then "skipped": a skipped answer is a value of its own (it
/// can single somebody out as well as an answer can), kept apart from every group until "any".
struct QuasiIdentifier: Sendable {
    let question: Question
    /// `groupOf[level][value]`: the index of the group that holds the value at that level.
    let groupOf: [[Int]]
    /// `groupIDs[level][group]`: what the released data says. Skipped is empty, as every skipped
    /// answer is; at "any" every value is `*`.
    let groupIDs: [[String]]
    /// `loss[level][group]`: the share of detail lost by releasing the group instead of the value,
    /// (values it holds − 1) / (values − 1), so 0 as asked and 1 at "any" (the loss metric of
    /// Iyengar, 2002, which ARX reports as "Loss").
    let loss: [[Double]]

    /// What the released data says at "any".
    static let anyValue = "*"

    var valueCount: Int { question.options.count + 1 }
    var skippedValue: Int { question.options.count }
    /// The level at which the answer is removed.
    var anyLevel: Int { groupOf.count - 1 }

    /// - Throws: when the question's hierarchy does not place every value in exactly one group
    ///   (the survey reader refuses such a file; a survey built in code could still hold one).
    init(_ question: Question) throws(MicrodataError) {
        self.question = question
        let values = question.options.count + 1
        var groupOf: [[Int]] = [Array(0..<values)]
        var groupIDs: [[String]] = [question.options.map(\.id) + [""]]
        var below = question.options.map(\.id)
        for (index, level) in question.hierarchy.levels.enumerated() {
            var position: [String: Int] = [:]
            for (group, entry) in level.groups.enumerated() {
                for member in entry.members {
                    guard position.updateValue(group, forKey: member) == nil else {
                        throw .invalidHierarchy(question: question.id, detail: "'\(member)' is in two groups of level \(index + 1)")
                    }
                }
            }
            var mapping: [Int] = []
            for id in below {
                guard let group = position[id] else {
                    throw .invalidHierarchy(question: question.id, detail: "'\(id)' is in no group of level \(index + 1)")
                }
                mapping.append(group)
            }
            let skippedGroup = level.groups.count
            let previous = groupOf[groupOf.count - 1]
            groupOf.append(previous.map { $0 == below.count ? skippedGroup : mapping[$0] })
            groupIDs.append(level.groups.map(\.id) + [""])
            below = level.groups.map(\.id)
        }
        groupOf.append(Array(repeating: 0, count: values))
        groupIDs.append([Self.anyValue])
        self.groupOf = groupOf
        self.groupIDs = groupIDs
        self.loss = zip(groupOf, groupIDs).map { mapping, ids in
            var held = Array(repeating: 0, count: ids.count)
            for group in mapping { held[group] += 1 }
            return held.map { Double(max($0 - 1, 0)) / Double(max(values - 1, 1)) }
        }
    }

    /// The value of an answer: the option's index, or `skippedValue` when it was skipped (or,
    /// which a checked response never has, is not one of the options).
    func value(of answer: AnswerValue?) -> Int {
        guard case .option(let id) = answer, let index = question.options.firstIndex(where: { $0.id == id }) else { return skippedValue }
        return index
    }

    /// What this level is called, for the lead.
    func levelName(_ level: Int) -> String {
        if level == 0 { return "as asked" }
        if level == anyLevel { return "any (removed)" }
        return question.hierarchy.levels[level - 1].label.english
    }
}
