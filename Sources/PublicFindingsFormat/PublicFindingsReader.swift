import SurveyKit

/// Reads a parsed JSON tree into `PublicFindings`, adding a problem for everything that is not
/// exactly the format: an unknown key at any level (named as record-level data when it looks like
/// it), a missing key, a wrong type, text that is empty, too long or holds control characters,
/// a list that is too long, a date that is not a month or day, a word not in its list.
///
/// After a problem it goes on with a placeholder (an empty text, a hidden number, an empty list)
/// that no disclosure rule objects to, so one pass reports as much as possible. Any problem
/// refuses the whole file, so a placeholder never leaves `PublicFindingsValidator`.
struct PublicFindingsReader {
    let problems: ProblemList

    typealias Findings = PublicFindings
    typealias Limits = PublicFindingsLimits
    typealias Audience = SurveyKit.Audience

    /// The whole file; nil (after one problem) when it is not public findings of this version at all.
    /// `thresholdRead` is false when k or rounding could not be read, so rules needing them are skipped.
    func findings(_ value: JSONValue) -> (findings: Findings, thresholdRead: Bool)? {
        guard case .object(let top) = value else {
            problems.add(.root, "public findings are one JSON object, but this file holds \(value.kindWords). \(Self.uploadAdvice)")
            return nil
        }
        guard top[Findings.Key.format.rawValue] == .string(Findings.format) else {
            problems.add(FindingsPath.root.key("format"), "this is not a public findings file: it must start with \"format\": \"\(Findings.format)\". \(Self.uploadAdvice)")
            return nil
        }
        guard case .integer(let version) = top[Findings.Key.version.rawValue], Findings.readableVersions.contains(version) else {
            problems.add(FindingsPath.root.key("version"), "this server reads versions \(Findings.readableVersions.map(String.init).joined(separator: " and ")) of public findings only. Make the file with the chorus-analyst that matches this server, or update the server.")
            return nil
        }
        // A version 1 file had one report for everyone: read as one report that does not say whose.
        let legacy = version == 1
        if legacy {
            for key in PublicFindingsVersion1.newKeys where top[key] != nil {
                problems.add(FindingsPath.root.key(key), "is not a key of version 1 public findings. Write \"version\": \(Findings.version) for the new shape. \(Self.uploadAdvice)")
            }
        }
        guard let object = members(legacy ? PublicFindingsVersion1.upgraded(top) : value, .root, keys: Findings.Key.self) else { return nil }
        let k = object[.k].flatMap { integer($0, object.path(.k)) }
        // nil when missing or unreadable (already reported), `.some(nil)` for null.
        let rounding: Int?? = object[.rounding].flatMap { value in
            value == .null ? .some(nil) : integer(value, object.path(.rounding)).map { .some($0) }
        }
        let reports = list(object, .reports, limit: Limits.reports) { report($0, $1, legacy: legacy) }
        let findings = Findings(
            k: k ?? Int.max,
            rounding: rounding ?? nil,
            title: text(object, .title, limit: Limits.shortText),
            partnership: text(object, .partnership, limit: Limits.shortText),
            published: object[.published].map { month($0, object.path(.published)) } ?? Self.placeholderMonth,
            period: object[.period].map { period($0, object.path(.period)) } ?? .init(from: Self.placeholderMonth, to: Self.placeholderMonth),
            summary: paragraphs(object, .summary, limit: Limits.paragraphs),
            method: paragraphs(object, .method, limit: Limits.paragraphs),
            limitations: paragraphs(object, .limitations, limit: Limits.paragraphs),
            reports: reports,
            translations: object[.translations].map { translations($0, object.path(.translations)) } ?? [:]
        )
        checkOneReportEach(reports, object.path(.reports))
        checkUniqueIDs(reports, object.path(.reports))
        checkTranslatedWords(findings, object.path(.translations))
        return (findings, k != nil && rounding != nil)
    }

    static let uploadAdvice = "Use findings-public.json, written by chorus-analyst report (findings.json is the internal version and is never published)."
    static let placeholderMonth = Findings.Month(year: 2000, month: 1)!

    // MARK: - The parts

