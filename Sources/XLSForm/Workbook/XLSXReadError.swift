/// Why an .xlsx file could not be read at all, said so that the author knows what to do.
public struct XLSXReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }

    static func notAWorkbook(_ detail: String) -> XLSXReadError {
        XLSXReadError("this is not a readable .xlsx workbook (\(detail)). Save the form from Excel, LibreOffice or Google Sheets as .xlsx (not .xls or .ods) and try again.")
    }
}
