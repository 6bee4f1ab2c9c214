import Foundation

/// The one CSV codec: every CSV Chorus writes (the coding sheet, tables.csv, microdata) and reads
/// (the coding sheet back) goes through it, so every cell is guarded the same way (RFC 4180).
///
/// Writing: a cell is quoted when it holds a comma, quote, CR or LF, and its quotes doubled. A
/// file for a person's spreadsheet (the coding sheet) is UTF-8 with a byte-order mark, because
/// Excel opens a CSV without one in the machine's legacy code page and mangles every name and word
/// outside ASCII ("Zoë", Polish, Urdu, curly quotes), and ends lines in CRLF as the RFC says; a
/// file for other tools (tables.csv, microdata) has neither, as its contract says.
///
/// Formula injection, in every file: a cell starting with `=`, `+`, `-`, `@`, tab or CR would run
/// as a formula in a spreadsheet (OWASP, "CSV injection"), and her words, a survey's labels or a
/// theme's title may start that way ("- he hit me", "=)"). Such a cell is written with a leading
/// `'`, which spreadsheets show as text and hide; a cell that starts with `'` and then one of those
/// characters gets one more `'`, so reading removes exactly one and every cell comes back as it
/// was. A plain number ("-3", "+2.5") is a number, not a formula, and is written as it is.
///
/// Reading forgives what spreadsheets do on save: a BOM or none, CRLF, LF or CR, quoted cells
/// with line breaks, trailing empty lines. Each record carries the line it starts on, for errors.
public enum CSV {
    public static let byteOrderMark = "\u{FEFF}"
    public static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    public struct Record: Equatable, Sendable {
        /// The line of the file the record starts on (1-based).
        public let line: Int
        public let fields: [String]
    }

    public struct Unclosed: Error {
        /// The line the unclosed quoted cell starts on.
        public let line: Int
    }

    /// Who a file is for: a person's spreadsheet (a byte-order mark, CRLF) or another tool (neither, LF).
    public enum Reader: Sendable {
        case spreadsheet
        case tool
    }

    public static func document(_ rows: [[String]], for reader: Reader = .spreadsheet) -> String {
        (reader == .spreadsheet ? byteOrderMark : "") + rows.map { line($0, for: reader) }.joined()
    }

    /// One record with its line end. Lines for tools end in "\n" (not CRLF): every CSV reader
    /// accepts it, and Swift treats "\r\n" as one Character, which would trip anyone splitting on "\n".
    public static func line(_ fields: [String], for reader: Reader = .spreadsheet) -> String {
        fields.map(cell).joined(separator: ",") + (reader == .spreadsheet ? "\r\n" : "\n")
    }

    public static func cell(_ value: String) -> String {
        var text = value
        if startsAsFormula(afterQuotesOf: text), !isPlainNumber(text) {
            text = "'" + text
        }
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// "-3", "+2.5", "12": an optional sign, digits, at most one decimal point, and nothing else.
    static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "-" || first == "+" { scalars = scalars.dropFirst() }
        let parts = scalars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        return !scalars.isEmpty && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }
    }

    /// Undoes `cell`'s guard: one leading `'` is dropped when, after its leading quotes, the cell
    /// starts as a formula would. `cell` adds one in exactly those cases, so each undoes the other.
    public static func unguarded(_ value: String) -> String {
        guard value.first == "'", startsAsFormula(afterQuotesOf: value) else { return value }
        return String(value.dropFirst())
    }

    /// Whether the first character after any leading `'` is one a spreadsheet runs as a formula.
    static func startsAsFormula(afterQuotesOf text: String) -> Bool {
        text.drop { $0 == "'" }.first.map(formulaStarts.contains) ?? false
    }

    public static func records(_ source: String) throws(Unclosed) -> [Record] {
        var text = Substring(source)
        if text.hasPrefix(byteOrderMark) { text = text.dropFirst() }
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var inQuotes = false
        var afterQuote = false
        var index = text.startIndex
        func endRecord() {
            fields.append(field)
            field = ""
            if !fields.allSatisfy(\.isEmpty) { records.append(Record(line: recordLine, fields: fields.map(unguarded))) }
            fields = []
        }
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            // Swift reads "\r\n" as one Character.
            let isBreak = character == "\n" || character == "\r" || character == "\r\n"
            if inQuotes {
                if character == "\"" {
                    if index < text.endIndex, text[index] == "\"" {
                        field.append("\"")
                        index = text.index(after: index)
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if isBreak { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty && !afterQuote:
                inQuotes = true
                quoteLine = line
            case ",":
                fields.append(field)
                field = ""
                afterQuote = false
            case _ where isBreak:
                endRecord()
                line += 1
                recordLine = line
                afterQuote = false
            default:
                field.append(character)
            }
        }
        if inQuotes { throw Unclosed(line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
