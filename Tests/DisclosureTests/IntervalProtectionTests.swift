@testable import Disclosure
import SurveyKit
import TestSupport
import Testing

/// The classic cases of secondary suppression, and the settings around it: zeros, rounding, the
/// release ledger's hook and the loss summary.
@Suite struct IntervalProtectionTests {
    private func oneWay(_ counts: [Int], multiple: Bool = false) -> CrossTable {
        var table = CrossTable(survey: "s", question: "q", byQuestion: nil, rowOptions: counts.indices.map { "o\($0)" },
                               columnOptions: [], rowsAreAdditive: !multiple)
        for (row, count) in counts.enumerated() {
            for _ in 0..<count { table.add(rows: [row], column: 0) }
        }
        return table
    }

    /// `counts[row][column]` respondents, single choice, in exactly those rows and groups.
    private func twoWay(_ counts: [[Int]]) -> CrossTable {
        var table = CrossTable(survey: "s", question: "q", byQuestion: "g", rowOptions: counts.indices.map { "o\($0)" },
                               columnOptions: counts[0].indices.map { "g\($0)" }, rowsAreAdditive: true)
        for (row, columns) in counts.enumerated() {
            for (column, count) in columns.enumerated() {
                for _ in 0..<count { table.add(rows: [row], column: column) }
            }
        }
        return table
    }

    private func hidden(_ table: ProtectedTable) -> [TableEntry] { AttackerFacts.hiddenEntries(table) }

    // MARK: The classic cases

    /// A 2×2 table with one small cell: hiding it alone, or with one partner, leaves it pinned by
    /// a row or a column; all four cells go, and the margins stay.
    @Test func twoByTwoWithOneSmallCellHidesAllFourCells() throws {
        let table = twoWay([[2, 10], [10, 10]])
        let protected = try DisclosureControl(k: 5).protect(table)
        #expect(hidden(protected) == [.cell(row: 0, column: 0), .cell(row: 0, column: 1), .cell(row: 1, column: 0), .cell(row: 1, column: 1)])
        #expect(protected.cells[0][0].reason == .primary)
        #expect(protected.rowTotals.map(\.count) == [12, 20])
        #expect(protected.columnBases.map(\.count) == [12, 20])
        // x, 12 − x, 12 − x, 8 + x with every hidden cell at least 1 (zeros are published): 1 ≤ x ≤ 11.
        let audit = IntervalAudit(table: table, hidden: table.entries.map(hidden(protected).contains), zerosPublished: true, k: 5)
        let interval = try #require(audit.interval(of: .cell(row: 0, column: 0)))
        #expect((interval.lowest, interval.highest) == (1, 11))
        #expect(interval.lowestWitness.cells == [[1, 11], [11, 9]])
        #expect(interval.highestWitness.cells == [[11, 1], [1, 19]])
        // An outsider cannot rule out zeros in a table hidden cell by cell, so sees 0...12.
        let outsider = try #require(IntervalAudit(published: protected).interval(of: .cell(row: 0, column: 0)))
        #expect((outsider.lowest, outsider.highest) == (0, 12))

        // Rows of zeros beside them change nothing: the pin through the hidden cells' other lines
        // is broken by the fourth cell, not by hiding the margins.
        let withZeroRows = try DisclosureControl(k: 5).protect(twoWay([[2, 10], [10, 10], [0, 0], [0, 0]]))
        #expect(hidden(withZeroRows) == hidden(protected))
    }

