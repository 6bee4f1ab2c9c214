@testable import Disclosure
import SurveyKit
import TestSupport

/// Random surveys and skewed responses for the microdata tests, and an independent, brute-force
/// reading of the same rules (generalise by the survey's own hierarchy, count, suppress) to check
/// the search against.
enum MicrodataFixture {
    /// Written into every text answer: it must never appear in a release.
    static let secret = "Zq7-she-said-this-in-confidence"

    /// A survey with one to three identifying questions (2 to 6 options, 0 to 2 random levels each),
    /// and one question of every other kind.
    static func survey(using generator: inout SplitMix64) -> Survey {
        let identifying = (0..<Int.random(in: 1...3, using: &generator)).map { index in
            let options = (0..<Int.random(in: 2...6, using: &generator)).map {
                Option(id: "q\(index)_o\($0)", label: LocalizedText("Option \($0)"))
            }
            var levels: [GeneralisationLevel] = []
            var below = options.map(\.id)
            for level in 1...2 where below.count > 2 && Bool.random(using: &generator) {
                // Cut the values below into 2 ... count−1 runs: each level merges something.
                let groupCount = Int.random(in: 2..<below.count, using: &generator)
                let cuts = Array((1..<below.count).shuffled(using: &generator).prefix(groupCount - 1)).sorted()
                let runs = zip([0] + cuts, cuts + [below.count]).map { Array(below[$0..<$1]) }
                let groups = runs.enumerated().map { number, members in
                    HierarchyGroup(id: "q\(index)_l\(level)_g\(number)", label: LocalizedText("Group \(number)"), members: members)
                }
                levels.append(GeneralisationLevel(label: LocalizedText("Level \(level)"), groups: groups))
                below = groups.map(\.id)
            }
            return Question(id: "q\(index)", type: .singleChoice, label: LocalizedText("Q\(index)"), options: options,
                            identifying: true, hierarchy: GeneralisationHierarchy(levels: levels))
        }
        let others = [
            Question(id: "services", type: .multipleChoice, label: LocalizedText("Services"), options: ["police", "housing", "gp"].map {
                Option(id: $0, label: LocalizedText($0))
            }),
            Question(id: "rating", type: .scale, label: LocalizedText("Rating"), options: SharedOptionLists.all["agreement"]!),
            Question(id: "note", type: .note, label: LocalizedText("A note")),
            Question(id: "story", type: .text, label: LocalizedText("Your story"), quotePermission: true),
            Question(id: "children", type: .number, label: LocalizedText("Children"), integerOnly: true),
        ]
        return Survey(id: "random", version: 1, title: LocalizedText("Random"), audience: .survivors, intro: LocalizedText("I"),
                      pages: [Page(title: LocalizedText("P"), questions: identifying + others)])
    }

    /// Answers skewed so that some groups are large and some have one or two people; about one
    /// identifying answer in ten is skipped.
    static func records(_ count: Int, for survey: Survey, using generator: inout SplitMix64) -> [Answers] {
        // A different skew per question: the first option common, the last ones rare.
        let weights = survey.questions.filter(\.identifying).map { question in
            question.options.indices.map { 1 << max(0, 6 - 2 * $0) }.shuffled(using: &generator)
        }
        return (0..<count).map { _ in
            var answers = Answers()
            for (question, weight) in zip(survey.questions.filter(\.identifying), weights) where Int.random(in: 0..<10, using: &generator) > 0 {
                answers[question.id] = .option(question.options[pick(weight, using: &generator)].id)
            }
            let ticked = ["police", "housing", "gp"].filter { _ in Bool.random(using: &generator) }
            if !ticked.isEmpty { answers["services"] = .options(ticked) }
            if Bool.random(using: &generator) { answers["rating"] = .option(["agree", "disagree", "neither"].randomElement(using: &generator)!) }
            answers["story"] = .text("It was hard. \(secret) Nobody listened.")
            if Bool.random(using: &generator) { answers["children"] = .number(Double(Int.random(in: 0...4, using: &generator))) }
            return answers
        }
    }

    private static func pick(_ weights: [Int], using generator: inout SplitMix64) -> Int {
        var roll = Int.random(in: 0..<weights.reduce(0, +), using: &generator)
        for (index, weight) in weights.enumerated() {
            if roll < weight { return index }
            roll -= weight
        }
        return weights.count - 1
    }

    // MARK: Brute force, from the survey's definition only

    /// What an identifying answer becomes at `level`: its group by the survey's own hierarchy,
    /// empty when skipped, `*` at "any".
    static func released(_ answer: AnswerValue?, of question: Question, at level: Int) -> String {
        if level == question.hierarchy.anyLevel { return "*" }
        guard case .option(let id) = answer else { return "" }
        return question.hierarchy.group(of: id, at: level)!
    }

    /// Every node of the lattice, by listing every combination of levels.
    static func allNodes(_ questions: [Question]) -> [[Int]] {
        questions.reduce([[]]) { nodes, question in
            nodes.flatMap { node in (0...question.hierarchy.anyLevel).map { node + [$0] } }
        }
    }

    struct Count {
        let suppressed: Int
        let loss: Double
        /// The released identifying values of each record kept.
        let kept: [[String]]
    }

    /// Counts a node the slow way: release every record, group, suppress the groups under k.
    static func count(_ node: [Int], records: [Answers], questions: [Question], k: Int) -> Count {
        let released = records.map { answers in
            zip(questions, node).map { Self.released(answers[$0.id], of: $0, at: $1) }
        }
        var sizes: [[String]: Int] = [:]
        for values in released { sizes[values, default: 0] += 1 }
        let kept = released.filter { sizes[$0]! >= k }
        let suppressed = records.count - kept.count
        // Loss: a value that stands for v of the question's n values (options and "skipped") loses
        // (v − 1)/(n − 1); a suppressed record loses everything.
        var lossSum = Double(suppressed * questions.count)
        for values in kept {
            for ((question, level), value) in zip(zip(questions, node), values) {
                let all = question.options.count + 1
                let standsFor: Int
                if value == "*" {
                    standsFor = all
                } else if value == "" {
                    standsFor = 1
                } else {
                    standsFor = question.options.filter { question.hierarchy.group(of: $0.id, at: level) == value }.count
                }
                lossSum += Double(standsFor - 1) / Double(all - 1)
            }
        }
        let loss = questions.isEmpty ? Double(suppressed) / Double(records.count) : lossSum / Double(records.count * questions.count)
        return Count(suppressed: suppressed, loss: loss, kept: kept)
    }

    static func budget(_ records: Int, percent: Double) -> Int {
        var budget = 0
        while Double(budget + 1) * 100 <= Double(records) * percent { budget += 1 }
        return budget
    }

    /// The rows of a released table, parsed back from its CSV text.
    static func parse(_ csv: String) -> [[String]] {
        csv.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }
}
