import Disclosure
import SurveyKit
import Testing
import TestSupport

@Suite("small groups in a breakdown are merged before protection")
struct GroupMergingTests {
    static let k = 5
    static let ages = ["18_24", "25_34", "35_44", "45_54", "55_64", "65_or_over"]
    static let age = Question(
        id: "age", type: .singleChoice, label: LocalizedText("Age"),
        options: ages.map { Option(id: $0, label: LocalizedText($0)) }, identifying: true,
        hierarchy: GeneralisationHierarchy(levels: [
            GeneralisationLevel(label: LocalizedText("20-year bands"), groups: [
                HierarchyGroup(id: "18_34", label: LocalizedText("18 to 34"), members: ["18_24", "25_34"]),
                HierarchyGroup(id: "35_54", label: LocalizedText("35 to 54"), members: ["35_44", "45_54"]),
                HierarchyGroup(id: "55_or_over", label: LocalizedText("55 or over"), members: ["55_64", "65_or_over"]),
            ]),
        ]))
    static let area = Question(
        id: "area", type: .singleChoice, label: LocalizedText("Area"),
        options: ["north", "south", "east", "west"].map { Option(id: $0, label: LocalizedText($0)) }, identifying: true)

    /// A breakdown of a yes/no question by `by`, with `cells[row][column]` people.
    static func breakdown(by question: Question, _ cells: [[Int]]) -> CrossTable {
        var table = CrossTable(
            survey: "s", question: "told", byQuestion: question.id, rowOptions: ["yes", "no"],
            columnOptions: question.options.map(\.id), rowsAreAdditive: true)
        for (row, counts) in cells.enumerated() {
            for (column, count) in counts.enumerated() {
                for _ in 0..<count { table.add(rows: [row], column: column) }
            }
        }
        return table
    }

    @Test("groups of 0 or at least 2k people stay as they are")
    func nothingSmall() {
        let table = Self.breakdown(by: Self.area, [[6, 0, 12, 9], [4, 0, 3, 1]])
        #expect(GroupMerging.groups(for: table, by: Self.area, k: Self.k) == nil)
    }

    @Test("the question's own bands are used when they leave no small group")
    func hierarchyFirst() throws {
        let table = Self.breakdown(by: Self.age, [[20, 15, 12, 9, 4, 1], [8, 7, 3, 4, 2, 3]])
        let groups = try #require(GroupMerging.groups(for: table, by: Self.age, k: Self.k))
        #expect(groups == [[0, 1], [2, 3], [4, 5]])
        let merged = GroupMerging.merge(table, into: groups)
        #expect(merged.columnOptions == ["18_24+25_34", "35_44+45_54", "55_64+65_or_over"])
        #expect(merged.columnBases == [50, 28, 10])
        #expect(merged.cells == [[35, 21, 5], [15, 7, 5]])
        #expect(merged.rowTotals == table.rowTotals)
        #expect(merged.base == table.base)
    }

    @Test("without bands that work, a small group joins its smaller neighbour; empty groups are passed over")
    func neighbours() throws {
        // north 30, south 0, east 3, west 12: east's occupied neighbours are north (30) and west (12).
        let table = Self.breakdown(by: Self.area, [[20, 0, 2, 8], [10, 0, 1, 4]])
        let groups = try #require(GroupMerging.groups(for: table, by: Self.area, k: Self.k))
        #expect(groups == [[0], [1], [2, 3]])
        #expect(GroupMerging.merge(table, into: groups).columnOptions == ["north", "south", "east+west"])
    }

    @Test("on random breakdowns every group shown has 0 or at least 2k people, or there is only one, and no one is lost")
    func property() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<500 {
            let question = random.next() % 2 == 0 ? Self.age : Self.area
            let cells = (0..<2).map { _ in question.options.map { _ in Int(random.next() % 12) * Int(random.next() % 2) } }
            let table = Self.breakdown(by: question, cells)
            guard let groups = GroupMerging.groups(for: table, by: question, k: Self.k) else {
                #expect(table.columnBases.allSatisfy { $0 == 0 || $0 >= 2 * Self.k })
                continue
            }
            #expect(groups.flatMap { $0 }.sorted() == Array(table.columnOptions.indices), "every group in exactly one column")
            let merged = GroupMerging.merge(table, into: groups)
            let occupied = merged.columnBases.filter { $0 > 0 }
            #expect(occupied.count <= 1 || occupied.allSatisfy { $0 >= 2 * Self.k }, "\(table.columnBases) became \(merged.columnBases)")
            for row in table.rowOptions.indices {
                #expect(merged.cells[row].reduce(0, +) == table.cells[row].reduce(0, +))
            }
            #expect(merged.base == table.base && merged.rowTotals == table.rowTotals)
        }
    }
}
