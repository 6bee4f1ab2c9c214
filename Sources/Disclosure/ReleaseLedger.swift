import Foundation

/// Every report and microdata release, recorded offline beside the analysis key, so a new release
/// can be checked against what has already gone out.
///
/// Subtracting two releases gives a table of the people who answered (or withdrew) in between. If
/// a number moved by 1 to k−1, that difference singles a few people out, so such a number is held
/// back in the new release (`movedEntries`), and secondary suppression protects it like any small
/// number. The ledger holds only numbers that were published, so it tells nobody more than the
/// releases themselves.
public struct ReleaseLedger: Sendable, Codable, Equatable {
    public static let fileName = "releases.json"
    public static let formatVersion = 1

    public private(set) var version: Int
    public private(set) var releases: [Release]

    public init() {
        version = Self.formatVersion
        releases = []
    }

    /// The ledger in `url`, or an empty one if there is no file yet.
    public static func load(from url: URL) throws(LedgerError) -> ReleaseLedger {
        guard FileManager.default.fileExists(atPath: url.path) else { return ReleaseLedger() }
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .unreadable(path: url.path, detail: "it cannot be read") }
        do {
            let ledger = try JSONDecoder().decode(ReleaseLedger.self, from: data)
            guard ledger.version == formatVersion else {
                throw LedgerError.unreadable(path: url.path, detail: "it is version \(ledger.version) of the format; this tool reads version \(formatVersion)")
            }
            return ledger
        } catch let error as LedgerError {
            throw error
        } catch {
            throw .unreadable(path: url.path, detail: "it is not a ledger this tool wrote (\(error.localizedDescription))")
        }
    }

    /// Writes atomically, readable by the owner only: it sits beside the key.
    public func save(to url: URL) throws(LedgerError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            try encoder.encode(self).write(to: url, options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        } catch {
            throw .unwritable(path: url.path, detail: error.localizedDescription)
        }
    }

    /// Adds a release, numbered after the last.
    @discardableResult
    public mutating func record(
        kind: Release.Kind, day: String, k: Int, rounding: Int?, surveys: [Release.SurveyCount], output: String, numbers: [String: Int],
        note: String? = nil
    ) -> Release {
        let release = Release(
            number: (releases.last?.number ?? 0) + 1, day: day, kind: kind, k: k, rounding: rounding,
            surveys: surveys, output: output, numbers: numbers, note: note)
        releases.append(release)
        return release
    }

    /// The earliest release that published `key` at a value 1 to k−1 away from `value`.
    public func release(whereMoved key: String, to value: Int, k: Int) -> Release? {
        releases.first { release in
            guard let earlier = release.numbers[key] else { return false }
            let moved = abs(value - earlier)
            return moved > 0 && moved < k
        }
    }

    /// The entries of `table` whose value (as it would be published, rounded or not) moved by 1
    /// to k−1 since an earlier release: to be held back.
    public func movedEntries(of table: CrossTable, k: Int, rounding: PublishedRounding?) -> Set<TableEntry> {
        guard !releases.isEmpty else { return [] }
        return Set(table.entries.filter { entry in
            let value = table.value(of: entry)
            return release(whereMoved: table.releaseKey(of: entry), to: rounding?.round(value) ?? value, k: k) != nil
        })
    }
}

/// One release: what went out, when (the day only), at what threshold, and every number published.
public struct Release: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case report, microdata
    }

    public struct SurveyCount: Sendable, Codable, Equatable {
        public let survey: String
        public let version: Int
        /// Responses counted (the ledger stays on the offline machine, beside the key).
        public let responses: Int
        /// The opaque keys of the responses counted (`ResponseKeyer`: a keyed hash of the bundle id
        /// that nobody without the analysis key can compute), sorted, so the next release can tell
        /// exactly how many people were added or withdrawn since. Absent in ledgers written before.
        public let records: [String]?

        public init(survey: String, version: Int, responses: Int, records: [String]? = nil) {
            self.survey = survey
            self.version = version
            self.responses = responses
            self.records = records?.sorted()
        }
    }

    public let number: Int
    /// `YYYY-MM-DD`.
    public let day: String
    public let kind: Kind
    public let k: Int
    public let rounding: Int?
    public let surveys: [SurveyCount]
    /// Where it was written.
    public let output: String
    /// Every published number, by `ReleasedNumberKey`. Microdata releases record none (see SECURITY.md).
    public let numbers: [String: Int]
    /// What else the lead should know about it (for microdata: the generalisation used).
    public let note: String?
}

public enum LedgerError: Error, Sendable, CustomStringConvertible {
    case unreadable(path: String, detail: String)
    case unwritable(path: String, detail: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let detail):
            return "Cannot read the release ledger \(path): \(detail). Nothing was written. Restore it from your backup; never delete it to get round this, or the next release could be subtracted from an earlier one."
        case .unwritable(let path, let detail):
            return "Cannot write the release ledger \(path): \(detail). Check the folder beside the key is writable."
        }
    }
}
