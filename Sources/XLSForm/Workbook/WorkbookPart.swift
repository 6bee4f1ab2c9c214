import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// xl/workbook.xml: the sheets' names, in order, each with the relationship id of its part.
final class WorkbookPart: XMLPartParser {
    private(set) var sheets: [(name: String, relationship: String)] = []

    override func start(_ element: Substring, attributes: [String: String], _ parser: XMLParser) {
        guard element == "sheet" else { return }
        guard let name = Self.attribute("name", in: attributes), let id = Self.attribute("id", in: attributes) else {
            fail(parser, .notAWorkbook("a sheet in xl/workbook.xml has no name or no relationship id"))
            return
        }
        sheets.append((name, id))
    }
}

/// xl/_rels/workbook.xml.rels: relationship id → the part's path inside the zip, and its type.
final class RelationshipsPart: XMLPartParser {
    private(set) var targets: [String: String] = [:]
    private(set) var types: [String: String] = [:]

    override func start(_ element: Substring, attributes: [String: String], _ parser: XMLParser) {
        guard element == "Relationship",
              let id = Self.attribute("Id", in: attributes), let target = Self.attribute("Target", in: attributes)
        else { return }
        targets[id] = Self.resolve(target)
        types[id] = Self.attribute("Type", in: attributes) ?? ""
    }

    /// Targets are relative to xl/ ("worksheets/sheet1.xml") or absolute ("/xl/worksheets/sheet1.xml").
    static func resolve(_ target: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : ["xl"]
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(piece) }
        }
        return parts.joined(separator: "/")
    }
}
