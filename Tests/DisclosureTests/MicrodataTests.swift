@testable import Disclosure
import SurveyKit
import TestSupport
import Testing

/// Small cases worked out by hand: what the table holds, the level chosen and its loss, the
/// fallbacks and the refusals.
@Suite struct MicrodataTests {
    static func option(_ id: String) -> Option { Option(id: id, label: LocalizedText(id)) }

    /// area: a, b, c (and prefer_not_to_say), with one level merging a and b.
    static let area = Question(
        id: "area", type: .singleChoice, label: LocalizedText("Area"), options: ["a", "b", "c", "prefer_not_to_say"].map(option),
        identifying: true,
        hierarchy: GeneralisationHierarchy(levels: [GeneralisationLevel(label: LocalizedText("Merged parts"), groups: [
            HierarchyGroup(id: "ab", label: LocalizedText("A or B"), members: ["a", "b"]),
            HierarchyGroup(id: "c", label: LocalizedText("C"), members: ["c"]),
            HierarchyGroup(id: "prefer_not_to_say", label: LocalizedText("Prefer not to say"), members: ["prefer_not_to_say"]),
        ])]))

    static let survey = Survey(
        id: "s", version: 3, title: LocalizedText("S"), audience: .survivors, intro: LocalizedText("I"),
        pages: [Page(title: LocalizedText("P"), questions: [
            Question(id: "note", type: .note, label: LocalizedText("Read this")),
            Question(id: "services", type: .multipleChoice, label: LocalizedText("Services"), options: ["police", "gp"].map(option)),
            Question(id: "believed", type: .singleChoice, label: LocalizedText("Believed"), options: SharedOptionLists.all["yes_no"]!),
            Question(id: "story", type: .text, label: LocalizedText("Story"), quotePermission: true),
            area,
            Question(id: "rating", type: .scale, label: LocalizedText("Rating"), options: SharedOptionLists.all["agreement"]!),
            Question(id: "contacts", type: .number, label: LocalizedText("Contacts")),
        ])])

    static func records(_ areas: [String?]) -> [Answers] {
        areas.map { area in
            var answers: Answers = ["story": .text("My own words, never to be released")]
            if let area { answers["area"] = .option(area) }
            return answers
        }
    }

    static func anonymise(_ records: [Answers], k: Int = 3, percent: Double = 0, seed: UInt64 = 1) throws -> AnonymisedMicrodata {
        var generator = SplitMix64(seed: seed)
        return try MicrodataAnonymiser(survey: survey, k: k, suppressionLimit: SuppressionLimit(percent: percent))
            .anonymise(records, shuffledWith: &generator)
    }

    // MARK: The table

    @Test func columnsFollowTheSurveyWithoutTextOrNotes() throws {
        var generator = SplitMix64(seed: 9)
        let answers: Answers = [
            "services": .options(["gp"]), "believed": .option("no"), "story": .text("It happened on Elm Street"),
            "area": .option("c"), "rating": .option("agree"), "contacts": .number(2.5),
        ]
        let released = try MicrodataAnonymiser(survey: Self.survey, k: 3).anonymise([answers, answers, answers], shuffledWith: &generator)
        #expect(released.table.header == ["services.police", "services.gp", "believed", "area", "rating", "contacts"])
        #expect(released.table.rows == Array(repeating: ["0", "1", "no", "c", "agree", "2.5"], count: 3))
        #expect(released.table.csv == "services.police,services.gp,believed,area,rating,contacts\n" + String(repeating: "0,1,no,c,agree,2.5\n", count: 3))
        #expect(!released.table.csv.contains("Elm"))
    }

    @Test func skippedAnswersAreEmptyAndWholeNumbersHaveNoPoint() {
        let row = MicrodataTable.row(["contacts": .number(12)], survey: Self.survey, identifying: ["area": ""])
        #expect(row == ["", "", "", "", "", "12"])
        #expect(MicrodataTable.number(-3) == "-3")
        #expect(MicrodataTable.number(0.25) == "0.25")
    }

    @Test func aFieldThatNeedsQuotesIsQuoted() {
        #expect(MicrodataTable(header: ["a"], rows: [["x,\"y\""]]).csv == "a\n\"x,\"\"y\"\"\"\n")
    }

    // MARK: The level chosen

    @Test func groupsOfKAreReleasedAsAsked() throws {
        let released = try Self.anonymise(Self.records(["a", "a", "a", "b", "b", "b"]))
        #expect(released.summary.levels == [MicrodataSummary.QuestionLevel(question: "area", level: 0, anyLevel: 2, levelName: "as asked", loss: 0)])
        #expect(released.summary.recordsSuppressed == 0)
        #expect(released.summary.loss == 0)
        #expect(released.table.rows.map { $0[3] }.sorted() == ["a", "a", "a", "b", "b", "b"])
    }

