import TabularText
import Disclosure

/// The tidy table CSV of ARCHITECTURE.md ("Contracts"): one row per published cell, columns
/// `survey,question,option,by_question,by_option,count,base,suppressed`.
///
/// Only `ProtectedTable`s are read, so a suppressed number is not there to be written: its `count`
/// is empty and `suppressed` is `true`. A suppressed base is written empty too.
public enum TidyTableCSV {
    public static let header = ["survey", "question", "option", "by_question", "by_option", "count", "base", "suppressed"]

    public static func render(_ input: ReportInput) -> String {
        var csv = CSV.line(header, for: .tool)
        for findings in input.surveys {
            for table in findings.tables {
                for cell in table.tidyCells { csv += CSV.line(fields(cell, of: table), for: .tool) }
            }
        }
        return csv
    }

    /// Ids, not labels: the CSV is for analysis tools, and ids stay the same when wording changes.
    /// `by_question` and `by_option` are empty in a one-way table; margins are named `_total`.
    private static func fields(_ cell: TidyCell, of table: ProtectedTable) -> [String] {
        let total = TableLabels.totalID
        return [
            table.survey,
            table.question,
            cell.row.map { table.rowOptions[$0] } ?? total,
            table.byQuestion ?? "",
            table.isTwoWay ? cell.column.map { table.columnOptions[$0] } ?? total : "",
            cell.count.count.map(String.init) ?? "",
            cell.base.count.map(String.init) ?? "",
            cell.count.isSuppressed ? "true" : "false",
        ]
    }
}