    func period(_ value: JSONValue, _ path: FindingsPath) -> Findings.Period {
        guard let object = members(value, path, keys: Findings.Period.Key.self) else {
            return .init(from: Self.placeholderMonth, to: Self.placeholderMonth)
        }
        return .init(from: object[.from].map { month($0, object.path(.from)) } ?? Self.placeholderMonth,
                     to: object[.to].map { month($0, object.path(.to)) } ?? Self.placeholderMonth)
    }

    /// One audience's report. `who` may be null only in a version 1 file (`legacy`), which did not say.
    func report(_ value: JSONValue, _ path: FindingsPath, legacy: Bool = false) -> Findings.Report {
        guard let object = members(value, path, keys: Findings.Report.Key.self) else {
            return .init(who: nil, respondents: nil, coverage: [], sections: [], keyPoints: [], quotes: [], recommendations: [])
        }
        let who: Audience? = object[.who].flatMap { value in
            if legacy, value == .null { return nil }
            return choice(value, object.path(.who), placeholder: Audience.survivors)
        }
        return .init(
            who: who,
            respondents: object[.respondents].flatMap { people($0, object.path(.respondents)) },
            coverage: list(object, .coverage, limit: Limits.coverageTables, read: table),
            sections: list(object, .sections, limit: Limits.sections, read: section),
            keyPoints: paragraphs(object, .keyPoints, limit: Limits.keyPoints),
            quotes: list(object, .quotes, limit: Limits.quotes, read: quote),
            recommendations: list(object, .recommendations, limit: Limits.recommendations, read: recommendation))
    }

    /// Language → English → translated. Only languages Chorus shows pages in; each text follows
    /// the rules of the longest text it could stand for.
    func translations(_ value: JSONValue, _ path: FindingsPath) -> [String: [String: String]] {
        guard case .object(let languages) = value else {
            problems.add(path, "must be an object of language codes (\(Self.translatedLanguages.joined(separator: ", "))), each holding English text → the same text in that language; {} when there are none.")
            return [:]
        }
        var result: [String: [String: String]] = [:]
        for (code, phrases) in languages.sorted(by: { $0.key < $1.key }) {
            let languagePath = path.key(code)
            guard Self.translatedLanguages.contains(code) else {
                problems.add(languagePath, "is not a language the findings page is shown in; use \(Self.translatedLanguages.joined(separator: " or ")).")
                continue
            }
            guard case .object(let pairs) = phrases else {
                problems.add(languagePath, "must be an object of English text → the same text in that language, but is \(phrases.kindWords).")
                continue
            }
            if pairs.count > Limits.translationsPerLanguage {
                problems.add(languagePath, "has \(pairs.count) entries; public findings may have at most \(Limits.translationsPerLanguage) per language.")
            }
            var table: [String: String] = [:]
            for (english, translated) in pairs.sorted(by: { $0.key < $1.key }).prefix(Limits.translationsPerLanguage) {
                let entryPath = languagePath.key(english)
                if let problem = TextRules.problem(english, limit: Limits.longText, oneLine: false) {
                    problems.add(entryPath, "(the English text) " + problem)
                }
                table[english] = text(translated, entryPath, limit: Limits.longText, oneLine: false)
            }
            result[code] = table
        }
        return result
    }

    /// Languages a findings file may carry words for: every language of the interface but English.
    static let translatedLanguages = LocalizedText.chorusLanguages.filter { $0 != LocalizedText.fallbackLanguage }

    func section(_ value: JSONValue, _ path: FindingsPath) -> Findings.Section {
        guard let object = members(value, path, keys: Findings.Section.Key.self) else { return .init(heading: "", tables: []) }
        return .init(heading: text(object, .heading, limit: Limits.shortText),
                     tables: list(object, .tables, limit: Limits.tablesPerSection, read: table))
    }

    func quote(_ value: JSONValue, _ path: FindingsPath) -> Findings.Quote {
        guard let object = members(value, path, keys: Findings.Quote.Key.self) else { return .init(question: "", text: "") }
        return .init(question: text(object, .question, limit: Limits.shortText), text: text(object, .text, limit: Limits.longText, oneLine: false))
    }

