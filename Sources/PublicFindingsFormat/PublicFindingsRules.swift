/// The disclosure rules every number in public findings must keep (ARCHITECTURE.md, "Disclosure
/// rules"), checked again by whoever reads the file, because the server trusts nothing it is given:
///
/// - k is at least 3; a rounding base, if any, is at least 2;
/// - every count, base, `asked`, `answered` and `respondents` is 0 or at least k, never negative,
///   and a multiple of the rounding base when there is one;
/// - a count is at most its column's base, and `answered` at most `asked`;
/// - a percentage is shown only with its count and base, lies in 0...100, and is count ÷ base × 100
///   to one decimal place (a more exact one could give away the numbers behind a rounded count).
///
/// The dates follow too: the period runs forwards and ends no later than the month of publication.
struct PublicFindingsRules {
    let problems: ProblemList

    /// The threshold the numbers are checked against, once it is known to be valid.
    struct Threshold {
        let k: Int
        let rounding: Int?
    }

    static let neverEdit = "Re-run chorus-analyst report; never edit counts by hand."

    /// `thresholdRead` is false when k or rounding could not be read (already reported): then the
    /// rules that need them are skipped rather than applied to a placeholder.
    func check(_ findings: PublicFindings, thresholdRead: Bool) {
        let root = FindingsPath.root
        let threshold = thresholdRead ? self.threshold(findings) : nil
        if findings.period.to < findings.period.from {
            problems.add(root.key("period"), "runs backwards: \"from\" (\(findings.period.from)) is after \"to\" (\(findings.period.to)).")
        }
        if findings.published < findings.period.to {
            problems.add(root.key("published"), "\(findings.published) is before the end of the period counted (\(findings.period.to)).")
        }
        for (reportIndex, report) in findings.reports.enumerated() {
            let path = root.key("reports")[reportIndex]
            people(report.respondents, path.key("respondents"), threshold)
            for (index, table) in report.coverage.enumerated() {
                self.table(table, path.key("coverage")[index], threshold)
            }
            for (sectionIndex, section) in report.sections.enumerated() {
                for (index, table) in section.tables.enumerated() {
                    self.table(table, path.key("sections")[sectionIndex].key("tables")[index], threshold)
                }
            }
        }
    }

    private func threshold(_ findings: PublicFindings) -> Threshold? {
        var valid = true
        if findings.k < 3 {
            problems.add(FindingsPath.root.key("k"), "\(findings.k) is too low: k must be at least 3, or single people could be picked out. \(Self.neverEdit)")
            valid = false
        } else if findings.k > PublicFindingsLimits.largestK {
            problems.add(FindingsPath.root.key("k"), "\(findings.k) is larger than \(PublicFindingsLimits.largestK), the largest k this format allows.")
            valid = false
        }
        if let rounding = findings.rounding, !(2...PublicFindingsLimits.largestRounding).contains(rounding) {
            problems.add(FindingsPath.root.key("rounding"), "\(rounding) is not a rounding base: use null for no rounding, or a base from 2 to \(PublicFindingsLimits.largestRounding), such as 5.")
            valid = false
        }
        return valid ? Threshold(k: findings.k, rounding: findings.rounding) : nil
    }

    private func table(_ table: PublicFindings.Table, _ path: FindingsPath, _ threshold: Threshold?) {
        people(table.asked, path.key("asked"), threshold)
        people(table.answered, path.key("answered"), threshold)
        if let asked = table.asked, let answered = table.answered, answered > asked {
            problems.add(path.key("answered"), "\(answered) is more than the \(asked) people asked (asked); nobody answers a question they were not shown.")
        }
        for (index, column) in table.columns.enumerated() {
            people(column.base, path.key("columns")[index].key("base"), threshold)
        }
        for (rowIndex, row) in table.rows.enumerated() {
            cells(row.cells, path.key("rows")[rowIndex].key("cells"), columns: table.columns, tablePath: path, threshold)
        }
        if let agreement = table.agreement {
            cells(agreement.cells, path.key("agreement").key("cells"), columns: table.columns, tablePath: path, threshold)
        }
    }

    private func cells(_ cells: [PublicFindings.Cell], _ path: FindingsPath, columns: [PublicFindings.Column],
                       tablePath: FindingsPath, _ threshold: Threshold?) {
        // A row with the wrong number of cells is already reported; its cells are checked against
        // the columns they line up with.
        for (index, (cell, column)) in zip(cells, columns).enumerated() {
            let cellPath = path[index]
            let basePath = tablePath.key("columns")[index].key("base")
            people(cell.count, cellPath.key("count"), threshold)
            if let count = cell.count, let base = column.base, count > base {
                problems.add(cellPath.key("count"), "\(count) is more than its column's base, \(base) (\(basePath)); a count cannot be more than the people it is out of. \(Self.neverEdit)")
            }
            percent(cell, column: column, cellPath.key("percent"))
        }
    }

    private func percent(_ cell: PublicFindings.Cell, column: PublicFindings.Column, _ path: FindingsPath) {
        guard let percent = cell.percent else { return }
        guard let count = cell.count, let base = column.base else {
            let hidden = cell.count == nil ? "its count is not shown" : "its column's base is not shown"
            problems.add(path, "a percentage is shown but \(hidden); a share of a hidden number could give it away. Write null. \(Self.neverEdit)")
            return
        }
        guard (0...100).contains(percent) else {
            problems.add(path, "\(Self.words(percent)) is not a percentage from 0 to 100.")
            return
        }
        guard base > 0 else {
            problems.add(path, "a percentage of a base of 0 means nothing; write null.")
            return
        }
        let exact = Double(count) * 100 / Double(base)
        if abs(percent - exact) > PublicFindingsLimits.percentTolerance + 1e-9 {
            problems.add(path, "\(Self.words(percent)) is not \(count) of \(base) (\(Self.words((exact * 10).rounded() / 10))%) to one decimal place; a percentage must be count ÷ base × 100. \(Self.neverEdit)")
        }
    }

    /// A number of people: not negative, 0 or at least k, and a multiple of the rounding base.
    private func people(_ value: Int?, _ path: FindingsPath, _ threshold: Threshold?) {
        guard let value else { return }
        if value < 0 {
            problems.add(path, "\(value) is negative; numbers of people are 0 or more. \(Self.neverEdit)")
            return
        }
        guard let threshold else { return }
        if (1..<threshold.k).contains(value) {
            problems.add(path, "\(value) is below k = \(threshold.k); only 0 or at least k may be published. \(Self.neverEdit)")
        }
        if let rounding = threshold.rounding, value % rounding != 0 {
            problems.add(path, "\(value) is not a multiple of \(rounding), the rounding base this file declares (rounding). \(Self.neverEdit)")
        }
    }

    /// 40 rather than 40.0, 33.3 as 33.3.
    static func words(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }
}