    /// a, b and c twice each, k = 3. As asked, every group is too small; merging a and b leaves c
    /// short by one; with room to suppress two records, the merge and suppression of the two c's
    /// loses (4 × 1/4 + 2 × 1) / 6 = 1/2, less than removing the area (1).
    @Test func theLeastLossWithinTheBudgetIsChosen() throws {
        let records = Self.records(["a", "a", "b", "b", "c", "c"])
        let merged = try Self.anonymise(records, percent: 34)
        #expect(merged.summary.levels.map(\.level) == [1])
        #expect(merged.summary.levels.map(\.levelName) == ["Merged parts"])
        #expect(merged.summary.recordsSuppressed == 2)
        #expect(merged.summary.suppressionBudget == 2)
        #expect(abs(merged.summary.loss - 0.5) < 1e-12)
        #expect(merged.table.rows.map { $0[3] } == ["ab", "ab", "ab", "ab"])

        // With no room to suppress, the area is removed: every row says "*".
        let removed = try Self.anonymise(records, percent: 0)
        #expect(removed.summary.levels.map(\.level) == [2])
        #expect(removed.summary.levels.map(\.levelName) == ["any (removed)"])
        #expect(removed.summary.recordsSuppressed == 0)
        #expect(removed.summary.loss == 1)
        #expect(removed.table.rows.map { $0[3] } == Array(repeating: "*", count: 6))
    }

    /// Skipping is a value of its own: three who skipped form a group, and are never merged
    /// with "prefer not to say".
    @Test func aSkippedAnswerIsItsOwnValue() throws {
        let released = try Self.anonymise(Self.records([nil, nil, nil, "prefer_not_to_say", "prefer_not_to_say", "prefer_not_to_say"]))
        #expect(released.summary.levels.map(\.level) == [0])
        #expect(released.table.rows.map { $0[3] }.sorted() == ["", "", "", "prefer_not_to_say", "prefer_not_to_say", "prefer_not_to_say"])

        let short = try Self.anonymise(Self.records([nil, nil, "prefer_not_to_say", "prefer_not_to_say", "prefer_not_to_say", "prefer_not_to_say"]))
        #expect(short.summary.levels.map(\.level) == [2], "two who skipped are a group of two at every level below 'any'")
    }

    @Test func aSurveyWithNoIdentifyingQuestionIsOneGroup() throws {
        let plain = Survey(id: "p", version: 1, title: LocalizedText("P"), audience: .public, intro: LocalizedText("I"), pages: [
            Page(title: LocalizedText("P"), questions: [Question(id: "believed", type: .singleChoice, label: LocalizedText("B"), options: SharedOptionLists.all["yes_no"]!)]),
        ])
        var generator = SplitMix64(seed: 2)
        let released = try MicrodataAnonymiser(survey: plain, k: 3).anonymise([["believed": .option("yes")], [:], [:]], shuffledWith: &generator)
        #expect(released.summary.levels.isEmpty)
        #expect(released.table.rows.count == 3)
        #expect(released.summary.text.contains("(none: the survey has no identifying questions)"))
    }

    // MARK: Order

    @Test func rowsComeInAnOrderDrawnFromTheGenerator() throws {
        let areas = (0..<30).map { ["a", "b", "c"][$0 % 3] }
        var records = Self.records(areas)
        for index in records.indices { records[index]["contacts"] = .number(Double(index)) }
        let first = try Self.anonymise(records, seed: 1).table.rows
        let second = try Self.anonymise(records, seed: 2).table.rows
        let inOrder = records.map { MicrodataTable.row($0, survey: Self.survey, identifying: ["area": $0["area"].map { value -> String in
            if case .option(let id) = value { return id }
            return ""
        } ?? ""]) }
        #expect(first != second)
        #expect(first != inOrder)
        #expect(first.sorted { $0.lexicographicallyPrecedes($1) } == second.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(first.sorted { $0.lexicographicallyPrecedes($1) } == inOrder.sorted { $0.lexicographicallyPrecedes($1) })
    }

    // MARK: Refusals

