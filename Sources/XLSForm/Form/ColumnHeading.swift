/// A column heading of an XLSForm sheet: `label`, or a translation `label::Cymraeg (cy)`.
struct ColumnHeading: Equatable {
    /// Lower-cased: "label", "hint", "type".
    let base: String
    /// The language code in parentheses ("cy"), when the heading names a language.
    let language: String?
    /// Why the language part cannot be read, when it cannot.
    let languageProblem: String?

    init(_ raw: String) {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        guard let separator = trimmed.range(of: "::") else {
            base = trimmed.lowercased()
            language = nil
            languageProblem = nil
            return
        }
        base = trimmed[..<separator.lowerBound].trimmingCharacters(in: .whitespaces).lowercased()
        let spoken = trimmed[separator.upperBound...].trimmingCharacters(in: .whitespaces)
        switch Self.languageCode(spoken) {
        case .success(let code):
            language = code
            languageProblem = nil
        case .failure(let problem):
            language = nil
            languageProblem = problem.message
        }
    }

    struct LanguageProblem: Error { let message: String }

    /// "Cymraeg (cy)" → "cy"; "cy" → "cy"; "English" → "en" (XLSForm's examples often leave English's code out).
    static func languageCode(_ spoken: String) -> Result<String, LanguageProblem> {
        if spoken.hasSuffix(")"), let open = spoken.lastIndex(of: "(") {
            let code = spoken[spoken.index(after: open)..<spoken.index(before: spoken.endIndex)]
                .trimmingCharacters(in: .whitespaces).lowercased()
            if isLanguageCode(code) { return .success(code) }
            return .failure(LanguageProblem(message: "'\(code)' is not a language code like en, cy or ur. Write the language as 'Name (code)', for example 'Cymraeg (cy)'."))
        }
        if spoken.lowercased() == "english" { return .success("en") }
        if isLanguageCode(spoken) { return .success(spoken) }
        return .failure(LanguageProblem(message: "the language '\(spoken)' has no code. Write it as 'Name (code)', for example 'Cymraeg (cy)', so that Chorus knows which language it is."))
    }

    /// As the survey reader accepts them: 2 to 8 lower-case letters or '-' ("en", "cy", "pt-br").
    static func isLanguageCode(_ s: String) -> Bool {
        (2...8).contains(s.count) && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0 == "-" }
    }
}
