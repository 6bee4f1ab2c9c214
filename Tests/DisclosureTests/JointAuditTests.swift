import Disclosure
import SurveyKit
import Testing
import TestSupport

/// The linked-tables attack: solve every number a release publishes together (one-way tables,
/// breakdowns by each identifying question, margins, asked and answered, respondents, skip logic).
/// Audited one table at a time, hidden numbers fall to it; audited as one system, none does.
@Suite("a release is audited as one system")
struct JointAuditTests {
    static let groupA = Question(
        id: "age", type: .singleChoice, label: LocalizedText("Age"),
        options: ["a1", "a2", "a3", "a4"].map { Option(id: $0, label: LocalizedText($0)) }, identifying: true,
        // Bands, so that breakdowns by age merge small groups the way a survey's hierarchy says.
        hierarchy: GeneralisationHierarchy(levels: [GeneralisationLevel(label: LocalizedText("Bands"), groups: [
            HierarchyGroup(id: "young", label: LocalizedText("Young"), members: ["a1", "a2"]),
            HierarchyGroup(id: "old", label: LocalizedText("Old"), members: ["a3", "a4"]),
        ])]))
    static let groupB = Question(
        id: "area", type: .singleChoice, label: LocalizedText("Area"),
        options: ["north", "south", "east"].map { Option(id: $0, label: LocalizedText($0)) }, identifying: true)
    static let told = Question(
        id: "told", type: .singleChoice, label: LocalizedText("Told"),
        options: ["yes", "no", "unsure"].map { Option(id: $0, label: LocalizedText($0)) })
    static let believed = Question(
        id: "believed", type: .singleChoice, label: LocalizedText("Believed"),
        options: ["yes", "partly", "no"].map { Option(id: $0, label: LocalizedText($0)) },
        relevant: .comparison(.reference("told"), .equal, .string("yes")), relevantSource: "${told} = 'yes'")
    static let services = Question(
        id: "services", type: .multipleChoice, label: LocalizedText("Services"),
        options: ["police", "housing", "gp"].map { Option(id: $0, label: LocalizedText($0)) })
    /// A scale: its breakdowns get "each group against everyone else" sums, audited too.
    static let rating = Question(id: "rating", type: .scale, label: LocalizedText("Rating"), options: SharedOptionLists.all["agreement"]!)
    static let survey = Survey(
        id: "joint", version: 1, title: LocalizedText("Joint"), audience: .survivors, intro: LocalizedText("I"),
        pages: [Page(title: LocalizedText("P"), questions: [groupA, groupB, told, believed, services, rating])])

    /// Skewed answers: some groups large, some of one or two people; a few blanks.
    static func answers(_ random: inout SplitMix64) -> Answers {
        func pick(_ options: [String], _ weights: [UInt64]) -> String {
            var roll = random.next() % weights.reduce(0, +)
            for (option, weight) in zip(options, weights) {
                if roll < weight { return option }
                roll -= weight
            }
            return options[0]
        }
        var answers: Answers = [:]
        if random.next() % 12 != 0 { answers["age"] = .option(pick(["a1", "a2", "a3", "a4"], [8, 5, 2, 1])) }
        if random.next() % 12 != 0 { answers["area"] = .option(pick(["north", "south", "east"], [6, 3, 1])) }
        let told = pick(["yes", "no", "unsure"], [6, 3, 1])
        answers["told"] = .option(told)
        if told == "yes", random.next() % 8 != 0 { answers["believed"] = .option(pick(["yes", "partly", "no"], [5, 2, 3])) }
        let ticked = ["police", "housing", "gp"].filter { _ in random.next() % 3 != 0 }
        if !ticked.isEmpty { answers["services"] = .options(ticked) }
        let positions = SharedOptionLists.all["agreement"]!.map(\.id)
        if random.next() % 6 != 0 { answers["rating"] = .option(pick(positions, positions.indices.map { UInt64(8 >> min($0, 3)) + 1 })) }
        return answers
    }

    static func release(size: Int, seed: UInt64, k: Int, joint: Bool) throws -> SurveyRelease {
        var random = SplitMix64(seed: seed)
        var tally = Tally(survey: survey)
        for _ in 0..<size { tally.add(answers(&random)) }
        return try SurveyProtection.protect(tally, with: try DisclosureControl(k: k), ledger: ReleaseLedger(), jointAudit: joint).release
    }

    static let cases: [(size: Int, seed: UInt64, k: Int)] = [30, 60, 120, 250].flatMap { size in
        (UInt64(1)...5).flatMap { seed in [3, 5].map { (size, seed, $0) } }
    }

    @Test("with the joint audit, every hidden number and small difference keeps a range of at least k − 1")
    func jointlyWide() throws {
        var audited = 0
        var merged = 0
        for (size, seed, k) in Self.cases {
            let release = try Self.release(size: size, seed: seed, k: k, joint: true)
            merged += release.tables.filter { $0.columnOptions.contains { $0.contains("+") } }.count
            #expect(JointProtection(control: try DisclosureControl(k: k)).factsBrokenByTheTruth(release) == 0)
            for (name, width) in JointProtection(control: try DisclosureControl(k: k)).widths(of: release) {
                audited += 1
                let width = try #require(width, "the solver failed on \(name) (n = \(size), seed \(seed), k = \(k))")
                #expect(width >= k - 1, "\(name) is pinned to a range of \(width) (n = \(size), seed \(seed), k = \(k))")
            }
        }
        #expect(audited > 100, "the cases should hide numbers to audit")
        #expect(merged > 0, "the cases should merge small groups, so that merged columns are audited too")
    }

    @Test("without it, the same attack pins hidden numbers: the test can fail")
    func tablesAloneAreNotEnough() throws {
        var narrow = 0
        for (size, seed, k) in Self.cases {
            let release = try Self.release(size: size, seed: seed, k: k, joint: false)
            narrow += JointProtection(control: try DisclosureControl(k: k)).widths(of: release).values.filter { ($0 ?? 0) < k - 1 }.count
        }
        #expect(narrow > 0)
    }

    @Test("a question shown only after one answer is asked of exactly those who gave it")
    func skipLogicTiesAskedToAnotherCount() throws {
        var tally = Tally(survey: Self.survey)
        for _ in 0..<20 { tally.add(["told": .option("yes"), "believed": .option("yes")]) }
        for _ in 0..<9 { tally.add(["told": .option("no")]) }
        let protected = try SurveyProtection.protect(tally, with: try DisclosureControl(k: 5), ledger: ReleaseLedger())
        // Asked of the 20 who told someone, not of all 29.
        #expect(protected.asked["believed"]?.count == 20)
        #expect(protected.asked["told"]?.count == 29)
    }
}
