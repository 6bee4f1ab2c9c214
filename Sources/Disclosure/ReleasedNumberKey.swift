/// Names a published number across releases by ids, never by position (`survey/question/by/option/by_option`,
/// margins as `_total`, like the tidy CSV), so a survey version that reorders options still
/// matches the same number in an earlier release.
public enum ReleasedNumberKey {
    static let total = "_total"

    public static func respondents(survey: String) -> String { "\(survey)/_respondents" }
    public static func asked(survey: String, question: String) -> String { "\(survey)/\(question)/_asked" }

    static func entry(
        _ entry: TableEntry, survey: String, question: String, byQuestion: String?, rowOptions: [String], columnOptions: [String]
    ) -> String {
        let twoWay = byQuestion != nil
        let (option, group): (String, String?) = switch entry {
        case .cell(let row, let column): (rowOptions[row], twoWay ? columnOptions[column] : nil)
        case .rowTotal(let row): (rowOptions[row], twoWay ? total : nil)
        case .columnBase(let column): (total, twoWay ? columnOptions[column] : nil)
        case .base: (total, twoWay ? total : nil)
        }
        return [survey, question, byQuestion ?? "", option, group ?? ""].joined(separator: "/")
    }

    /// Every number one survey publishes (tables, how many were asked, respondents), by key, for the ledger.
    public static func published(
        survey: String, tables: [ProtectedTable], asked: [String: ProtectedCount], respondents: ProtectedCount
    ) -> [String: Int] {
        var numbers: [String: Int] = [:]
        for table in tables {
            for entry in table.entries {
                if let count = table.count(of: entry).count { numbers[table.releaseKey(of: entry)] = count }
            }
        }
        for (question, count) in asked {
            if let value = count.count { numbers[Self.asked(survey: survey, question: question)] = value }
        }
        if let value = respondents.count { numbers[Self.respondents(survey: survey)] = value }
        return numbers
    }
}

extension CrossTable {
    public func releaseKey(of entry: TableEntry) -> String {
        ReleasedNumberKey.entry(entry, survey: survey, question: question, byQuestion: byQuestion, rowOptions: rowOptions, columnOptions: columnOptions)
    }
}

extension ProtectedTable {
    public func releaseKey(of entry: TableEntry) -> String {
        ReleasedNumberKey.entry(entry, survey: survey, question: question, byQuestion: byQuestion, rowOptions: rowOptions, columnOptions: columnOptions)
    }
}
