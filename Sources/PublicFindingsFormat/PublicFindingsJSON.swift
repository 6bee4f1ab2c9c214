import Foundation

/// Writes public findings as the one canonical text: keys sorted, indented, ending in a newline,
/// so the same findings always give the same bytes and a diff between two rounds shows what changed.
public enum PublicFindingsJSON {
    /// The file's bytes, after reading them back through `PublicFindingsValidator`: it refuses to
    /// write anything the server would refuse (a small count, a percentage that does not match...).
    public static func encode(_ findings: PublicFindings) throws(PublicFindingsRefusal) -> Data {
        let data = try canonical(findings)
        _ = try PublicFindingsValidator.read(data)
        return data
    }

    /// The canonical bytes, unchecked. Fails only for a percentage that is not a finite number.
    static func canonical(_ findings: PublicFindings) throws(PublicFindingsRefusal) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(findings) + Data("\n".utf8)
        } catch {
            var path = "(the file)"
            if case EncodingError.invalidValue(_, let context) = error {
                path = context.codingPath.reduce(into: "") { text, key in
                    if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
                }
            }
            throw PublicFindingsRefusal(problems: [PublicFindingsProblem(path: path, message: "is not a finite number, so it cannot be written.")])
        }
    }
}
