extension Survey {
    /// Every text a person reads in this survey: title, who runs it, intro, consent, closing, page
    /// titles, labels, hints and options.
    public var texts: [LocalizedText] {
        var texts: [LocalizedText?] = [title, runBy, intro, consent, consentSummary, closing]
        for page in pages {
            texts.append(page.title)
            for question in page.questions {
                texts += [question.label, question.hint] + question.options.map(\.label)
            }
        }
        return texts.compactMap { $0 }
    }

    /// The texts of this survey that have no words in `language`, so a survivor sees them in
    /// English. Survivors are never told; the lead is, when the server starts.
    public func untranslatedTexts(in language: String) -> Int {
        texts.filter { $0.byLanguage[language] == nil }.count
    }

    /// Every text of the survey, for the share a language covers.
    public var textCount: Int { texts.count }
}
