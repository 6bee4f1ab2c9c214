import SurveyKit

/// The `survey` sheet, row by row, into pages of questions.
///
/// Pages: each outermost `begin group` … `end group` is one page titled by the group's label
/// (a group inside it joins its page, and its `relevant` is added to each of its questions).
/// Questions outside any group are gathered onto pages of their own, titled with the survey's
/// title; a new such page starts when a question's `relevant` names a question on the page
/// being gathered, so that without JavaScript she is shown it only when it applies.
struct SurveySheetReader {
    let table: SheetTable
    let defaultLanguage: String
    /// By the name the survey sheet uses.
    let lists: [String: DraftList]
    let surveyTitle: DraftText

    static let readColumns: Set<String> = [
        "type", "name", "label", "hint", "required", "relevant", "appearance", "identifying", "quote_permission",
    ]
    static let supportedTypes = "text, integer, decimal, select_one LIST, select_multiple LIST, note, begin group, end group"

    /// Why a column Chorus does not read is not imported, for the columns forms often have.
    static let unreadColumnReasons: [String: String] = [
        "constraint": "Chorus checks each answer against its type; for a number's range add 'min' and 'max' to the question in the YAML",
        "constraint_message": "Chorus writes its own messages",
        "required_message": "no question is required (see the warning about 'required')",
        "default": "Chorus never fills in an answer for her",
        "choice_filter": "every option of the list is shown",
        "calculation": "Chorus stores only what she answers",
        "read_only": "every question shown can be answered or skipped",
        "repeat_count": "repeats are not imported",
        "guidance_hint": "it is not shown",
        "parameters": "it is not used",
    ]

    private struct Group {
        let row: Sheet.Row
        let relevant: String?
    }

