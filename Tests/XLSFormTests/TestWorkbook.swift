import Foundation
import ZIPFoundation
@testable import XLSForm

/// Builds .xlsx files inside the tests, so each test states its own input: sheets as rows of cells
/// (nil leaves a cell out, as a spreadsheet program does for an empty one), written as the parts
/// Excel writes, zipped with ZIPFoundation. `parts` can be changed before `data()` for odd files.
struct TestWorkbook {
    enum Strings { case shared, inline }

    var sheets: [(name: String, rows: [[String?]])]
    var strings: Strings = .shared

    init(_ sheets: [(name: String, rows: [[String?]])], strings: Strings = .shared) {
        self.sheets = sheets
        self.strings = strings
    }

    /// The XML parts by path inside the zip.
    var parts: [String: String] {
        var shared: [String] = []
        var parts: [String: String] = [:]
        var sheetEntries = ""
        var relationships = ""
        for (index, sheet) in sheets.enumerated() {
            let number = index + 1
            sheetEntries += #"<sheet name="\#(escape(sheet.name))" sheetId="\#(number)" r:id="rId\#(number)"/>"#
            relationships += #"<Relationship Id="rId\#(number)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(number).xml"/>"#
            var rows = ""
            for (rowIndex, row) in sheet.rows.enumerated() {
                var cells = ""
                for (columnIndex, value) in row.enumerated() {
                    guard let value else { continue }
                    let reference = CellReference.letters(ofColumn: columnIndex) + String(rowIndex + 1)
                    switch strings {
                    case .shared:
                        let position = shared.firstIndex(of: value) ?? { shared.append(value); return shared.count - 1 }()
                        cells += #"<c r="\#(reference)" t="s"><v>\#(position)</v></c>"#
                    case .inline:
                        cells += #"<c r="\#(reference)" t="inlineStr"><is><t>\#(escape(value))</t></is></c>"#
                    }
                }
                rows += #"<row r="\#(rowIndex + 1)">\#(cells)</row>"#
            }
            parts["xl/worksheets/sheet\(number).xml"] = Self.worksheet(rows)
        }
        let sharedID = sheets.count + 1
        relationships += #"<Relationship Id="rId\#(sharedID)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
        parts["[Content_Types].xml"] = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#
        parts["_rels/.rels"] = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
        parts["xl/workbook.xml"] = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\#(sheetEntries)</sheets></workbook>"#
        parts["xl/_rels/workbook.xml.rels"] = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(relationships)</Relationships>"#
        parts["xl/sharedStrings.xml"] = Self.sharedStrings(shared.map { "<si><t xml:space=\"preserve\">\(escape($0))</t></si>" })
        return parts
    }

    func data() throws -> Data { try Self.zip(parts) }

    static func worksheet(_ rows: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\#(rows)</sheetData></worksheet>"#
    }

    static func sharedStrings(_ items: [String]) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(items.count)" uniqueCount="\#(items.count)">\#(items.joined())</sst>"#
    }

    /// A zip of `parts`, deflated, as spreadsheet programs write them.
    static func zip(_ parts: [String: String]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }
}

/// As Excel writes text into XML: markup escaped, and control characters XML cannot hold as `_x0007_`.
func escape(_ text: String) -> String {
    var excel = ""
    for scalar in text.unicodeScalars {
        if scalar.value < 0x20, scalar != "\n", scalar != "\t" {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            excel += "_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_"
        } else {
            excel.unicodeScalars.append(scalar)
        }
    }
    return excel.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
}

/// An XLSForm's three sheets, in the shape most forms have.
enum Form {
    static func workbook(survey: [[String?]], choices: [[String?]]? = nil, settings: [[String?]]? = nil,
                         strings: TestWorkbook.Strings = .shared) -> TestWorkbook {
        var sheets: [(name: String, rows: [[String?]])] = [("survey", survey)]
        if let choices { sheets.append(("choices", choices)) }
        if let settings { sheets.append(("settings", settings)) }
        return TestWorkbook(sheets, strings: strings)
    }

    static let settings: [[String?]] = [
        ["form_id", "version", "form_title", "audience", "intro"],
        ["test-form", "3", "A test form", "survivors", "About this survey."],
    ]

    /// The import's result or its error, for tests that expect one or the other.
    static func importing(_ workbook: TestWorkbook, file: String = "form.xlsx") throws -> Result<XLSFormImport, XLSFormImportError> {
        let data = try workbook.data()
        do {
            return .success(try XLSFormImporter.importForm(data, fileName: file))
        } catch {
            return .failure(error)
        }
    }

    /// The problems of an import expected to fail (none if it succeeded, which fails the test's expectations).
    static func problems(_ workbook: TestWorkbook) throws -> [XLSFormProblem] {
        switch try importing(workbook) {
        case .success: return []
        case .failure(let error): return error.problems
        }
    }
}
