import GRDB

/// Who published or withdrew findings: a staff account (by id, which outlives a change of name)
/// or whoever ran `chorus-server findings` on the server.
public enum FindingsPublisher: Sendable, Equatable {
    case staff(id: Int64)
    case commandLine

    var stored: String {
        switch self {
        case .staff(let id): return "staff:\(id)"
        case .commandLine: return "command line"
        }
    }

    init?(stored: String) {
        if stored == "command line" {
            self = .commandLine
        } else if stored.hasPrefix("staff:"), let id = Int64(stored.dropFirst("staff:".count)) {
            self = .staff(id: id)
        } else {
            return nil
        }
    }
}

/// One publication of public findings, as stored.
public struct PublishedFindingsRecord: Sendable, Equatable {
    /// In order of publication.
    public let id: Int64
    /// The validated findings, as the server re-encoded them.
    public let json: String
    /// `YYYY-MM-DD`, UTC: the day, never the time.
    public let publishedDay: String
    public let publishedBy: FindingsPublisher
    /// Set when the findings were taken down; nil while they are (or were, until replaced) public.
    public let withdrawnDay: String?
    public let withdrawnBy: FindingsPublisher?

    init(row: Row) throws {
        id = row["id"]
        json = row["json"]
        publishedDay = row["publishedDay"]
        withdrawnDay = row["withdrawnDay"]
        guard let publisher = FindingsPublisher(stored: row["publishedBy"]) else { throw PublishedFindingsError.unreadableRow }
        publishedBy = publisher
        let withdrawer: String? = row["withdrawnBy"]
        withdrawnBy = withdrawer.flatMap(FindingsPublisher.init(stored:))
    }
}

/// Why the published findings store refused a write. Nothing is changed when one is thrown.
public enum PublishedFindingsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A day that is not `YYYY-MM-DD`.
    case invalidDay
    /// Findings larger than `PublishedFindingsStore.maximumJSONBytes`.
    case tooLarge
    /// A stored row that does not read (changed outside Chorus).
    case unreadableRow

    public var description: String {
        switch self {
        case .invalidDay: return "A day must be written YYYY-MM-DD."
        case .tooLarge: return "The findings are larger than the server stores (1 MB)."
        case .unreadableRow: return "A stored publication of findings does not read; the database was changed outside Chorus."
        }
    }
}