    func read(into log: inout ProblemLog) -> [DraftPage] {
        table.headingProblems(into: &log)
        for base in ["type", "name"] where table.column(base) == nil {
            log.error(table.location(nil, column: nil), "the survey sheet has no '\(base)' column. Its first row must name the columns: type, name, label, and any others.")
            return []
        }
        if table.column("label") == nil && table.languageColumns("label").isEmpty {
            log.error(table.location(nil, column: nil), "the survey sheet has no 'label' column (or 'label::English (en)'). Add the questions' text.")
            return []
        }
        warnUnreadColumns(into: &log)

        var pages: [DraftPage] = []
        var current: DraftPage?
        var groups: [Group] = []
        var repeatDepth = 0
        /// Names of rows that could not be imported: a condition naming one is not checked again.
        var unread: Set<String> = []
        var requiredRows: [Int] = []

        func close() {
            if let page = current, !page.questions.isEmpty { pages.append(page) }
            current = nil
        }

        for row in table.rows {
            let name = table.value(row, "name")
            guard let rawType = table.value(row, "type") else {
                if repeatDepth == 0 {
                    log.error(table.location(row, "type"), "this row has no type. Write one of: \(Self.supportedTypes), or delete the row.")
                }
                if let name { unread.insert(name) }
                continue
            }
            let words = rawType.split(whereSeparator: \.isWhitespace).map { String($0) }
            // "begin group", "begin_group" and "BEGIN GROUP" are the same row.
            let first = words[0].lowercased()
            var head = first
            if ["begin", "end"].contains(first), words.count > 1 {
                head = first + " " + words[1].lowercased()
            } else if ["begin_group", "end_group", "begin_repeat", "end_repeat"].contains(first) {
                head = first.replacingOccurrences(of: "_", with: " ")
            }
            let typeCell = table.location(row, "type")

            if repeatDepth > 0 {
                // Inside a refused repeat: its rows were refused with it.
                if head == "begin repeat" { repeatDepth += 1 }
                if head == "end repeat" { repeatDepth -= 1 }
                if let name { unread.insert(name) }
                continue
            }

            switch head {
            case "begin group":
                let relevant = checkedRelevant(row, unread: unread, into: &log)
                if groups.isEmpty {
                    close()
                    var title = table.localized(row, "label", defaultLanguage: defaultLanguage)
                    if !CellValues.requireEnglish(title, what: "the label of group '\(name ?? "")'", defaultLanguage: defaultLanguage, into: &log) {
                        let standIn = title?.byLanguage.values.first  // so the page is not reported again
                        title?.byLanguage["en"] = standIn
                    }
                    if title == nil {
                        log.warn(table.location(row, "label"), "the group '\(name ?? "")' has no label, so its page is titled with the survey's title. Add a label to give the page its own title.")
                        title = DraftText(byLanguage: surveyTitle.byLanguage, location: table.location(row, "label"))
                    }
                    current = DraftPage(title: title!, questions: [], groupRow: row.number)
                }
                groups.append(Group(row: row, relevant: relevant))
            case "end group":
                if groups.popLast() == nil {
                    log.error(typeCell, "this 'end group' has no 'begin group' before it. Delete it, or add the 'begin group' row.")
                } else if groups.isEmpty {
                    if current?.questions.isEmpty ?? false {
                        log.warn(table.location(row, column: nil), "the group ending here has no questions Chorus could import, so it has no page.")
                    }
                    close()
                }
            case "begin repeat":
                log.error(typeCell, RefusedTypes.reason(for: "begin repeat")!)
                repeatDepth = 1
                if let name { unread.insert(name) }
            case "end repeat":
                log.error(typeCell, "this 'end repeat' has no 'begin repeat' before it. Delete it.")
            default:
                if let value = table.value(row, "required"), CellValues.bool(value) != false { requiredRows.append(row.number) }
                guard let question = readQuestion(row, words: words, head: head, name: name, groups: groups, unread: unread, into: &log) else {
                    if let name { unread.insert(name) }
                    continue
                }
                if groups.isEmpty {
                    // Gathered outside groups: a question that depends on one already on this page starts the next.
                    let onPage = Set(current?.questions.map(\.id) ?? [])
                    let named = question.relevant.flatMap { try? RelevanceParser.parse($0) }?.referencedQuestions ?? []
                    if current != nil, named.contains(where: onPage.contains) { close() }
                    if current == nil {
                        current = DraftPage(title: DraftText(byLanguage: surveyTitle.byLanguage, location: question.nameLocation), questions: [], groupRow: nil)
                    }
                }
                current?.questions.append(question)
            }
        }
        for group in groups {
            log.error(table.location(group.row, "type"), "this group is never ended. Add an 'end group' row after its last question.")
        }
        close()
        if !requiredRows.isEmpty, let column = table.column("required") {
            let rows = requiredRows.map(String.init).joined(separator: ", ")
            log.warn(table.location(nil, column: column), "\(requiredRows.count) \(requiredRows.count == 1 ? "question is" : "questions are") marked required (rows \(rows)). This is not imported: Chorus promises survivors that every question can be skipped. If a question for another audience truly must be answered, add 'required: true' to it in the YAML.")
        }
        if pages.isEmpty && log.problems.isEmpty {
            log.error(table.location(nil, column: nil), "the survey sheet has no questions. Add rows with a type, a name and a label.")
        }
        return pages
    }

