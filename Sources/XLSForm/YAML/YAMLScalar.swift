import Yams

/// How one string is written in YAML so that it reads back exactly: plain where that is safe and
/// easiest to edit, a literal block for several lines, double quotes with escapes otherwise.
enum YAMLScalar {
    /// The scalar to write after `key: ` (block context) or inside `{...}` (flow context).
    /// A multi-line string is returned as nil: the caller writes it as a literal block.
    static func inline(_ value: String, flow: Bool = false) -> String? {
        if value.contains("\n") { return nil }
        return isPlainSafe(value, flow: flow) ? value : quoted(value)
    }

    /// Whether `value` can be a literal block (`|`): several lines of printable text.
    static func isBlockSafe(_ value: String) -> Bool {
        guard let first = value.first, !first.isWhitespace else { return false }
        // Trailing spaces on a line of a block are kept but invisible; quote such text instead.
        guard value.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy({ !($0.last?.isWhitespace ?? false) }) else { return false }
        return value.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || isPrintable($0) }
    }

    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFFFF {
                    out += "\\u" + hex(scalar.value, digits: 4)
                } else {
                    out += "\\U" + hex(scalar.value, digits: 8)
                }
            }
        }
        return out + "\""
    }

    private static func isPlainSafe(_ value: String, flow: Bool) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) || first.properties.isWhitespace || last.properties.isWhitespace {
            return false
        }
        if value.contains(": ") || value.contains(" #") || value.hasSuffix(":") { return false }
        if flow, value.unicodeScalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) { return false }
        guard value.unicodeScalars.allSatisfy({ $0 != "\t" && isPrintable($0) }) else { return false }
        // `yes`, `1`, `null`, `1.5`, `~`: YAML would read these as something other than text.
        return Resolver.default.resolveTag(of: Node(value)) == .str
    }

    /// YAML's printable characters, less the line and paragraph separators and the byte-order mark,
    /// which some readers take as line breaks or drop.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
