/// One worksheet as text: every non-empty cell by row and column, as Excel shows it.
public struct Sheet: Sendable, Equatable {
    public let name: String
    /// Rows that hold at least one non-empty cell, in order.
    public let rows: [Row]

    public init(name: String, rows: [Row]) {
        self.name = name
        self.rows = rows
    }

    public struct Row: Sendable, Equatable {
        /// One-based, as Excel shows it.
        public let number: Int
        /// Zero-based column index → the cell's text (shared strings resolved, numbers as written).
        public let cells: [Int: String]

        public init(number: Int, cells: [Int: String]) {
            self.number = number
            self.cells = cells
        }

        public subscript(column: Int) -> String? { cells[column] }
    }
}

/// The sheets of one .xlsx file, in the workbook's order.
public struct Workbook: Sendable {
    public let sheets: [Sheet]

    public init(sheets: [Sheet]) { self.sheets = sheets }

    /// The sheet named `name`, ignoring case as XLSForm tools do ("Survey" is "survey").
    public func sheet(_ name: String) -> Sheet? {
        sheets.first { $0.name.lowercased() == name.lowercased() }
    }
}
