/// A sheet read as XLSForm reads it: the first row names the columns, every later row is one item.
struct SheetTable {
    let sheet: Sheet
    /// Column index → its heading as written, and as understood.
    let written: [Int: String]
    let headings: [Int: ColumnHeading]
    /// The rows after the heading row.
    let rows: [Sheet.Row]

    init(_ sheet: Sheet) {
        self.sheet = sheet
        let heading = sheet.rows.first
        written = heading?.cells.mapValues { $0.trimmingCharacters(in: .whitespaces) } ?? [:]
        headings = written.mapValues(ColumnHeading.init)
        rows = Array(sheet.rows.dropFirst())
    }

    var name: String { sheet.name }
    var headingRowNumber: Int { sheet.rows.first?.number ?? 1 }

    /// The column headed `base` with no language (`label`), if any.
    func column(_ base: String) -> Int? {
        headings.filter { $0.value.base == base && $0.value.language == nil && $0.value.languageProblem == nil }.keys.min()
    }

    /// The columns headed `base::Language (code)`, by code.
    func languageColumns(_ base: String) -> [(column: Int, language: String)] {
        headings.compactMap { column, heading in
            guard heading.base == base, let language = heading.language else { return nil }
            return (column, language)
        }.sorted { $0.column < $1.column }
    }

    /// The trimmed text of `row` in the column headed `base`, or nil when empty or absent.
    func value(_ row: Sheet.Row, _ base: String) -> String? {
        column(base).flatMap { text(row, $0) }
    }

    func text(_ row: Sheet.Row, _ column: Int) -> String? {
        guard let raw = row[column] else { return nil }
        let trimmed = raw.trimmedAsText
        return trimmed.isEmpty ? nil : trimmed
    }

    func location(_ row: Sheet.Row?, _ base: String) -> CellLocation {
        location(row, column: column(base) ?? languageColumns(base).first?.column)
    }

    func location(_ row: Sheet.Row?, column: Int?) -> CellLocation {
        CellLocation(sheet: name, row: row?.number ?? headingRowNumber, column: column, heading: column.flatMap { written[$0] })
    }

    /// A text in every language the sheet gives for `base`: the plain column is `defaultLanguage`,
    /// each `base::Name (code)` column its own code (winning over the plain column for the same code).
    func localized(_ row: Sheet.Row, _ base: String, defaultLanguage: String) -> DraftText? {
        var byLanguage: [String: String] = [:]
        var first: Int?
        if let column = column(base), let text = text(row, column) {
            byLanguage[defaultLanguage] = text
            first = column
        }
        for (column, language) in languageColumns(base) {
            guard let text = text(row, column) else { continue }
            byLanguage[language] = text
            first = first ?? column
        }
        guard let first else { return nil }
        return DraftText(byLanguage: byLanguage, location: location(row, column: first))
    }

    /// Problems with the heading row itself: a language without a code, the same heading twice.
    func headingProblems(into log: inout ProblemLog) {
        var seen: [String: Int] = [:]
        for (column, heading) in headings.sorted(by: { $0.key < $1.key }) {
            let here = location(nil, column: column)
            if let problem = heading.languageProblem {
                log.error(here, problem)
                continue
            }
            let key = heading.base + "::" + (heading.language ?? "")
            if let other = seen[key] {
                log.error(here, "this column has the same heading as column \(CellReference.letters(ofColumn: other)). Keep one, or rename one.")
            } else {
                seen[key] = column
            }
        }
    }
}

/// Every problem and warning found, in the order found.
struct ProblemLog {
    let file: String
    private(set) var problems: [XLSFormProblem] = []
    private(set) var warnings: [XLSFormProblem] = []

    init(file: String) { self.file = file }

    mutating func error(_ location: CellLocation, _ message: String) {
        let problem = XLSFormProblem(file: file, location: location, message: message)
        if !problems.contains(problem) { problems.append(problem) }
    }

    mutating func warn(_ location: CellLocation, _ message: String) {
        warnings.append(XLSFormProblem(file: file, location: location, message: message))
    }
}

extension String {
    /// Without the whitespace around it, as the survey reader trims texts, so what is written is what is read.
    var trimmedAsText: String {
        var scalars = Substring(self)
        while let c = scalars.first, c.isWhitespace { scalars.removeFirst() }
        while let c = scalars.last, c.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
