/// How much of an untrusted spreadsheet is read before it is refused. A real XLSForm is a few
/// hundred rows in parts of a few hundred kilobytes; these bounds stop a crafted file (a zip bomb,
/// a million rows) from filling the memory of the machine the author runs the import on.
public struct XLSXLimits: Sendable {
    /// The .xlsx file itself.
    public var fileBytes: Int
    /// One part (a sheet, the shared strings) once uncompressed.
    public var partBytes: Int
    /// Rows in one sheet.
    public var rows: Int
    /// Columns in one sheet (XFD, Excel's last column, is 16,384).
    public var columns: Int

    public init(fileBytes: Int = 50_000_000, partBytes: Int = 20_000_000, rows: Int = 10_000, columns: Int = 16_384) {
        self.fileBytes = fileBytes
        self.partBytes = partBytes
        self.rows = rows
        self.columns = columns
    }

    public static let standard = XLSXLimits()
}