    func table(_ value: JSONValue, _ path: FindingsPath) -> Findings.Table {
        guard let object = members(value, path, keys: Findings.Table.Key.self) else {
            return .init(title: "", kind: .singleChoice, note: nil, asked: nil, answered: nil, columns: [], rows: [], agreement: nil)
        }
        let columns = list(object, .columns, limit: Limits.columns, atLeastOne: true, read: column)
        // Cells are matched to columns only when the columns themselves could be read.
        var columnCount: Int?
        if case .array = object[.columns] { columnCount = columns.count }
        return .init(
            title: text(object, .title, limit: Limits.shortText),
            kind: object[.kind].map { choice($0, object.path(.kind), placeholder: .singleChoice) } ?? .singleChoice,
            note: object[.note].flatMap { nullable($0) { text($0, object.path(.note), limit: Limits.longText, oneLine: false) } },
            asked: object[.asked].flatMap { people($0, object.path(.asked)) },
            answered: object[.answered].flatMap { people($0, object.path(.answered)) },
            columns: columns,
            rows: list(object, .rows, limit: Limits.rows, atLeastOne: true) { row($0, $1, columns: columnCount) },
            agreement: object[.agreement].flatMap { nullable($0) { agreement($0, object.path(.agreement), columns: columnCount) } }
        )
    }

    func column(_ value: JSONValue, _ path: FindingsPath) -> Findings.Column {
        guard let object = members(value, path, keys: Findings.Column.Key.self) else { return .init(label: "", base: nil) }
        return .init(label: text(object, .label, limit: Limits.shortText), base: object[.base].flatMap { people($0, object.path(.base)) })
    }

    /// A row; with `columns`, also checks it has one cell per column.
    func row(_ value: JSONValue, _ path: FindingsPath, columns: Int?) -> Findings.Row {
        guard let object = members(value, path, keys: Findings.Row.Key.self) else { return .init(label: "", cells: []) }
        return .init(label: text(object, .label, limit: Limits.shortText), cells: cells(object, columns: columns))
    }

    func agreement(_ value: JSONValue, _ path: FindingsPath, columns: Int?) -> Findings.Agreement {
        guard let object = members(value, path, keys: Findings.Row.Key.self) else { return .init(label: "", cells: []) }
        return .init(label: text(object, .label, limit: Limits.shortText), cells: cells(object, columns: columns))
    }

    private func cells(_ object: Members<Findings.Row.Key>, columns: Int?) -> [Findings.Cell] {
        let cells = list(object, .cells, limit: Limits.columns, read: cell)
        if let columns, case .array(let values) = object[.cells], values.count != columns {
            problems.add(object.path(.cells), "has \(values.count) \(values.count == 1 ? "cell" : "cells") but the table has \(columns) \(columns == 1 ? "column" : "columns"); a row needs exactly one cell per column.")
        }
        return cells
    }

    func cell(_ value: JSONValue, _ path: FindingsPath) -> Findings.Cell {
        guard let object = members(value, path, keys: Findings.Cell.Key.self) else { return .init(count: nil, percent: nil) }
        return .init(count: object[.count].flatMap { people($0, object.path(.count)) },
                     percent: object[.percent].flatMap { percent($0, object.path(.percent)) })
    }

    func recommendation(_ value: JSONValue, _ path: FindingsPath) -> Findings.Recommendation {
        let placeholderDay = Findings.Day(year: 2000, month: 1, day: 1)!
        guard let object = members(value, path, keys: Findings.Recommendation.Key.self) else {
            return .init(id: "", text: "", audience: .partnership, owner: "", status: .red, due: placeholderDay, update: nil, youSaid: [])
        }
        return .init(
            id: object[.id].map { identifier($0, object.path(.id)) } ?? "",
            text: text(object, .text, limit: Limits.longText, oneLine: false),
            audience: object[.audience].map { choice($0, object.path(.audience), placeholder: .partnership) } ?? .partnership,
            owner: text(object, .owner, limit: Limits.shortText),
            status: object[.status].map { choice($0, object.path(.status), placeholder: .red) } ?? .red,
            due: object[.due].map { day($0, object.path(.due)) } ?? placeholderDay,
            update: object[.update].flatMap { nullable($0) { text($0, object.path(.update), limit: Limits.longText, oneLine: false) } },
            youSaid: paragraphs(object, .youSaid, limit: Limits.keyPoints)
        )
    }

