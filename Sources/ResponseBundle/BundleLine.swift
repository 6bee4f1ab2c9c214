import Foundation
import SurveyKit

/// One line of an export bundle (ARCHITECTURE.md, "Contracts"): `{"id", "survey", "version",
/// "day", "box"}`, where `box` is the sealed, padded answers in standard base64. Lines come in
/// random order.
public struct BundleLine: Codable, Sendable, Equatable {
    public let id: String
    public let survey: String
    public let version: Int
    public let day: String
    public let box: String

    public init(id: String, survey: String, version: Int, day: String, box: Data) {
        self.id = id
        self.survey = survey
        self.version = version
        self.day = day
        self.box = box.base64EncodedString()
    }

    /// One line of JSON, without the newline.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Strings and an integer always encode.
        return String(decoding: try! encoder.encode(self), as: UTF8.self)
    }

    public static func decode(_ line: Substring) throws(ResponseMismatch) -> BundleLine {
        do {
            return try JSONDecoder().decode(BundleLine.self, from: Data(line.utf8))
        } catch {
            throw ResponseMismatch("the line is not a bundle line of the form {\"id\", \"survey\", \"version\", \"day\", \"box\"}")
        }
    }

    /// The sealed bytes, or nil when `box` is not base64.
    public var sealedBytes: [UInt8]? { Data(base64Encoded: box).map(Array.init) }

    /// The file beside a bundle that lists responses withdrawn after an earlier export, one id per line.
    public static func withdrawnFile(forBundle bundle: URL) -> URL {
        bundle.appendingPathExtension("withdrawn")
    }
}
