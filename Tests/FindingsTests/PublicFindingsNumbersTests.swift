import PublicFindingsFormat
import Foundation
import Testing

/// The disclosure rules on every number: one failing test per rule, and the passing side of each.
@Suite struct PublicFindingsNumbersTests {
    typealias Step = ExampleFindings.Step

    static let specialistCell: [Step] = ["reports", 0, "sections", 1, "tables", 0, "rows", 3, "cells", 0]

    /// The "done when": a small cell is refused, with the exact words the lead sees.
    @Test func aSmallCellIsRefusedWithItsPathAndWhatToDo() throws {
        var tree = try #require(try ExampleFindings.tree() as? [String: Any])
        tree = try #require(try ExampleFindings.changed(tree, Self.specialistCell[...] + ["count"], .set(2)) as? [String: Any])
        tree = try #require(try ExampleFindings.changed(tree, Self.specialistCell[...] + ["percent"], .set(5.0)) as? [String: Any])
        let refusal = try #require(ExampleFindings.refusal(try ExampleFindings.serialise(tree)))
        #expect(refusal.problems.map(\.description) == [
            "reports[0].sections[1].tables[0].rows[3].cells[0].count: 2 is below k = 5; only 0 or at least k may be published. Re-run chorus-analyst report; never edit counts by hand.",
        ])
    }

    @Test(arguments: 1...4)
    func everyKindOfNumberOfPeopleFrom1ToKMinus1IsRefused(_ value: Int) throws {
        let places: [([Step], String)] = [
            (["reports", 0, "respondents"], "reports[0].respondents"),
            (["reports", 0, "coverage", 0, "asked"], "reports[0].coverage[0].asked"),
            (["reports", 0, "coverage", 0, "columns", 0, "base"], "reports[0].coverage[0].columns[0].base"),
            (["reports", 0, "sections", 0, "tables", 0, "agreement", "cells", 0, "count"], "reports[0].sections[0].tables[0].agreement.cells[0].count"),
            (["reports", 0, "coverage", 0, "rows", 0, "cells", 0, "count"], "reports[0].coverage[0].rows[0].cells[0].count"),
        ]
        for (path, at) in places {
            #expect(try ExampleFindings.problems(path, .set(value)).has(at, "\(value) is below k = 5"), "\(at)")
        }
        // `answered` as well, kept at most `asked`.
        var tree = try ExampleFindings.changed(try ExampleFindings.tree(), ["reports", 0, "coverage", 0, "answered"], .set(value))
        tree = try ExampleFindings.changed(tree, ["reports", 0, "coverage", 0, "columns", 0, "base"], .set(0))
        tree = try ExampleFindings.changed(tree, ["reports", 0, "coverage", 0, "rows"], .set([["label": "Any", "cells": [["count": 0, "percent": NSNull()]]]]))
        let problems = ExampleFindings.refusal(try ExampleFindings.serialise(tree))?.problems ?? []
        #expect(problems.has("reports[0].coverage[0].answered", "below k = 5"), "\(problems)")
    }

    @Test func zeroAndKArePublished() throws {
        var tree = try ExampleFindings.changed(try ExampleFindings.tree(), Self.specialistCell[...] + ["count"], .set(5))
        tree = try ExampleFindings.changed(tree, Self.specialistCell[...] + ["percent"], .set(12.5))
        #expect(throws: Never.self) { try PublicFindingsValidator.read(try ExampleFindings.serialise(tree)) }
        // The example itself publishes zeros (don't know: 0).
        #expect(try ExampleFindings.findings().reports[0].sections[0].tables[0].rows[4].cells[0].count == 0)
    }

    @Test func aNegativeNumberIsRefused() throws {
        #expect(try ExampleFindings.problems(Self.specialistCell + ["count"], .set(-5)).has("reports[0].sections[1].tables[0].rows[3].cells[0].count", "negative"))
        #expect(try ExampleFindings.problems(["reports", 0, "respondents"], .set(-42)).has("reports[0].respondents", "negative"))
    }

    @Test func nullRespondentsAndHiddenBasesArePublished() throws {
        var tree = try ExampleFindings.changed(try ExampleFindings.tree(), ["reports", 0, "respondents"], .set(NSNull()))
        tree = try ExampleFindings.changed(tree, ["reports", 0, "coverage", 0, "asked"], .set(NSNull()))
        #expect(throws: Never.self) { try PublicFindingsValidator.read(try ExampleFindings.serialise(tree)) }
    }

    @Test(arguments: [2, 0, -3])
    func kBelowThreeIsRefused(_ k: Int) throws {
        let problems = try ExampleFindings.problems(["k"], .set(k))
        #expect(problems.has("k", "\(k) is too low: k must be at least 3"), "\(problems)")
    }

    @Test func kAboveTheLimitIsRefused() throws {
        #expect(try ExampleFindings.problems(["k"], .set(5000)).has("k", "larger than 1000"))
    }

    @Test func countsAreJudgedAgainstTheFilesOwnK() throws {
        // At k = 10 the example's 5s and 8s are small cells.
        let problems = try ExampleFindings.problems(["k"], .set(10))
        #expect(problems.has("reports[0].sections[0].tables[0].rows[0].cells[0].count", "5 is below k = 10"))
        #expect(problems.has("reports[0].coverage[1].rows[1].cells[0].count", "8 is below k = 10"))
    }

    @Test func aMissingKIsReportedOnceWithoutGuessingTheRest() throws {
        let problems = try ExampleFindings.problems(["k"], .remove)
        #expect(problems.count == 1)
        #expect(problems.has("k", "is missing"))
    }

    // MARK: - Rounding

    @Test func withRoundingEveryNumberMustBeAMultipleOfTheBase() throws {
        let problems = try ExampleFindings.problems(["rounding"], .set(5))
        #expect(problems.has("reports[0].respondents", "42 is not a multiple of 5"), "\(problems)")
        #expect(problems.has("reports[0].coverage[0].rows[1].cells[0].count", "12 is not a multiple of 5"))
    }

    @Test(arguments: [1, 0, 101])
    func aRoundingBaseOutsideTwoToOneHundredIsRefused(_ base: Int) throws {
        #expect(try ExampleFindings.problems(["rounding"], .set(base)).has("rounding", "is not a rounding base"))
    }

    @Test func aRoundedFileWhoseNumbersAreMultiplesOfItsBasePasses() throws {
        let findings = PublicFindings(
            k: 5, rounding: 5, title: "Rounded", partnership: "Test partnership",
            published: .init(year: 2026, month: 11)!, period: .init(from: .init("2026-09")!, to: .init("2026-11")!),
            summary: [], method: [], limitations: [],
            reports: [.init(
                who: .survivors, respondents: 45, coverage: [],
                sections: [.init(heading: "Police", tables: [.init(
                    title: "Helpful?", kind: .singleChoice, note: nil, asked: 45, answered: 40,
                    columns: [.init(label: "Everyone", base: 40)],
                    rows: [.init(label: "Yes", cells: [.init(count: 25, percent: 62.5)]),
                           .init(label: "No", cells: [.init(count: 15, percent: 37.5)])],
                    agreement: nil)])],
                keyPoints: [], quotes: [], recommendations: [])])
        let data = try PublicFindingsJSON.encode(findings)
        #expect(try PublicFindingsValidator.read(data) == findings)
    }

    // MARK: - Counts, bases and answers

    @Test func aCountAboveItsColumnsBaseIsRefused() throws {
        var tree = try ExampleFindings.changed(try ExampleFindings.tree(), Self.specialistCell[...] + ["count"], .set(45))
        tree = try ExampleFindings.changed(tree, Self.specialistCell[...] + ["percent"], .set(NSNull()))
        let problems = ExampleFindings.refusal(try ExampleFindings.serialise(tree))?.problems ?? []
        #expect(problems.has("reports[0].sections[1].tables[0].rows[3].cells[0].count", "45 is more than its column's base, 40 (reports[0].sections[1].tables[0].columns[0].base)"), "\(problems)")
    }

    @Test func aCountIsCheckedAgainstItsOwnColumn() throws {
        // 15 fits the second column (20) but not the first (15 is its base; 16 is over).
        let path: [Step] = ["reports", 0, "sections", 0, "tables", 1, "rows", 0, "cells", 0]
        var tree = try ExampleFindings.changed(try ExampleFindings.tree(), path[...] + ["count"], .set(16))
        tree = try ExampleFindings.changed(tree, path[...] + ["percent"], .set(NSNull()))
        let problems = ExampleFindings.refusal(try ExampleFindings.serialise(tree))?.problems ?? []
        #expect(problems.has("reports[0].sections[0].tables[1].rows[0].cells[0].count", "more than its column's base, 15"), "\(problems)")
    }

    @Test func moreAnsweredThanAskedIsRefused() throws {
        #expect(try ExampleFindings.problems(["reports", 0, "sections", 0, "tables", 0, "answered"], .set(35))
            .has("reports[0].sections[0].tables[0].answered", "35 is more than the 30 people asked"))
    }

    // MARK: - Percentages

    @Test func aPercentageOfAHiddenCountIsRefused() throws {
        let path: [Step] = ["reports", 0, "coverage", 0, "rows", 0, "cells", 0, "percent"]
        #expect(try ExampleFindings.problems(path, .set(7.5)).has("reports[0].coverage[0].rows[0].cells[0].percent", "its count is not shown"))
    }

    @Test func aPercentageOfAHiddenBaseIsRefused() throws {
        let problems = try ExampleFindings.problems(["reports", 0, "coverage", 0, "columns", 0, "base"], .set(NSNull()))
        #expect(problems.has("reports[0].coverage[0].rows[1].cells[0].percent", "its column's base is not shown"), "\(problems)")
        #expect(problems.count == 3)  // the three shown percentages of the age table
    }

    @Test func aPercentageThatIsNotCountOverBaseIsRefused() throws {
        let problems = try ExampleFindings.problems(Self.specialistCell + ["percent"], .set(76.0))
        #expect(problems.has("reports[0].sections[1].tables[0].rows[3].cells[0].percent", "76 is not 30 of 40 (75%)"), "\(problems)")
    }

    @Test func aMoreExactPercentageThanOneDecimalPlaceIsRefused() throws {
        // 14 of 31 is 45.16...%: 45.2 passes (the example), the exact value to two places does not.
        let path: [Step] = ["reports", 0, "sections", 1, "tables", 1, "rows", 0, "cells", 0, "percent"]
        #expect(throws: Never.self) { try PublicFindingsValidator.read(ExampleFindings.changing(path, .set(45.16))) }
        #expect(try ExampleFindings.problems(path, .set(45.1)).has("reports[0].sections[1].tables[1].rows[0].cells[0].percent", "not 14 of 31"))
    }

    @Test(arguments: [-1.0, 100.5])
    func aPercentageOutsideZeroToOneHundredIsRefused(_ percent: Double) throws {
        #expect(try ExampleFindings.problems(Self.specialistCell + ["percent"], .set(percent))
            .has("reports[0].sections[1].tables[0].rows[3].cells[0].percent", "not a percentage from 0 to 100"))
    }

    @Test func aPercentageOfABaseOfZeroIsRefused() throws {
        var tree = try ExampleFindings.changed(try ExampleFindings.tree(), ["reports", 0, "coverage", 0, "columns", 0, "base"], .set(0))
        tree = try ExampleFindings.changed(tree, ["reports", 0, "coverage", 0, "rows"], .set([["label": "Any", "cells": [["count": 0, "percent": 0]]]]))
        let problems = ExampleFindings.refusal(try ExampleFindings.serialise(tree))?.problems ?? []
        #expect(problems.has("reports[0].coverage[0].rows[0].cells[0].percent", "base of 0"), "\(problems)")
    }

    @Test func aShownCountMayHaveNoPercentage() throws {
        #expect(throws: Never.self) { try PublicFindingsValidator.read(ExampleFindings.changing(Self.specialistCell + ["percent"], .set(NSNull()))) }
    }
}
