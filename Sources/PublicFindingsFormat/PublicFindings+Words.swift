extension PublicFindings {
    /// The texts a translation may give in another language: those that come from the surveys or
    /// the analyst's catalogue (section headings, table titles and notes, column, row and agreement
    /// labels, the question a quote answered). The lead's paragraphs are hers and are not among them.
    public var translatableWords: Set<String> {
        var words: Set<String> = []
        func add(_ table: Table) {
            words.insert(table.title)
            if let note = table.note { words.insert(note) }
            words.formUnion(table.columns.map(\.label))
            words.formUnion(table.rows.map(\.label))
            if let agreement = table.agreement { words.insert(agreement.label) }
        }
        for report in reports {
            report.coverage.forEach(add)
            for section in report.sections {
                words.insert(section.heading)
                section.tables.forEach(add)
            }
            words.formUnion(report.quotes.map(\.question))
        }
        return words
    }

    /// `english` in `language` when this file carries the words for it, else as written.
    public func words(_ english: String, in language: String) -> String {
        translations[language]?[english] ?? english
    }
}
