import SurveyKit

/// Adjacent answers merged before protection, so a scale with a few people at one end shows
/// "Strongly agree or Agree: 12" rather than two numbers "not shown".
///
/// A scale's options run from the most positive to the most negative (as every scale in the
/// shipped surveys does): when any of its positions has 1 to k−1 people in the question's own
/// table, the positive half is merged into one answer, the negative half into another, and a
/// middle option stays alone; answers that take no position ("Don't know") stay as they are.
/// Every table of the question (its breakdowns too) is merged the same way, so margins agree.
/// A merged row's id joins its options' ids with `+`, and its label their labels with "or".
public enum CategoryMerging {
    public static let separator: Character = "+"

    /// The rows of `oneWay` to merge, each list in order; nil when nothing needs merging.
    public static func groups(for question: Question, oneWay: CrossTable, k: Int) -> [[Int]]? {
        guard question.type == .scale, !oneWay.isTwoWay else { return nil }
        let positions = oneWay.rowOptions.indices.filter { !SharedOptionLists.nonSubstantiveOptionIDs.contains(oneWay.rowOptions[$0]) }
        guard positions.count >= 4, positions.contains(where: { oneWay.cells[$0][0] > 0 && oneWay.cells[$0][0] < k }) else { return nil }
        let half = positions.count / 2
        var groups = [Array(positions.prefix(half))]
        if positions.count % 2 == 1 { groups.append([positions[half]]) }
        groups.append(Array(positions.suffix(half)))
        let merged = Set(positions)
        groups += oneWay.rowOptions.indices.filter { !merged.contains($0) }.map { [$0] }
        return groups.sorted { $0[0] < $1[0] }
    }

    /// `table` with its rows merged into `groups` (from `groups(for:oneWay:k:)`). Single-choice
    /// rows only: each person is in one row, so merged counts are sums.
    public static func merge(_ table: CrossTable, into groups: [[Int]]) -> CrossTable {
        precondition(table.rowsAreAdditive, "only single-choice rows can be merged by adding them")
        var merged = CrossTable(
            survey: table.survey, question: table.question, byQuestion: table.byQuestion,
            rowOptions: groups.map { $0.map { table.rowOptions[$0] }.joined(separator: String(separator)) },
            columnOptions: table.isTwoWay ? table.columnOptions : [], rowsAreAdditive: true)
        merged.cells = groups.map { rows in table.columnOptions.indices.map { column in rows.reduce(0) { $0 + table.cells[$1][column] } } }
        merged.rowTotals = groups.map { rows in rows.reduce(0) { $0 + table.rowTotals[$1] } }
        merged.columnBases = table.columnBases
        merged.base = table.base
        return merged
    }

    /// The option ids a (possibly merged) row id stands for.
    public static func options(of rowID: String) -> [String] {
        rowID.split(separator: separator).map(String.init)
    }
}
