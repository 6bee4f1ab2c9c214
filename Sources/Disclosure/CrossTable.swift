/// Counts of respondents for one choice question, either alone (one-way) or crossed by one
/// identifying question (two-way), with the margins a reader would see beside them.
///
/// Rows are the question's options; columns are the groups of the `by` question, or a single
/// column for a one-way table. Every number counts distinct respondents.
public struct CrossTable: Sendable, Equatable {
    public let survey: String
    public let question: String
    /// The identifying question it is crossed by, or nil for a one-way table.
    public let byQuestion: String?
    public let rowOptions: [String]
    public let columnOptions: [String]
    /// Multiple choice: a respondent may be counted in several rows, so rows do not add up to the base.
    public let rowsAreAdditive: Bool

    /// `cells[row][column]`.
    public internal(set) var cells: [[Int]]
    /// Per row, respondents across all columns (two-way tables only).
    public internal(set) var rowTotals: [Int]
    /// Per column, respondents who answered the question: each column's base.
    public internal(set) var columnBases: [Int]
    /// Respondents who answered the question (and, for two-way tables, the `by` question).
    public internal(set) var base: Int

    public init(survey: String, question: String, byQuestion: String?, rowOptions: [String], columnOptions: [String], rowsAreAdditive: Bool) {
        self.survey = survey
        self.question = question
        self.byQuestion = byQuestion
        self.rowOptions = rowOptions
        self.columnOptions = byQuestion == nil ? [CrossTable.allColumn] : columnOptions
        self.rowsAreAdditive = rowsAreAdditive
        cells = Array(repeating: Array(repeating: 0, count: self.columnOptions.count), count: rowOptions.count)
        rowTotals = Array(repeating: 0, count: rowOptions.count)
        columnBases = Array(repeating: 0, count: self.columnOptions.count)
        base = 0
    }

    /// The single column of a one-way table.
    public static let allColumn = "_all"
    public var isTwoWay: Bool { byQuestion != nil }

    /// Counts one respondent who chose `rows` (several for multiple choice) in column `column`.
    public mutating func add(rows: [Int], column: Int) {
        guard !rows.isEmpty else { return }
        for row in rows {
            cells[row][column] += 1
            rowTotals[row] += 1
        }
        columnBases[column] += 1
        base += 1
    }
}