    /// Recommendation ids are unique across the whole file, whichever report they are in.
    private func checkUniqueIDs(_ reports: [Findings.Report], _ path: FindingsPath) {
        var seen: Set<String> = []
        for (reportIndex, report) in reports.enumerated() {
            for (index, recommendation) in report.recommendations.enumerated() where !recommendation.id.isEmpty {
                if !seen.insert(recommendation.id).inserted {
                    problems.add(path[reportIndex].key("recommendations")[index].key("id"), "\(TextRules.shown(recommendation.id)) is the id of an earlier recommendation too; each needs its own.")
                }
            }
        }
    }

    /// Each audience has one report: two reports for survivors would be read as two groups.
    private func checkOneReportEach(_ reports: [Findings.Report], _ path: FindingsPath) {
        var seen: Set<Audience> = []
        for (index, report) in reports.enumerated() {
            guard let who = report.who else { continue }
            if !seen.insert(who).inserted {
                problems.add(path[index].key("who"), "\"\(who.rawValue)\" already has a report in this file; each audience has exactly one.")
            }
        }
    }

    /// A translation may only give this file's own words in another language: nothing else can be
    /// slipped onto the page through it.
    private func checkTranslatedWords(_ findings: Findings, _ path: FindingsPath) {
        guard !findings.translations.isEmpty else { return }
        let words = findings.translatableWords
        for (code, table) in findings.translations.sorted(by: { $0.key < $1.key }) {
            for english in table.keys.sorted() where !words.contains(english) {
                problems.add(path.key(code).key(english), "is not a title, label, heading, note or question of this file; a translation may only give the file's own words in another language. Re-run chorus-analyst report.")
            }
        }
    }

    // MARK: - Values

    /// A whole number; nil (after a problem) for anything else, null included.
    func integer(_ value: JSONValue, _ path: FindingsPath) -> Int? {
        if case .integer(let number) = value { return number }
        problems.add(path, "must be a whole number, but is \(value.kindWords).")
        return nil
    }

    /// A number of people, or nil for null ("not shown"). Whether it may be published is for the rules.
    func people(_ value: JSONValue, _ path: FindingsPath) -> Int? {
        if value == .null { return nil }
        return integer(value, path)
    }

    /// A percentage, or nil for null.
    func percent(_ value: JSONValue, _ path: FindingsPath) -> Double? {
        switch value {
        case .null: return nil
        case .integer(let number): return Double(number)
        case .number(let number): return number
        default:
            problems.add(path, "must be a number or null, but is \(value.kindWords).")
            return nil
        }
    }

    /// Nil for null, else what `read` makes of the value.
    func nullable<T>(_ value: JSONValue, _ read: (JSONValue) -> T) -> T? {
        value == .null ? nil : read(value)
    }

    func text(_ value: JSONValue, _ path: FindingsPath, limit: Int, oneLine: Bool = true) -> String {
        guard case .string(let text) = value else {
            problems.add(path, "must be text, but is \(value.kindWords).")
            return ""
        }
        if let problem = TextRules.problem(text, limit: limit, oneLine: oneLine) { problems.add(path, problem) }
        return text
    }

    private func text<K>(_ object: Members<K>, _ key: K, limit: Int, oneLine: Bool = true) -> String {
        object[key].map { text($0, object.path(key), limit: limit, oneLine: oneLine) } ?? ""
    }

    private func paragraphs<K>(_ object: Members<K>, _ key: K, limit: Int) -> [String] {
        list(object, key, limit: limit) { text($0, $1, limit: Limits.longText, oneLine: false) }
    }

    func month(_ value: JSONValue, _ path: FindingsPath) -> Findings.Month {
        if case .string(let text) = value, let month = Findings.Month(text) { return month }
        problems.add(path, "must be a month written YYYY-MM, such as \"2026-11\"\(Self.found(value)). Public findings give months, never days or times.")
        return Self.placeholderMonth
    }

    func day(_ value: JSONValue, _ path: FindingsPath) -> Findings.Day {
        if case .string(let text) = value, let day = Findings.Day(text) { return day }
        problems.add(path, "must be a date written YYYY-MM-DD, such as \"2027-03-31\"\(Self.found(value)).")
        return Findings.Day(year: 2000, month: 1, day: 1)!
    }

