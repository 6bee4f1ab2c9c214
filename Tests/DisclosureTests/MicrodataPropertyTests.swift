@testable import Disclosure
import SurveyKit
import TestSupport
import Testing

/// Issue 4's "done when": every equivalence class in microdata output has at least k records.
/// Over many random surveys and skewed datasets, the released table is checked against the rules
/// worked out the slow way from the survey's own hierarchies.
@Suite struct MicrodataPropertyTests {
    typealias F = MicrodataFixture

    struct Setting: Sendable, CustomTestStringConvertible {
        let k: Int
        let percent: Double
        var testDescription: String { "k = \(k), suppression limit \(percent)%" }
    }

    static let settings = [3, 5, 10].flatMap { k in [0.0, 5, 20].map { Setting(k: k, percent: $0) } }
    static let seeds: [UInt64] = Array(1...40)

    @Test(arguments: settings)
    func everyReleasedGroupHasAtLeastKRecordsAndTheChoiceIsMinimal(_ setting: Setting) throws {
        for seed in Self.seeds {
            var generator = SplitMix64(seed: seed &* 7919 &+ UInt64(setting.k))
            let survey = F.survey(using: &generator)
            let records = F.records(Int.random(in: setting.k...160, using: &generator), for: survey, using: &generator)
            let anonymiser = try MicrodataAnonymiser(survey: survey, k: setting.k, suppressionLimit: SuppressionLimit(percent: setting.percent))
            let released = try anonymiser.anonymise(records, shuffledWith: &generator)
            try check(released, records: records, survey: survey, setting: setting, seed: seed)
        }
    }

    private func check(_ released: AnonymisedMicrodata, records: [Answers], survey: Survey, setting: Setting, seed: UInt64) throws {
        let context = Comment(rawValue: "seed \(seed), \(setting.testDescription)")
        let identifying = survey.questions.filter(\.identifying)
        let rows = F.parse(released.table.csv)
        let header = try #require(rows.first)
        let body = Array(rows.dropFirst())
        let columns = identifying.map { question in header.firstIndex(of: question.id)! }

        // 1. Every combination of identifying values released is shared by at least k rows.
        var groups: [[String]: Int] = [:]
        for row in body { groups[columns.map { row[$0] }, default: 0] += 1 }
        #expect(groups.values.allSatisfy { $0 >= setting.k }, context)

        // 2. Records are suppressed whole, within the budget, and the numbers add up.
        let summary = released.summary
        let budget = F.budget(records.count, percent: setting.percent)
        #expect(summary.suppressionBudget == budget, context)
        #expect(summary.recordsSuppressed <= budget, context)
        #expect(summary.recordsKept + summary.recordsSuppressed == records.count, context)
        #expect(body.count == summary.recordsKept, context)
        #expect(summary.smallestGroup == groups.values.min(), context)

        // 3. The chosen node meets k within the budget, and no node below it does.
        let chosen = summary.levels.map(\.level)
        #expect(summary.levels.map(\.question) == identifying.map(\.id), context)
        let count = F.count(chosen, records: records, questions: identifying, k: setting.k)
        #expect(count.suppressed == summary.recordsSuppressed, context)
        #expect(count.suppressed <= budget, context)
        let nodes = F.allNodes(identifying)
        let within = nodes.filter { F.count($0, records: records, questions: identifying, k: setting.k).suppressed <= budget }
        for node in within where node != chosen {
            #expect(!GeneralisationLattice.isBelow(node, chosen), "\(node) is below the chosen \(chosen) and meets k; \(context)")
        }

        // 4. It loses least among the minimal nodes, by the metric it reports.
        #expect(abs(count.loss - summary.loss) < 1e-9, context)
        let minimal = within.filter { node in !within.contains { $0 != node && GeneralisationLattice.isBelow($0, node) } }
        #expect(minimal.contains(chosen), context)
        #expect(summary.candidates == minimal.count, context)
        for node in minimal {
            #expect(summary.loss <= F.count(node, records: records, questions: identifying, k: setting.k).loss + 1e-9, "\(node) loses less than \(chosen); \(context)")
        }

        // 5. The released identifying values are exactly those of the kept records, generalised.
        #expect(body.map { row in columns.map { row[$0] } }.sorted { $0.lexicographicallyPrecedes($1) }
                == count.kept.sorted { $0.lexicographicallyPrecedes($1) }, context)

        // 6. Free text never leaves.
        #expect(!released.table.csv.contains(F.secret), context)
        #expect(!header.contains("story"), context)
    }

    /// The bottom-up search with its pruning finds exactly the minimal nodes that checking every
    /// node finds.
    @Test func theSearchFindsEveryMinimalNode() throws {
        for seed in Self.seeds {
            var generator = SplitMix64(seed: seed &+ 1000)
            let survey = F.survey(using: &generator)
            let records = F.records(Int.random(in: 5...120, using: &generator), for: survey, using: &generator)
            let identifying = survey.questions.filter(\.identifying)
            let k = [3, 5, 10].randomElement(using: &generator)!
            let budget = Int.random(in: 0...(records.count / 10), using: &generator)
            let search = MicrodataSearch(
                identifiers: try identifying.map { try QuasiIdentifier($0) },
                values: records.map { answers in try! identifying.map { try QuasiIdentifier($0).value(of: answers[$0.id]) } },
                k: k, budget: budget)
            let found = Set(try search.minimalNodes().map(\.node))
            let within = F.allNodes(identifying).filter { F.count($0, records: records, questions: identifying, k: k).suppressed <= budget }
            let minimal = Set(within.filter { node in !within.contains { $0 != node && GeneralisationLattice.isBelow($0, node) } })
            #expect(found == minimal, "seed \(seed)")
        }
    }
}
