import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// xl/sharedStrings.xml: the table of strings cells refer to by index (`t="s"`). An item is one
/// `<t>`, or rich text: several runs `<r><t>`, joined. Phonetic guides (`<rPh>`) are not text.
final class SharedStringsPart: XMLPartParser {
    private(set) var strings: [String] = []
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    override func start(_ element: Substring, attributes: [String: String], _ parser: XMLParser) {
        switch element {
        case "si":
            inItem = true
            current = ""
        case "t": inText = inItem && phoneticDepth == 0
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    override func end(_ element: Substring, _ parser: XMLParser) {
        switch element {
        case "si":
            inItem = false
            strings.append(CellText.decode(current))
        case "t": inText = false
        case "rPh": phoneticDepth -= 1
        default: break
        }
    }

    override func characters(_ string: String) {
        if inText { current += string }
    }

}

enum CellText {
    /// Undoes OOXML's escape of characters XML cannot hold (`_x000D_` for a carriage return) and
    /// writes every line break as "\n", as a cell with Alt+Enter breaks holds "\r\n" or "_x000D_\n".
    static func decode(_ raw: String) -> String {
        var text = raw
        if text.contains("_x") {
            var out = ""
            var rest = Substring(text)
            while let start = rest.range(of: "_x") {
                out += rest[..<start.lowerBound]
                let after = rest[start.upperBound...]
                let hex = after.prefix(4)
                if hex.count == 4, after.dropFirst(4).first == "_", let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                    out.unicodeScalars.append(scalar)
                    rest = after.dropFirst(5)
                } else {
                    out += "_x"
                    rest = after
                }
            }
            text = out + rest
        }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
