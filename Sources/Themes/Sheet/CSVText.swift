import Foundation

/// Writes and reads CSV the way spreadsheets do (RFC 4180), for the coding sheet.
///
/// Writing: UTF-8 with a byte-order mark, because Excel opens a CSV without one in the machine's
/// legacy code page and mangles every name and word outside ASCII ("Zoë", Polish, Urdu, curly
/// quotes); LibreOffice and Google Sheets accept the mark. Lines end in CRLF as the RFC says. A
/// cell is quoted when it holds a comma, quote, CR or LF, and its quotes doubled.
///
/// Formula injection: a cell starting with `=`, `+`, `-`, `@`, tab or CR would run as a formula in
/// a spreadsheet (OWASP, "CSV injection"), and her words may start that way ("- he hit me",
/// "=)"). Such a cell is written with a leading `'`, which spreadsheets show as text and hide; a
/// cell that starts with `'` and then one of those characters gets one more `'`, so reading
/// removes exactly one and every cell comes back as it was.
///
/// Reading forgives what spreadsheets do on save: a BOM or none, CRLF, LF or CR, quoted cells
/// with line breaks, trailing empty lines. Each record carries the line it starts on, for errors.
enum CSVText {
    static let byteOrderMark = "\u{FEFF}"
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    struct Record: Equatable {
        /// The line of the file the record starts on (1-based).
        let line: Int
        let fields: [String]
    }

    struct Unclosed: Error {
        /// The line the unclosed quoted cell starts on.
        let line: Int
    }

    static func document(_ rows: [[String]]) -> String {
        byteOrderMark + rows.map { $0.map(cell).joined(separator: ",") + "\r\n" }.joined()
    }

    static func cell(_ value: String) -> String {
        var text = value
        if let first = text.first, formulaStarts.contains(first) || (first == "'" && text.dropFirst().first.map(formulaStarts.contains) == true) {
            text = "'" + text
        }
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// Undoes `cell`'s guard: one leading `'` before a formula character is dropped.
    static func unguarded(_ value: String) -> String {
        guard value.first == "'", let next = value.dropFirst().first,
              formulaStarts.contains(next) || next == "'" && value.dropFirst(2).first.map(formulaStarts.contains) == true
        else { return value }
        return String(value.dropFirst())
    }

    static func records(_ source: String) throws(Unclosed) -> [Record] {
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