    private func readQuestion(_ row: Sheet.Row, words: [String], head: String, name: String?, groups: [Group],
                              unread: Set<String>, into log: inout ProblemLog) -> DraftQuestion? {
        let typeCell = table.location(row, "type")
        if let reason = RefusedTypes.reason(for: head) ?? RefusedTypes.reason(for: words.joined(separator: " ").lowercased()) {
            log.error(typeCell, reason)
            return nil
        }
        var problems = false
        var type: String
        var scaleList: String?
        switch head {
        case "text", "integer", "decimal", "note":
            type = head
            if words.count > 1 {
                log.error(typeCell, "'\(words.joined(separator: " "))' is not a type: '\(head)' takes nothing after it. Write just '\(head)'.")
                problems = true
            }
        case "select_one", "select_multiple":
            type = head
            guard words.count >= 2 else {
                log.error(typeCell, "\(head) needs the name of its list from the choices sheet after it, for example '\(head) services'.")
                return nil
            }
            if words.count > 2 {
                let extra = words[2...].joined(separator: " ")
                if extra.lowercased() == "or_other" {
                    log.error(typeCell, "'or_other' adds a free-text 'Other' box whose words are stored with the choice, which Chorus does not import. Add an 'other' choice to the list, and a text question after this one with relevant: selected(${\(name ?? "q")}, 'other').")
                } else {
                    log.error(typeCell, "'\(words.joined(separator: " "))' is not a type: write \(head) and the list's name only.")
                }
                return nil
            }
            let listName = words[1]
            if let list = lists[listName] {
                type = "\(head) \(list.name)"
                if head == "select_one", (table.value(row, "appearance") ?? "").lowercased().contains("likert") {
                    type = "scale"
                    scaleList = list.name
                }
            } else if SharedOptionLists.all[listName] != nil {
                type = "\(head) \(listName)"  // Chorus's shared list of that name
            } else {
                let known = lists.keys.sorted()
                let choose = known.isEmpty ? "The form has no choices sheet, or it is empty." : "Lists in the choices sheet: \(known.joined(separator: ", "))."
                log.error(typeCell, "there is no list '\(listName)' in the choices sheet. \(choose) Check the spelling, or add the list.")
                problems = true
            }
        default:
            log.error(typeCell, "'\(words.joined(separator: " "))' is not a type Chorus can import. Use one of: \(Self.supportedTypes).")
            return nil
        }
        guard let name else {
            log.error(table.location(row, "name"), "this question has no name. Write a short id for it, such as police_rating (letters, digits and '_', starting with a letter).")
            return nil
        }
        let label = table.localized(row, "label", defaultLanguage: defaultLanguage)
        if label == nil {
            log.error(table.location(row, "label"), "the question '\(name)' has no label. Write the question as she will read it.")
            problems = true
        }
        let hint = table.localized(row, "hint", defaultLanguage: defaultLanguage)
        for (text, what) in [(label, "label"), (hint, "hint")]
        where !CellValues.requireEnglish(text, what: "the \(what) of '\(name)'", defaultLanguage: defaultLanguage, into: &log) {
            problems = true
        }

        var flags: [String: Bool] = [:]
        for base in ["identifying", "quote_permission"] {
            guard let raw = table.value(row, base) else { continue }
            if let value = CellValues.bool(raw) {
                flags[base] = value
            } else {
                log.error(table.location(row, base), "'\(raw)' is not yes or no. Write yes or no (true, false, 1 and 0 are read too), or leave it empty for no.")
                problems = true
            }
        }

        // The question's own condition, and those of the groups it is in, which apply to it too.
        var conditions = groups.compactMap(\.relevant)
        if table.value(row, "relevant") != nil {
            guard let own = checkedRelevant(row, unread: unread, into: &log) else { return nil }
            conditions.append(own)
        }
        let relevant = conditions.isEmpty ? nil : conditions.count == 1 ? conditions[0] : conditions.map { "(\($0))" }.joined(separator: " and ")

        guard !problems, let label else { return nil }
        return DraftQuestion(
            id: name, row: row.number, type: type, scaleList: scaleList, label: label, hint: hint, relevant: relevant,
            identifying: flags["identifying"] ?? false, quotePermission: flags["quote_permission"] ?? false,
            nameLocation: table.location(row, "name"), typeLocation: typeCell,
            relevantLocation: table.location(row, "relevant"), identifyingLocation: table.location(row, "identifying"),
            quotePermissionLocation: table.location(row, "quote_permission"))
    }

    /// The row's `relevant`, if it reads as a condition; a problem at its cell if not. A condition
    /// naming a row that was not imported is left out without a word: that row's problem says it.
    private func checkedRelevant(_ row: Sheet.Row, unread: Set<String>, into log: inout ProblemLog) -> String? {
        guard let source = table.value(row, "relevant") else { return nil }
        do {
            let expression = try RelevanceParser.parse(source)
            if expression.referencedQuestions.contains(where: unread.contains) { return nil }
            return source
        } catch {
            log.error(table.location(row, "relevant"), "this condition cannot be read: \(error.message) (character \(error.column) of \"\(source)\"). Chorus reads ${name}, =, !=, <, <=, >, >=, selected(), count-selected(), and, or, not() and parentheses (docs/survey-format.md, \"Skip logic\").")
            return nil
        }
    }

    private func warnUnreadColumns(into log: inout ProblemLog) {
        for (column, heading) in table.headings.sorted(by: { $0.key < $1.key })
        where !Self.readColumns.contains(heading.base) && heading.languageProblem == nil {
            if heading.language != nil, ["label", "hint"].contains(heading.base) { continue }
            let used = table.rows.filter { table.text($0, column) != nil }
            guard let first = used.first else { continue }
            let why = Self.unreadColumnReasons[heading.base] ?? "Chorus does not read it"
            let rows = used.count == 1 ? "row \(first.number)" : "\(used.count) rows from row \(first.number)"
            log.warn(table.location(first, column: column), "the column '\(table.written[column] ?? heading.base)' is not imported (\(rows)): \(why).")
        }
    }
}
