import SurveyKit

/// The `choices` sheet: `list_name`, `name`, `label` (and `label::Language (code)`) → option lists.
struct ChoicesSheetReader {
    let defaultLanguage: String

    /// Option lists by the name the survey sheet uses. A list named like one of Chorus's shared lists
    /// (`yes_no`, common in XLSForms) is written under another name, since the names must differ.
    func read(_ sheet: Sheet?, into log: inout ProblemLog) -> [String: DraftList] {
        guard let sheet else { return [:] }
        let table = SheetTable(sheet)
        table.headingProblems(into: &log)
        for base in ["list_name", "name", "label"] where table.column(base) == nil && !(base == "label" && !table.languageColumns("label").isEmpty) {
            log.error(table.location(nil, column: nil), "the choices sheet has no '\(base)' column. Its headings must include list_name, name and label.")
            return [:]
        }
        warnUnreadColumns(table, into: &log)
        var lists: [String: DraftList] = [:]
        var order: [String] = []
        for row in table.rows {
            guard let listName = table.value(row, "list_name") else {
                log.error(table.location(row, "list_name"), "this choice has no list_name. Write the name of the list it belongs to, as used after select_one or select_multiple.")
                continue
            }
            guard let name = table.value(row, "name") else {
                log.error(table.location(row, "name"), "this choice has no name. Write a short id, such as police or 18_24 (letters, digits, '_' and '-').")
                continue
            }
            guard let label = table.localized(row, "label", defaultLanguage: defaultLanguage) else {
                log.error(table.location(row, "label"), "the choice '\(name)' has no label. Write the text she will see.")
                continue
            }
            guard CellValues.requireEnglish(label, what: "the label of choice '\(name)'", defaultLanguage: defaultLanguage, into: &log) else { continue }
            if lists[listName] == nil {
                var written = listName
                if SharedOptionLists.all[listName] != nil {
                    written = "form_" + listName
                    while lists.values.contains(where: { $0.name == written }) { written += "_" }
                    log.warn(table.location(row, "list_name"), "the list '\(listName)' has the name of one of Chorus's shared lists, so it is written as '\(written)'. If its options are the same as the shared list's, you may use that instead, which has Welsh and Urdu too (docs/survey-format.md, \"Shared option lists\").")
                }
                lists[listName] = DraftList(name: written, options: [], location: table.location(row, "list_name"))
                order.append(listName)
            }
            lists[listName]?.options.append(DraftOption(id: name, label: label, location: table.location(row, "name")))
        }
        return lists
    }

    private func warnUnreadColumns(_ table: SheetTable, into log: inout ProblemLog) {
        for (column, heading) in table.headings.sorted(by: { $0.key < $1.key })
        where !["list_name", "name", "label"].contains(heading.base) {
            let used = table.rows.filter { table.text($0, column) != nil }
            guard let first = used.first else { continue }
            log.warn(table.location(first, column: column), "Chorus does not read the column '\(heading.base)' of the choices sheet (\(used.count) \(used.count == 1 ? "row" : "rows")); every option of a list is shown as written.")
        }
    }
}
