import Disclosure
import Findings
import Foundation
import SurveyKit
import Testing
import TestSupport

/// The differencing attack: subtract an earlier release from a new one. Whatever changed is about
/// the people who answered, or withdrew, in between; if that is fewer than k, the difference
/// singles them out. The ledger must make the subtraction tell nothing.
@Suite("releases cannot be subtracted to single anybody out")
struct DifferencingTests {
    static let survey = Fixtures.survey("s", [Fixtures.support, Fixtures.services, Fixtures.area])

    static func randomAnswers(_ random: inout SplitMix64) -> Answers {
        var answers: Answers = [:]
        if random.next() % 10 != 0 { answers["support"] = .option(["yes", "no", "unsure"][Int(random.next() % 3)]) }
        let services = ["police", "helpline", "refuge"].filter { _ in random.next() % 2 == 0 }
        if !services.isEmpty { answers["services"] = .options(services) }
        if random.next() % 8 != 0 { answers["area"] = .option(["north", "south"][Int(random.next() % 2)]) }
        return answers
    }

    static func release(_ responses: [Answers], control: DisclosureControl, ledger: ReleaseLedger) throws -> (SurveyFindings, held: Int) {
        var tally = Tally(survey: survey)
        for answers in responses { tally.add(answers) }
        let protected = try SurveyProtection.protect(tally, with: control, ledger: ledger)
        return (SurveyFindings(protected), protected.held)
    }

    static func numbers(_ findings: SurveyFindings) -> [String: Int] {
        ReportInput(k: 5, generatedDay: "2026-11-01", surveys: [findings], problems: [], withdrawnLeftOut: 0).publishedNumbers
    }

    @Test("one response added between two releases: every number published in both is unchanged", arguments: [3, 5, 10], [UInt64(1), 2, 3, 4, 5, 6])
    func oneAdded(k: Int, seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let control = try DisclosureControl(k: k)
        let before = (0..<(40 + Int(seed) * 7)).map { _ in Self.randomAnswers(&random) }
        var ledger = ReleaseLedger()
        let first = try Self.release(before, control: control, ledger: ledger).0
        let firstNumbers = Self.numbers(first)
        ledger.record(kind: .report, day: "2026-10-01", k: k, rounding: nil, surveys: [], output: "first", numbers: firstNumbers)

        var newcomer = Self.randomAnswers(&random)
        newcomer["support"] = .option("yes")
        let (second, held) = try Self.release(before + [newcomer], control: control, ledger: ledger)
        let secondNumbers = Self.numbers(second)
        var compared = 0
        for (key, value) in secondNumbers {
            guard let earlier = firstNumbers[key] else { continue }
            compared += 1
            #expect(value == earlier, "\(key) moved from \(earlier) to \(value): the newcomer is in it")
        }
        #expect(held > 0)
        #expect(compared > 0, "the second release should still publish what did not change")
        // She answered "support": the respondents, that question's base and her option all moved by one.
        #expect(second.respondents.isSuppressed)
        let oneWay = try #require(second.tables.first { $0.question == "support" && !$0.isTwoWay })
        #expect(oneWay.base.isSuppressed)
        #expect(oneWay.cells[0][0].isSuppressed)
    }

    @Test("one response withdrawn between two releases: nothing published in both moved")
    func oneWithdrawn() throws {
        var random = SplitMix64(seed: 99)
        let control = try DisclosureControl(k: 5)
        let before = (0..<60).map { _ in Self.randomAnswers(&random) }
        var ledger = ReleaseLedger()
        let firstNumbers = Self.numbers(try Self.release(before, control: control, ledger: ledger).0)
        ledger.record(kind: .report, day: "2026-10-01", k: 5, rounding: nil, surveys: [], output: "first", numbers: firstNumbers)
        let secondNumbers = Self.numbers(try Self.release(Array(before.dropFirst()), control: control, ledger: ledger).0)
        for (key, value) in secondNumbers {
            if let earlier = firstNumbers[key] { #expect(value == earlier, "\(key) moved from \(earlier) to \(value)") }
        }
    }

    @Test("k or more new responses may move numbers: the ledger holds back only small moves")
    func manyAdded() throws {
        var random = SplitMix64(seed: 7)
        let control = try DisclosureControl(k: 5)
        let before = (0..<50).map { _ in Self.randomAnswers(&random) }
        var ledger = ReleaseLedger()
        let firstNumbers = Self.numbers(try Self.release(before, control: control, ledger: ledger).0)
        ledger.record(kind: .report, day: "2026-10-01", k: 5, rounding: nil, surveys: [], output: "first", numbers: firstNumbers)
        let after = before + (0..<10).map { _ in ["support": .option("yes"), "area": .option("north")] as Answers }
        let second = try Self.release(after, control: control, ledger: ledger).0
        #expect(second.respondents.count == 60)
        for (key, value) in Self.numbers(second) {
            guard let earlier = firstNumbers[key] else { continue }
            let moved = abs(value - earlier)
            #expect(moved == 0 || moved >= 5, "\(key) moved by \(moved)")
        }
    }
}

/// A two-way table's margins repeat the one-way tables' counts: a number hidden in one may not be
/// published as a margin of the other.
@Suite("linked tables")
struct LinkedTablesTests {
    @Test("a count hidden in a one-way table is hidden as the margin of every breakdown", arguments: [UInt64(11), 12, 13, 14, 15, 16, 17, 18])
    func marginsFollowTheOneWayTables(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let responses = (0..<(30 + Int(seed % 5) * 9)).map { _ in DifferencingTests.randomAnswers(&random) }
        var tally = Tally(survey: DifferencingTests.survey)
        for answers in responses { tally.add(answers) }
        let findings = try SurveyFindings(protecting: tally, with: try DisclosureControl(k: 5))
        var checked = 0
        for table in findings.tables where table.isTwoWay {
            let oneWay = try #require(findings.tables.first { $0.question == table.question && !$0.isTwoWay })
            let groups = try #require(findings.tables.first { $0.question == table.byQuestion && !$0.isTwoWay })
            for row in table.rowOptions.indices where oneWay.cells[row][0].isSuppressed {
                #expect(table.rowTotals[row].isSuppressed, "\(table.question) by \(table.byQuestion ?? ""): row \(row) is hidden one way and published as a margin")
                checked += 1
            }
            for (column, option) in table.columnOptions.enumerated() {
                guard let index = groups.rowOptions.firstIndex(of: option), groups.cells[index][0].isSuppressed else { continue }
                #expect(table.columnBases[column].isSuppressed)
                checked += 1
            }
        }
        _ = checked
    }
}
