/// Where in the spreadsheet something is: a sheet, and if known a row and a column with its heading.
public struct CellLocation: Sendable, Equatable, Hashable {
    public let sheet: String?
    public let row: Int?
    /// Zero-based column index.
    public let column: Int?
    /// The column's heading ("type", "label::Cymraeg (cy)"), to help find it.
    public let heading: String?

    public init(sheet: String?, row: Int? = nil, column: Int? = nil, heading: String? = nil) {
        self.sheet = sheet
        self.row = row
        self.column = column
        self.heading = heading
    }

    /// The whole file, when nothing narrower applies.
    public static let file = CellLocation(sheet: nil)

    /// "sheet 'survey', row 7, column C (type)".
    public var description: String {
        var parts: [String] = []
        if let sheet { parts.append("sheet '\(sheet)'") }
        if let row { parts.append("row \(row)") }
        if let column {
            parts.append("column \(CellReference.letters(ofColumn: column))" + (heading.map { " (\($0))" } ?? ""))
        }
        return parts.joined(separator: ", ")
    }
}

/// One thing wrong with (or worth telling about) a form, with where it is and what to do.
public struct XLSFormProblem: Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let location: CellLocation
    public let message: String

    public init(file: String, location: CellLocation, message: String) {
        self.file = file
        self.location = location
        self.message = message
    }

    /// "FORM.xlsx: sheet 'survey', row 7, column C (type): geopoint would record ..."
    public var description: String {
        let place = location.description
        return "\(file): " + (place.isEmpty ? "" : place + ": ") + message
    }
}

/// The form could not be imported; `problems` says every reason, `warnings` what else was noticed.
public struct XLSFormImportError: Error, Sendable, CustomStringConvertible {
    public let problems: [XLSFormProblem]
    public let warnings: [XLSFormProblem]

    public init(problems: [XLSFormProblem], warnings: [XLSFormProblem] = []) {
        self.problems = problems
        self.warnings = warnings
    }

    public var description: String {
        "The form has \(problems.count) \(problems.count == 1 ? "problem" : "problems"); nothing was written:\n"
            + problems.map { "  " + $0.description }.joined(separator: "\n")
            + "\nFix the spreadsheet (see docs/survey-format.md, \"Importing an XLSForm\") and import it again."
    }
}
