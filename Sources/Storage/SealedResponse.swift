import Foundation
import GRDB

/// One stored survey response: nothing but what ARCHITECTURE.md allows ("Decisions for the storage
/// layer"). No time of day, no request data.
public struct SealedResponse: Codable, Sendable, Equatable, FetchableRecord, TableRecord {
    public static let databaseTableName = "response"

    /// The largest box stored: with its row it still fits one 64 KiB page (see `ChorusDatabase`).
    /// 126 blocks of 512 bytes of answers, plus the sealed box's 48 bytes.
    public static let maximumBoxSize = 126 * 512 + 48

    /// Random, meaningless; lets a withdrawal reach a response that was already exported.
    public var id: String
    public var survey: String
    public var version: Int
    /// `YYYY-MM-DD`, in UTC.
    public var day: String
    /// The padded, sealed answers; only the analyst's secret key opens it.
    public var box: Data
    /// A hash of the withdrawal code she was given; the code itself is never stored.
    public var withdrawalHash: Data
    /// Whether an export has included it, so a later withdrawal must be passed on to the analyst.
    public var exported: Bool

    public init(id: String, survey: String, version: Int, day: String, box: Data, withdrawalHash: Data, exported: Bool = false) {
        self.id = id
        self.survey = survey
        self.version = version
        self.day = day
        self.box = box
        self.withdrawalHash = withdrawalHash
        self.exported = exported
    }
}
