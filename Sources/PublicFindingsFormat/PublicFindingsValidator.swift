import Foundation

/// Reads a public findings file and refuses it unless it is exactly the format with every
/// disclosure rule kept. The server runs this on every upload and again on every page it serves
/// from storage; the analyst runs it before writing (`PublicFindingsJSON.encode`).
///
/// In order: the size; UTF-8; nesting depth and repeated keys; JSON; then the shape (unknown,
/// missing and mistyped keys, text, lists, dates, words from fixed lists) and the numbers
/// (`PublicFindingsRules`). Every problem is collected, up to `PublicFindingsLimits.reportedProblems`.
public enum PublicFindingsValidator {
    public static func read(_ data: Data) throws(PublicFindingsRefusal) -> PublicFindings {
        let problems = ProblemList()
        guard data.count <= PublicFindingsLimits.bytes else {
            problems.add(.root, "it is larger than \(PublicFindingsLimits.bytes) bytes (1 MB), the most public findings may be. \(PublicFindingsReader.uploadAdvice)")
            throw problems.refusal
        }
        var bytes = [UInt8](data)
        // A byte-order mark is how some editors start UTF-8; it says nothing, so it is dropped.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard !bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            problems.add(.root, "it is empty. \(PublicFindingsReader.uploadAdvice)")
            throw problems.refusal
        }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            problems.add(.root, "it is not UTF-8 text, so it is not JSON. \(PublicFindingsReader.uploadAdvice)")
            throw problems.refusal
        }
        guard JSONSyntaxScan.check(bytes, problems: problems) else { throw problems.refusal }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
        } catch {
            problems.add(.root, "it is not valid JSON\(detail(error)). \(PublicFindingsReader.uploadAdvice)")
            throw problems.refusal
        }
        return try read(value, problems: problems)
    }

    /// Reads an already parsed tree (for `Decodable`): the shape, then the numbers.
    static func read(_ value: JSONValue, problems: ProblemList = ProblemList()) throws(PublicFindingsRefusal) -> PublicFindings {
        let reader = PublicFindingsReader(problems: problems)
        guard let (findings, thresholdRead) = reader.findings(value) else { throw problems.refusal }
        PublicFindingsRules(problems: problems).check(findings, thresholdRead: thresholdRead)
        guard problems.isEmpty else { throw problems.refusal }
        return findings
    }

    /// Where Foundation says the JSON went wrong, when it says.
    private static func detail(_ error: any Error) -> String {
        guard case DecodingError.dataCorrupted(let context) = error,
              let underlying = context.underlyingError.map({ "\($0)" }), !underlying.isEmpty
        else { return "" }
        // Foundation's own wording ("Unexpected character 'x' around line 3, column 7."), shortened and made safe.
        let cleaned = String(underlying.unicodeScalars.filter { !TextRules.isControl($0) }.prefix(160).map(Character.init))
        return " (\(cleaned))"
    }
}
