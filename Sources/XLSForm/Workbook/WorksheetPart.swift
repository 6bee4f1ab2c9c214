import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One worksheet part: `<row r="7"><c r="B7" t="s"><v>3</v></c>...</row>`. A cell's text is its
/// shared string (`t="s"`), its inline string (`t="inlineStr"`, `<is><t>`), TRUE or FALSE
/// (`t="b"`), or what `<v>` holds (numbers, formula results). A formula itself is not read.
/// Cells and rows may be skipped: each carries its own reference, and one without follows the last.
final class WorksheetPart: XMLPartParser {
    private(set) var rows: [Sheet.Row] = []
    private let sheetName: String
    private let sharedStrings: [String]
    private let limits: XLSXLimits

    private var rowNumber = 0
    private var rowCells: [Int: String] = [:]
    private var rowsSeen = 0
    private var cellColumn = -1
    private var cellType = "n"
    private var value = ""
    private var inline = ""
    private var inValue = false
    private var inInlineText = false
    private var phoneticDepth = 0

    init(sheetName: String, sharedStrings: [String], limits: XLSXLimits) {
        self.sheetName = sheetName
        self.sharedStrings = sharedStrings
        self.limits = limits
    }

    override func start(_ element: Substring, attributes: [String: String], _ parser: XMLParser) {
        switch element {
        case "row":
            rowsSeen += 1
            guard rowsSeen <= limits.rows else {
                fail(parser, XLSXReadError("sheet '\(sheetName)' has more than \(limits.rows) rows, far more than a form needs. Delete the rows below the form (or check that this is the right file) and try again."))
                return
            }
            rowNumber = Self.attribute("r", in: attributes).flatMap { Int($0) } ?? rowNumber + 1
            rowCells = [:]
            cellColumn = -1
        case "c":
            if let reference = Self.attribute("r", in: attributes) {
                guard let cell = CellReference(reference) else {
                    fail(parser, .notAWorkbook("sheet '\(sheetName)' has a cell named '\(reference)', which is not a cell reference"))
                    return
                }
                cellColumn = cell.column
            } else {
                cellColumn += 1
            }
            guard cellColumn < limits.columns else {
                fail(parser, XLSXReadError("sheet '\(sheetName)' uses more than \(limits.columns) columns. Check that this is the right file."))
                return
            }
            cellType = Self.attribute("t", in: attributes) ?? "n"
            value = ""
            inline = ""
        case "v": inValue = true
        case "t": inInlineText = phoneticDepth == 0
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    override func end(_ element: Substring, _ parser: XMLParser) {
        switch element {
        case "row":
            if !rowCells.isEmpty { rows.append(Sheet.Row(number: rowNumber, cells: rowCells)) }
        case "c":
            guard let text = cellText(parser) else { return }
            if !text.allSatisfy(\.isWhitespace) { rowCells[cellColumn] = text }
        case "v": inValue = false
        case "t": inInlineText = false
        case "rPh": phoneticDepth -= 1
        default: break
        }
    }

    override func characters(_ string: String) {
        if inValue { value += string } else if inInlineText { inline += string }
    }


    private func cellText(_ parser: XMLParser) -> String? {
        switch cellType {
        case "s":
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            guard let index = Int(trimmed), sharedStrings.indices.contains(index) else {
                let where_ = "\(CellReference.letters(ofColumn: cellColumn))\(rowNumber)"
                fail(parser, .notAWorkbook("cell \(where_) of sheet '\(sheetName)' refers to shared text \(trimmed), which the workbook does not have"))
                return nil
            }
            return sharedStrings[index]
        case "inlineStr": return CellText.decode(inline)
        case "b": return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
        default: return CellText.decode(value)
        }
    }
}
