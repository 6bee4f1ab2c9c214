@testable import Disclosure
import TestSupport
import SurveyKit
import Testing

/// Builds tables the real way: a survey, answers, a tally.
enum Tables {
    static let groupIDs = ["a", "b", "c", "d"]

    static func survey(multiple: Bool = false, groups groupCount: Int = 3) -> Survey {
        let colours = (1...4).map { Option(id: "c\($0)", label: LocalizedText("Colour \($0)")) }
        let groups = groupIDs.prefix(groupCount).map { Option(id: $0, label: LocalizedText("Group \($0)")) }
        return Survey(
            id: "s", version: 1, title: LocalizedText("S"), audience: .survivors, intro: LocalizedText("I"),
            pages: [Page(title: LocalizedText("P"), questions: [
                Question(id: "q", type: multiple ? .multipleChoice : .singleChoice, label: LocalizedText("Q"), options: colours),
                Question(id: "g", type: .singleChoice, label: LocalizedText("G"), options: groups, identifying: true),
            ])])
    }

    /// `counts[row][column]` respondents answering option row of q and group column of g.
    static func tally(_ counts: [[Int]], multiple: Bool = false) -> Tally {
        var tally = Tally(survey: survey(multiple: multiple, groups: counts[0].count))
        for (row, columns) in counts.enumerated() {
            for (column, count) in columns.enumerated() {
                for _ in 0..<count {
                    tally.add(["q": multiple ? .options(["c\(row + 1)"]) : .option("c\(row + 1)"), "g": .option(groupIDs[column])])
                }
            }
        }
        return tally
    }

    static func table(_ tally: Tally, by: String?) -> CrossTable {
        tally.tables.first { $0.question == "q" && $0.byQuestion == by }!
    }
}

@Suite struct DisclosureControlTests {
    @Test(arguments: [0, 1, 2, -1])
    func refusesKBelowThree(_ k: Int) {
        #expect(throws: DisclosureError.thresholdTooLow(k)) { try DisclosureControl(k: k) }
    }

    @Test func tallyCountsOneAndTwoWayTables() throws {
        let tally = Tables.tally([[5, 0, 2], [6, 7, 0], [0, 0, 0], [1, 1, 8]])
        #expect(tally.responses == 30)
        let oneWay = Tables.table(tally, by: nil)
        #expect(oneWay.cells.map { $0[0] } == [7, 13, 0, 10])
        #expect(oneWay.base == 30)
        let twoWay = Tables.table(tally, by: "g")
        #expect(twoWay.cells == [[5, 0, 2], [6, 7, 0], [0, 0, 0], [1, 1, 8]])
        #expect(twoWay.rowTotals == [7, 13, 0, 10])
        #expect(twoWay.columnBases == [12, 8, 10])
        #expect(twoWay.base == 30)
        // The identifying question is crossed with the others, not with itself.
        #expect(!tally.tables.contains { $0.question == "g" && $0.byQuestion == "g" })
    }

    @Test func oneWaySmallCellsAreSuppressedAndNoLineHasASingleHiddenNumber() throws {
        let control = try DisclosureControl(k: 5)
        // Column of the one-way table: 7, 3, 0, 10 with total 20. The 3 is primary; alone in its line
        // it could be recovered as 20 - 7 - 0 - 10, so the smallest other non-zero (7) goes too.
        var tally = Tally(survey: Tables.survey())
        for (option, count) in [("c1", 7), ("c2", 3), ("c4", 10)] {
            for _ in 0..<count { tally.add(["q": .option(option)]) }
        }
        let protected = control.protect(Tables.table(tally, by: nil))
        let column = protected.cells.map { $0[0] }
        #expect(column[0] == .init(count: nil, reason: .secondary))
        #expect(column[1] == .init(count: nil, reason: .primary))
        #expect(column[2].count == 0)
        #expect(column[3].count == 10)
        #expect(protected.base.count == 20)
    }

    @Test func aBaseBelowKSuppressesTheWholeTable() throws {
        let control = try DisclosureControl(k: 5)
        var tally = Tally(survey: Tables.survey())
        for _ in 0..<4 { tally.add(["q": .option("c1")]) }
        let protected = control.protect(Tables.table(tally, by: nil))
        #expect(protected.base == .init(count: nil, reason: .smallBase))
        #expect(protected.cells.allSatisfy { $0.allSatisfy { $0.reason == .smallBase } })
    }