    /// Two small counts alone in a line are not exactly recoverable (Gaussian elimination is
    /// satisfied), but together they are 7, so neither can be more than 7: at k = 10 that range is
    /// too narrow, and the large count goes too.
    @Test func twoSmallCellsAloneInALineAreNotEnough() throws {
        let table = oneWay([3, 4, 93])
        let onlyTheSmall = IntervalAudit(table: table, hidden: [true, true, false, false], zerosPublished: true, k: 10)
        let pinned = try #require(onlyTheSmall.interval(of: .cell(row: 0, column: 0)))
        #expect((pinned.lowest, pinned.highest) == (1, 6))

        let protected = try DisclosureControl(k: 10).protect(table)
        #expect(protected.cells.map { $0[0] } == [.init(count: nil, reason: .primary), .init(count: nil, reason: .primary),
                                                   .init(count: nil, reason: .secondary)])
        #expect(protected.base.count == 100)
        let audit = IntervalAudit(table: table, hidden: [true, true, true, false], zerosPublished: true, k: 10)
        #expect(audit.interval(of: .cell(row: 0, column: 0)).map { ($0.lowest, $0.highest) } ?? (0, 0) == (1, 98))
    }

    /// A hidden cell linking two groups of hidden cells is pinned by the lines taken together,
    /// though no single line gives it away (found in review of the first version).
    @Test func linesTakenTogetherCannotPinAHiddenCell() throws {
        let table = Tables.table(Tables.tally([[1, 2, 2, 10], [3, 1, 10, 10], [10, 10, 2, 1], [10, 10, 1, 3]]), by: "g")
        let control = try DisclosureControl(k: 5)
        let protected = control.protect(table)
        IntervalPropertyTests.checkProtection(table, protected, control: control, context: "review example")
        #expect(protected.cells[0][2].isSuppressed)
    }

    /// Multiple choice does not add up down a column, so a hidden count there needs no partner:
    /// it can be anything from 1 to the base. Single choice with the same counts needs one.
    @Test func aMultipleChoiceColumnDoesNotAddUp() throws {
        let control = try DisclosureControl(k: 5)
        var multiple = CrossTable(survey: "s", question: "q", byQuestion: nil, rowOptions: ["a", "b", "c"], columnOptions: [], rowsAreAdditive: false)
        for index in 0..<15 { multiple.add(rows: index < 3 ? [0, 1, 2] : [0, 2], column: 0) }
        #expect(multiple.cells.map { $0[0] } == [15, 3, 15])
        #expect(hidden(control.protect(multiple)) == [.cell(row: 1, column: 0)])
        #expect(hidden(control.protect(oneWay([12, 3, 12]))).count == 2)
    }

    /// Everyone counted ticked something: if every other option is a published zero, the one
    /// hidden count must equal the base, so the base is hidden too.
    @Test func everyoneTickedSomethingCanPinAMultipleChoiceCount() throws {
        let table = oneWay([0, 0, 20], multiple: true)
        let protected = try DisclosureControl(k: 5).protect(table, alsoHide: [.cell(row: 2, column: 0)])
        #expect(protected.cells[2][0] == .init(count: nil, reason: .differencing))
        #expect(protected.base == .init(count: nil, reason: .secondary))
        #expect(protected.cells[0][0].count == 0 && protected.cells[1][0].count == 0)
    }

    /// 18 of 20 ticked an option: publishing 18 with the base 20 would single out the 2 who did not.
    @Test func multipleChoiceHidesACountWhoseComplementIsSmall() throws {
        var table = CrossTable(survey: "s", question: "q", byQuestion: nil, rowOptions: ["a", "b"], columnOptions: [], rowsAreAdditive: false)
        for index in 0..<20 { table.add(rows: index < 18 ? [0, 1] : [1], column: 0) }
        let protected = try DisclosureControl(k: 5).protect(table)
        #expect(protected.cells[0][0] == .init(count: nil, reason: .complement))
        #expect(protected.cells[1][0].count == 20 && protected.base.count == 20)
        // The 2 who did not tick it can be anywhere from 0 to 19 for an attacker.
        let interval = try #require(IntervalAudit(published: protected).interval(of: .cell(row: 0, column: 0)))
        #expect((interval.lowest, interval.highest) == (0, 20))
    }

    // MARK: Zeros

    @Test func zerosArePublishedByDefault() throws {
        let protected = try DisclosureControl(k: 5).protect(oneWay([10, 0, 10]))
        #expect(protected.cells.map { $0[0].count } == [10, 0, 10])
    }

    /// Asked to, a zero is hidden and protected like a small count: alone in its line it would
    /// be 20 − 10 − 10, so a partner goes with it.
    @Test func suppressedZerosAreProtected() throws {
        let control = try DisclosureControl(k: 5, suppressZeros: true)
        let protected = control.protect(oneWay([10, 0, 10]))
        #expect(protected.cells.map { $0[0] } == [.init(count: nil, reason: .secondary), .init(count: nil, reason: .zero), .init(count: 10, reason: nil)])
        #expect(protected.base.count == 20)
        let interval = try #require(IntervalAudit(published: protected).interval(of: .cell(row: 1, column: 0)))
        #expect((interval.lowest, interval.highest) == (0, 10))
    }

    // MARK: The release ledger's hook

    @Test func entriesNameEveryNumberOnce() {
        let twoWay = twoWay([[5, 6, 7], [8, 9, 10]])
        #expect(twoWay.entries.count == 2 * 3 + 2 + 3 + 1)
        #expect(twoWay.entries.map(twoWay.value(of:)) == [5, 6, 7, 8, 9, 10, 18, 27, 13, 15, 17, 45])
        let oneWay = oneWay([18, 27])
        #expect(oneWay.entries == [.cell(row: 0, column: 0), .cell(row: 1, column: 0), .base])
        // A one-way table's row totals and column base are its cells and base.
        #expect(oneWay.value(of: .rowTotal(row: 1)) == 27)
        #expect(oneWay.value(of: .columnBase(column: 0)) == 45)
    }

    /// Numbers the ledger asks to hide are hidden as `differencing`, margins included, and are
    /// protected like small counts.
    @Test func alsoHideHidesAndProtects() throws {
        let control = try DisclosureControl(k: 5)
        let table = Tables.table(Tables.tally([[10, 12, 14], [20, 22, 24], [30, 32, 34]]), by: "g")
        #expect(control.protect(table).loss.hidden == 0)
        let asked: Set<TableEntry> = [.cell(row: 1, column: 1), .rowTotal(row: 2), .columnBase(column: 0)]
        let protected = control.protect(table, alsoHide: asked)
        for entry in asked { #expect(protected.count(of: entry) == .init(count: nil, reason: .differencing)) }
        #expect(protected.loss.hidden(.differencing) == 3)
        #expect(protected.loss.hidden(.secondary) > 0)
        IntervalPropertyTests.checkProtection(table, protected, control: control, context: "alsoHide")

        // One-way: a row total is its cell, the column base is the base.
        let oneWayTable = Tables.table(Tables.tally([[10, 12, 14], [20, 22, 24], [30, 32, 34]]), by: nil)
        let oneWayProtected = control.protect(oneWayTable, alsoHide: [.rowTotal(row: 0)])
        #expect(oneWayProtected.count(of: .cell(row: 0, column: 0)).reason == .differencing)
        #expect(oneWayProtected.count(of: .rowTotal(row: 0)).reason == .differencing)
        IntervalPropertyTests.checkProtection(oneWayTable, oneWayProtected, control: control, context: "alsoHide one-way")
    }

    // MARK: Loss

    @Test func lossCountsHiddenNumbersByReason() throws {
        let protected = try DisclosureControl(k: 5).protect(twoWay([[2, 10, 10], [10, 10, 10], [0, 3, 9]]))
        let all = protected.entries.map(protected.count(of:))
        #expect(protected.loss.entries == 9 + 3 + 3 + 1)
        #expect(protected.loss.cells == 9)
        #expect(protected.loss.hidden == all.filter(\.isSuppressed).count)
        #expect(protected.loss.published == all.filter { !$0.isSuppressed }.count)
        #expect(protected.loss.hiddenCells == protected.cells.joined().filter(\.isSuppressed).count)
        for reason in SuppressionReason.allCases {
            #expect(protected.loss.hidden(reason) == all.filter { $0.reason == reason }.count)
        }
        #expect(protected.loss.hidden(.primary) == 2)
        #expect(protected.loss.hidden(.secondary) >= 2)
    }

    // MARK: Rounding

    @Test func roundingIsToTheNearestMultipleHalvesUp() {
        let five = PublishedRounding(base: 5)
        #expect([0, 2, 3, 7, 8, 12, 13, 102].map(five.round) == [0, 0, 5, 5, 10, 10, 15, 100])
        let ten = PublishedRounding(base: 10)
        #expect([0, 4, 5, 14, 15, 25].map(ten.round) == [0, 0, 10, 10, 20, 30])
        // Every count that rounds to a value, and no other.
        for base in [2, 3, 5, 10, 100] {
            let rounding = PublishedRounding(base: base)
            for published in stride(from: 0, through: 5 * base, by: base) {
                let range = rounding.values(roundingTo: published)
                #expect((0...(6 * base)).filter { rounding.round($0) == published } == Array(range))
            }
        }
    }

    /// The same true count rounds the same way wherever it is: in any table, any place.
    @Test(arguments: [5, 10])
    func roundingIsConsistentAcrossTables(_ base: Int) throws {
        let control = try DisclosureControl(k: 5, rounding: base)
        var generator = SplitMix64(seed: UInt64(base))
        var published: [Int: Set<Int>] = [:]
        for trial in 0..<12 {
            let table = RandomTables.make(RandomTables.Kind.allCases[trial % 4], k: 5, large: trial % 2 == 0, using: &generator)
            let protected = control.protect(table)
            #expect(protected.rounding == base)
            for entry in table.entries {
                guard let shown = protected.count(of: entry).count else { continue }
                published[table.value(of: entry), default: []].insert(shown)
                #expect(shown % base == 0)
                #expect(abs(shown - table.value(of: entry)) <= base / 2)
            }
            // What was hidden is what the same control hides without rounding.
            let exact = try DisclosureControl(k: 5).protect(table)
            #expect(table.entries.map { protected.count(of: $0).isSuppressed } == table.entries.map { exact.count(of: $0).isSuppressed })
            // From the rounded numbers alone, every hidden number is still at least k − 1 wide.
            let outsider = IntervalAudit(published: protected)
            for entry in outsider.hiddenEntries { #expect((outsider.interval(of: entry)?.width ?? 0) >= 4) }
        }
        #expect(published.allSatisfy { $0.value.count == 1 })
        #expect(published[0] == nil || published[0] == [0])
    }

    @Test(arguments: [0, 1, 101, -5])
    func roundingBasesOutsideTwoToAHundredAreRefused(_ base: Int) {
        #expect(throws: DisclosureError.roundingOutOfRange(base)) { try DisclosureControl(rounding: base) }
    }

    /// At k = 3 a published count can be 3, which rounding to the nearest 10 would publish as 0.
    @Test func roundingThatWouldReadAsNobodyIsRefused() throws {
        #expect(throws: DisclosureError.roundingErasesSmallCounts(rounding: 10, k: 3)) { try DisclosureControl(k: 3, rounding: 10) }
        #expect(DisclosureError.roundingErasesSmallCounts(rounding: 10, k: 3).description.contains("at most 6"))
        _ = try DisclosureControl(k: 3, rounding: 6)
        _ = try DisclosureControl(k: 5, rounding: 10)
    }
}
