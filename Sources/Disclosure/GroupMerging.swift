import SurveyKit

/// Groups merged in a breakdown before protection, so that every group it shows has at least 2k
/// people in it ("55 to 64 or 65 or over: 43") rather than a column of "not shown".
///
/// Why 2k: a group of fewer than 2k people can show at most one of its answers (two counts of k
/// or more would need 2k people); the rest are under k and hidden, and with the group's total
/// published and each hidden count known to be at least 1, they pin each other to ranges
/// narrower than k − 1, so the whole column ends up hidden. A hidden group count ties that
/// breakdown to every other breakdown by the same question through the group's own count: at a
/// few hundred responses those ties joined thousands of hidden numbers into one system that the
/// joint audit could not solve in time. A merged group of 2k or more keeps its total and most of
/// its counts published, so each breakdown stands nearly on its own.
///
/// The merge follows the identifying question's own hierarchy where one of its levels leaves no
/// small group (the lead chose those bands); otherwise a small group joins its smaller neighbour,
/// in the order the survey lists the options, until none is small. A merged column's id joins its
/// options' ids with `+` (as `CategoryMerging` does for rows), so its label names every option.
public enum GroupMerging {
    /// The columns of `breakdown` to merge, each list in option order; nil when no group is small
    /// (1 to 2k − 1 people).
    public static func groups(for breakdown: CrossTable, by question: Question, k: Int) -> [[Int]]? {
        guard breakdown.isTwoWay else { return nil }
        let bases = breakdown.columnBases
        let smallest = smallestGroup(k: k)
        func small(_ columns: [Int]) -> Bool {
            let base = columns.reduce(0) { $0 + bases[$1] }
            return base > 0 && base < smallest
        }
        let single = breakdown.columnOptions.indices.map { [$0] }
        guard single.contains(where: small) else { return nil }
        for level in question.hierarchy.levels.indices.map({ $0 + 1 }) {
            guard let grouped = grouping(breakdown.columnOptions, by: question.hierarchy, at: level) else { continue }
            if !grouped.contains(where: small) { return grouped }
        }
        return mergingNeighbours(single, bases: bases, smallest: smallest)
    }

    /// The fewest people a group shown in a breakdown has.
    public static func smallestGroup(k: Int) -> Int { 2 * k }

    /// The columns grouped as `level` of `hierarchy` groups their options; nil when an option is in
    /// no group there.
    private static func grouping(_ options: [String], by hierarchy: GeneralisationHierarchy, at level: Int) -> [[Int]]? {
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (column, option) in options.enumerated() {
            guard let group = hierarchy.group(of: option, at: level) else { return nil }
            if members[group] == nil { order.append(group) }
            members[group, default: []].append(column)
        }
        return order.map { members[$0]! }
    }

    /// Merges the smallest small group into its smaller neighbour (groups with nobody are passed
    /// over, and stay as they are) until no group is small or only one group has anyone in it.
    private static func mergingNeighbours(_ start: [[Int]], bases: [Int], smallest: Int) -> [[Int]] {
        var groups = start
        func base(_ group: [Int]) -> Int { group.reduce(0) { $0 + bases[$1] } }
        while true {
            let occupied = groups.indices.filter { base(groups[$0]) > 0 }
            guard occupied.count >= 2,
                  let smallest = occupied.filter({ base(groups[$0]) < smallest }).min(by: { (base(groups[$0]), $0) < (base(groups[$1]), $1) })
            else { return groups }
            let place = occupied.firstIndex(of: smallest)!
            let neighbours = [place - 1, place + 1].filter(occupied.indices.contains).map { occupied[$0] }
            let partner = neighbours.min { (base(groups[$0]), $0) < (base(groups[$1]), $1) }!
            let (first, second) = (min(smallest, partner), max(smallest, partner))
            groups[first] = (groups[first] + groups[second]).sorted()
            groups.remove(at: second)
        }
    }

    /// `table` with its columns merged into `groups` (from `groups(for:by:k:)`). Each person is in
    /// one group, so merged counts are sums; row totals and the base do not change.
    public static func merge(_ table: CrossTable, into groups: [[Int]]) -> CrossTable {
        var merged = CrossTable(
            survey: table.survey, question: table.question, byQuestion: table.byQuestion, rowOptions: table.rowOptions,
            columnOptions: groups.map { $0.map { table.columnOptions[$0] }.joined(separator: String(CategoryMerging.separator)) },
            rowsAreAdditive: table.rowsAreAdditive)
        merged.cells = table.cells.map { row in groups.map { columns in columns.reduce(0) { $0 + row[$1] } } }
        merged.columnBases = groups.map { columns in columns.reduce(0) { $0 + table.columnBases[$1] } }
        merged.rowTotals = table.rowTotals
        merged.base = table.base
        return merged
    }
}