    @Test func aGroupBelowKIsSuppressedWholeAndProtectedAcrossRows() throws {
        let control = try DisclosureControl(k: 5)
        // Group c has 3 people: its column goes. Each row then has one hidden cell, which its row
        // total would give away, so each row loses another cell.
        let tally = Tables.tally([[6, 5, 1], [7, 8, 2], [9, 5, 0]])
        let protected = control.protect(Tables.table(tally, by: "g"))
        #expect(protected.columnBases[2] == .init(count: nil, reason: .smallBase))
        for row in 0..<3 { #expect(protected.cells[row][2].reason == .smallBase) }
        assertNoLineHasOneHiddenNumber(protected)
    }

    @Test(arguments: [3, 5, 10])
    func everyReleasedCellIsZeroOrAtLeastKAndNoLineGivesAHiddenOneAway(_ k: Int) throws {
        let control = try DisclosureControl(k: k)
        var generator = SplitMix64(seed: UInt64(k))
        for _ in 0..<200 {
            let counts = (0..<4).map { _ in (0..<3).map { _ in Int.random(in: 0...12, using: &generator) } }
            for multiple in [false, true] {
                let tally = Tables.tally(counts, multiple: multiple)
                for by in [nil, "g"] as [String?] {
                    let protected = control.protect(Tables.table(tally, by: by))
                    let released = protected.cells.flatMap { $0 } + protected.rowTotals + protected.columnBases + [protected.base]
                    for value in released { if let count = value.count { #expect(count == 0 || count >= k) } }
                    if !multiple || by != nil { assertNoLineHasOneHiddenNumber(protected) }
                    #expect(RecoveryOracle.recoverableCells(protected).isEmpty, "recoverable: \(counts)")
                }
            }
        }
    }

    @Test func multipleChoiceHidesACountWhoseComplementIsSmall() throws {
        let control = try DisclosureControl(k: 5)
        // 20 respondents; 18 ticked c1, so 2 did not: publishing 18 of 20 would single out those 2.
        var tally = Tally(survey: Tables.survey(multiple: true))
        for index in 0..<20 {
            var ticked = ["c2"]
            if index < 18 { ticked.insert("c1", at: 0) }
            tally.add(["q": .options(ticked)])
        }
        let protected = control.protect(Tables.table(tally, by: nil))
        #expect(protected.cells[0][0] == .init(count: nil, reason: .complement))
        #expect(protected.cells[1][0].count == 20)
        #expect(protected.base.count == 20)
        #expect(!protected.rowsAreAdditive)
    }

    /// A hidden cell that alone links two groups of hidden cells is fixed by the lines taken
    /// together, though no line has a single hidden number (found in review: rows of
    /// [1,2,2,10] [3,1,10,10] [10,10,2,1] [10,10,1,3] gave away the 2 at row 1, group c).
    @Test func noHiddenCellIsFixedByTheLinesTakenTogether() throws {
        let control = try DisclosureControl(k: 5)
        let tally = Tables.tally([[1, 2, 2, 10], [3, 1, 10, 10], [10, 10, 2, 1], [10, 10, 1, 3]])
        let protected = control.protect(Tables.table(tally, by: "g"))
        assertNoLineHasOneHiddenNumber(protected)
        #expect(RecoveryOracle.recoverableCells(protected).isEmpty)
        #expect(protected.cells[0][2].isSuppressed)
    }

    /// Real multiple choice: each person ticks any number of options. No published count, nor the
    /// number who did not tick (base − count), is 1 to k−1 where its base is published.
    @Test(arguments: [3, 5])
    func multipleChoiceWithSeveralTicksIsProtected(_ k: Int) throws {
        let control = try DisclosureControl(k: k)
        var generator = SplitMix64(seed: UInt64(100 + k))
        for _ in 0..<150 {
            var tally = Tally(survey: Tables.survey(multiple: true, groups: 3))
            for _ in 0..<Int.random(in: 5...40, using: &generator) {
                let ticked = (1...4).filter { _ in Bool.random(using: &generator) }.map { "c\($0)" }
                var answers: Answers = ["g": .option(Tables.groupIDs[Int.random(in: 0..<3, using: &generator)])]
                if !ticked.isEmpty { answers["q"] = .options(ticked) }
                tally.add(answers)
            }
            for by in [nil, "g"] as [String?] {
                let protected = control.protect(Tables.table(tally, by: by))
                for column in protected.columnOptions.indices {
                    let base = protected.base(forColumn: column)
                    for row in protected.rowOptions.indices {
                        guard let count = protected.cells[row][column].count else { continue }
                        #expect(count == 0 || count >= k)
                        if let base = base.count { #expect(base - count == 0 || base - count >= k) }
                    }
                }
                #expect(RecoveryOracle.recoverableCells(protected).isEmpty)
            }
        }
    }

    @Test func zerosArePublished() throws {
        let control = try DisclosureControl(k: 5)
        let protected = control.protect(Tables.table(Tables.tally([[10, 0, 5], [0, 0, 0], [5, 10, 0]]), by: "g"))
        #expect(protected.cells[1].map(\.count) == [0, 0, 0])
        #expect(protected.cells[0][1].count == 0)
    }

    private func assertNoLineHasOneHiddenNumber(_ table: ProtectedTable, sourceLocation: SourceLocation = #_sourceLocation) {
        func hidden(_ values: [ProtectedCount]) -> Int { values.filter(\.isSuppressed).count }
        if table.rowsAreAdditive {
            for column in table.columnOptions.indices {
                #expect(hidden(table.cells.map { $0[column] } + [table.base(forColumn: column)]) != 1, sourceLocation: sourceLocation)
            }
            if table.isTwoWay { #expect(hidden(table.rowTotals + [table.base]) != 1, sourceLocation: sourceLocation) }
        }
        if table.isTwoWay {
            for row in table.rowOptions.indices {
                #expect(hidden(table.cells[row] + [table.rowTotals[row]]) != 1, sourceLocation: sourceLocation)
            }
            #expect(hidden(table.columnBases + [table.base]) != 1, sourceLocation: sourceLocation)
        }
    }
}


/// An independent check: a hidden number is fixed by the published ones when its column of the
/// line system is not in the span of the other hidden numbers' columns (rank drops without it).
enum RecoveryOracle {
    static func recoverableCells(_ table: ProtectedTable) -> [String] {
        var names: [String] = []
        var values: [ProtectedCount] = []
        func add(_ name: String, _ value: ProtectedCount) -> Int { names.append(name); values.append(value); return names.count - 1 }
        let rows = table.rowOptions.indices, columns = table.columnOptions.indices
        let cell = rows.map { r in columns.map { c in add("cell \(r),\(c)", table.cells[r][c]) } }
        let base = add("base", table.base)
        var lines: [(members: [Int], total: Int)] = []
        if table.isTwoWay {
            let rowTotal = rows.map { add("row total \($0)", table.rowTotals[$0]) }
            let columnBase = columns.map { add("column base \($0)", table.columnBases[$0]) }
            if table.rowsAreAdditive {
                for c in columns { lines.append((rows.map { cell[$0][c] }, columnBase[c])) }
                lines.append((rowTotal, base))
            }
            for r in rows { lines.append((columns.map { cell[r][$0] }, rowTotal[r])) }
            lines.append((columnBase, base))
        } else if table.rowsAreAdditive {
            lines.append((rows.map { cell[$0][0] }, base))
        }
        let hidden = values.indices.filter { values[$0].isSuppressed }
        let matrix: [[Double]] = lines.map { line in
            hidden.map { h in (line.members.contains(h) ? 1.0 : 0.0) - (line.total == h ? 1.0 : 0.0) }
        }
        let full = rank(matrix)
        return hidden.indices.filter { j in
            rank(matrix.map { row in row.enumerated().filter { $0.offset != j }.map(\.element) }) < full
        }.map { names[hidden[$0]] }
    }

    static func rank(_ input: [[Double]]) -> Int {
        var m = input
        var rank = 0
        let width = m.first?.count ?? 0
        for column in 0..<width {
            guard let pivot = (rank..<m.count).first(where: { abs(m[$0][column]) > 1e-9 }) else { continue }
            m.swapAt(rank, pivot)
            for other in m.indices where other != rank {
                let factor = m[other][column] / m[rank][column]
                if factor != 0 { for i in 0..<width { m[other][i] -= factor * m[rank][i] } }
            }
            rank += 1
        }
        return rank
    }
}