    func choice<E: RawRepresentable<String> & CaseIterable>(_ value: JSONValue, _ path: FindingsPath, placeholder: E) -> E {
        if case .string(let text) = value, let chosen = E(rawValue: text) { return chosen }
        let allowed = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        problems.add(path, "must be one of \(allowed)\(Self.found(value)).")
        return placeholder
    }

    func identifier(_ value: JSONValue, _ path: FindingsPath) -> String {
        guard case .string(let text) = value, (1...Limits.idLength).contains(text.utf8.count),
              text.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)) })
        else {
            problems.add(path, "must be a short reference such as \"R1\": 1 to \(Limits.idLength) letters, digits, dots, dashes or underscores\(Self.found(value)).")
            return ""
        }
        return text
    }

    /// ", not …" for a problem's message: the value as found, shortened and made safe.
    static func found(_ value: JSONValue) -> String {
        if case .string(let text) = value { return ", not " + TextRules.shown(text) }
        return ", not \(value.kindWords)"
    }

    // MARK: - Objects and lists

    /// The members of an object, once its unknown keys and missing keys have been reported.
    struct Members<K: CodingKey & CaseIterable & RawRepresentable<String>> {
        let values: [String: JSONValue]
        let base: FindingsPath

        /// The value of a key; nil when missing (already reported).
        subscript(_ key: K) -> JSONValue? { values[key.rawValue] }

        func path(_ key: K) -> FindingsPath { base.key(key.rawValue) }
    }

    /// Nil (after a problem) when the value is not an object.
    func members<K>(_ value: JSONValue, _ path: FindingsPath, keys: K.Type) -> Members<K>? {
        guard case .object(let values) = value else {
            problems.add(path, "must be an object with the keys \(Self.keyList(K.self)), but is \(value.kindWords).")
            return nil
        }
        for key in values.keys.sorted() where K(rawValue: key) == nil {
            problems.add(path.key(key), Self.unknownKeyMessage(key, expected: K.self))
        }
        for key in K.allCases where values[key.rawValue] == nil {
            problems.add(path.key(key.rawValue), "is missing. Every key of the format is always written, with null where there is no value. Re-run chorus-analyst report.")
        }
        return Members(values: values, base: path)
    }

    /// The elements of a list, each read by `read`; an empty list (after a problem) when the value
    /// is not a list. Elements beyond `limit` are reported, not read.
    func list<K, T>(_ object: Members<K>, _ key: K, limit: Int, atLeastOne: Bool = false,
                    read: (JSONValue, FindingsPath) -> T) -> [T] {
        guard let value = object[key] else { return [] }
        let path = object.path(key)
        guard case .array(let elements) = value else {
            problems.add(path, "must be a list, but is \(value.kindWords).")
            return []
        }
        if elements.count > limit {
            problems.add(path, "has \(elements.count) entries; public findings may have at most \(limit) here.")
        }
        if atLeastOne, elements.isEmpty {
            problems.add(path, "is empty; a table needs at least one.")
        }
        return elements.prefix(limit).enumerated().map { read($1, path[$0]) }
    }

    /// Keys that hold one person's data in the exports and bundles Chorus knows, or commonly do
    /// elsewhere. Public findings hold only protected tables and the lead's words.
    static let recordLevelKeys: Set<String> = [
        "id", "ids", "record", "records", "response", "responses", "responseid", "answer", "answers",
        "respondent", "respondentid", "microdata", "individual", "individuals", "person", "persons",
        "participant", "participants", "box", "bundle", "raw", "rawdata", "freetext", "name", "names",
        "email", "phone", "postcode", "address", "dob", "dateofbirth", "day",
    ]

    static func unknownKeyMessage<K: CaseIterable & RawRepresentable<String>>(_ key: String, expected: K.Type) -> String {
        let normalised = key.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " }
        if recordLevelKeys.contains(normalised) || recordLevelKeys.contains(key.lowercased()) {
            return "this looks like record-level data, which is never published: public findings hold only protected tables and the lead's own words. Re-run chorus-analyst report and use findings-public.json."
        }
        return "is not a key of public findings here (expected only \(keyList(expected))). Re-run chorus-analyst report; never add to the file by hand."
    }

    static func keyList<K: CaseIterable & RawRepresentable<String>>(_ keys: K.Type) -> String {
        K.allCases.map(\.rawValue).joined(separator: ", ")
    }
}
