import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses one XML part of a workbook with Foundation's `XMLParser` (libxml2 underneath).
///
/// External entities stay unresolved (XMLParser's default) and any part that declares a DTD is
/// refused before parsing: no spreadsheet program writes one, and entity expansion is the usual
/// way to make a small file expand without end.
class XMLPartParser: NSObject, XMLParserDelegate {
    /// Set by a subclass to stop parsing with a message for the author.
    var failure: XLSXReadError?

    func parse(_ data: Data, part: String) throws(XLSXReadError) {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw .notAWorkbook("\(part) declares a DTD, which spreadsheet programs never write")
        }
        // Spreadsheet programs write their XML as UTF-8. Foundation's XMLParser on Linux traps on an
        // element name that is not (found by chorus-fuzz), so anything else is refused first.
        guard String(validating: data, as: UTF8.self) != nil else {
            throw .notAWorkbook("\(part) is not UTF-8 text, as spreadsheet programs write it")
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        let parsed = parser.parse()
        if let failure { throw failure }
        guard parsed else {
            let detail = parser.parserError.map { " at line \(parser.lineNumber): \($0.localizedDescription)" } ?? ""
            throw .notAWorkbook("\(part) is not well-formed XML\(detail)")
        }
    }

    // The delegate methods are implemented here and forward to the methods below, which subclasses
    // override: without Objective-C's dynamic dispatch (Linux), only the class that declares the
    // conformance can provide its methods.
    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        start(Self.localName(elementName), attributes: attributes, parser)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        end(Self.localName(elementName), parser)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { characters(string) }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) { characters(String(decoding: CDATABlock, as: UTF8.self)) }

    func start(_ element: Substring, attributes: [String: String], _ parser: XMLParser) {}
    func end(_ element: Substring, _ parser: XMLParser) {}
    func characters(_ text: String) {}

    /// Stops the parser with `error`, to be thrown by `parse`.
    func fail(_ parser: XMLParser, _ error: XLSXReadError) {
        if failure == nil { failure = error }
        parser.abortParsing()
    }

    /// "x:sheet" and "sheet" are the same element: producers differ in the prefixes they use.
    static func localName(_ name: String) -> Substring {
        if let colon = name.lastIndex(of: ":") { return name[name.index(after: colon)...] }
        return Substring(name)
    }

    /// The attribute whose local name is `name` ("r:id" answers "id").
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { localName($0.key) == name }?.value
    }
}