    @Test(arguments: [0, 1, 2])
    func tooFewRecordsAreRefused(_ count: Int) {
        #expect(throws: MicrodataError.tooFewRecords(records: count, k: 3)) {
            try Self.anonymise(Self.records(Array(repeating: "a", count: count)))
        }
        #expect(MicrodataError.tooFewRecords(records: 2, k: 3).description.hasPrefix("Nothing was written: there are 2 responses, fewer than k = 3."))
    }

    @Test(arguments: [2, 0, -1])
    func kBelowThreeIsRefusedAsTheReportRefusesIt(_ k: Int) {
        #expect(throws: MicrodataError.thresholdTooLow(k)) { try MicrodataAnonymiser(survey: Self.survey, k: k) }
        #expect(MicrodataError.thresholdTooLow(k).description == DisclosureError.thresholdTooLow(k).description)
    }

    @Test(arguments: [-1, 50.5, 100, .nan, .infinity])
    func aSuppressionLimitOutOfRangeIsRefused(_ percent: Double) {
        #expect(throws: MicrodataError.self) { try SuppressionLimit(percent: percent) }
    }

    @Test func theSuppressionBudgetRoundsDown() throws {
        #expect(SuppressionLimit.default.percent == 5)
        #expect(SuppressionLimit.default.records(outOf: 99) == 4)
        #expect(SuppressionLimit.default.records(outOf: 100) == 5)
        #expect(try SuppressionLimit(percent: 50).records(outOf: 7) == 3)
    }

    @Test func aHierarchyThatLeavesAnOptionOutIsRefused() {
        let broken = Question(id: "g", type: .singleChoice, label: LocalizedText("G"), options: ["x", "y", "z"].map(Self.option), identifying: true,
                              hierarchy: GeneralisationHierarchy(levels: [GeneralisationLevel(label: LocalizedText("L"), groups: [
                                  HierarchyGroup(id: "xy", label: LocalizedText("XY"), members: ["x", "y"]),
                              ])]))
        #expect(throws: MicrodataError.invalidHierarchy(question: "g", detail: "'z' is in no group of level 1")) { try QuasiIdentifier(broken) }
    }

    @Test func aLatticeTooLargeToSearchIsRefused() throws {
        let questions = (0..<11).map { index in
            Question(id: "g\(index)", type: .singleChoice, label: LocalizedText("G"), options: ["x", "y", "z"].map(Self.option), identifying: true,
                     hierarchy: GeneralisationHierarchy(levels: [GeneralisationLevel(label: LocalizedText("L"), groups: [
                        HierarchyGroup(id: "xy", label: LocalizedText("XY"), members: ["x", "y"]),
                        HierarchyGroup(id: "z2", label: LocalizedText("Z"), members: ["z"]),
                     ])]))
        }
        let wide = Survey(id: "w", version: 1, title: LocalizedText("W"), audience: .public, intro: LocalizedText("I"),
                          pages: [Page(title: LocalizedText("P"), questions: questions)])
        var generator = SplitMix64(seed: 3)
        #expect(throws: MicrodataError.tooManyCombinations(questions: questions.map(\.id))) {
            try MicrodataAnonymiser(survey: wide, k: 3).anonymise(Array(repeating: [:], count: 5), shuffledWith: &generator)
        }
    }

    // MARK: The lattice and the summary

    @Test func theLatticeListsEveryNodeOnceByHeight() {
        let lattice = GeneralisationLattice(tops: [2, 1, 3])
        let byHeight = (0...lattice.maxHeight).map(lattice.nodes(atHeight:))
        let all = byHeight.flatMap { $0 }
        #expect(lattice.size == 24)
        #expect(all.count == 24)
        #expect(Set(all).count == 24)
        for (height, nodes) in byHeight.enumerated() {
            #expect(nodes.allSatisfy { $0.reduce(0, +) == height && zip($0, lattice.tops).allSatisfy { $0 <= $1 } })
        }
        #expect(lattice.predecessors(of: [1, 0, 2]) == [[0, 0, 2], [1, 0, 1]])
    }

    @Test func theSummarySaysWhatWasLostInTotalsOnly() throws {
        let released = try Self.anonymise(Self.records(["a", "a", "b", "b", "c", "c"]), percent: 34)
        let text = released.summary.text
        #expect(text.contains("Microdata of survey 's' (version 3), k-anonymous with k = 3"))
        #expect(text.contains("In the data, every combination of identifying answers is shared by at least 3 records."))
        #expect(text.contains("  area: Merged parts (level 1 of 2; 50% of its detail lost)"))
        #expect(text.contains("Records: 6 read, 4 kept, 2 suppressed (the limit was 2)."))
        #expect(text.contains("Information lost: 50%"))
        #expect(!text.contains("never to be released"))
    }
}
