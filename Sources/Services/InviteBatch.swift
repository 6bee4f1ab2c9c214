import Foundation
import Forum
import Storage
import SurveyKit

/// Making a batch of invite codes: the one way both `chorus-server invites create` and the
/// staff invites page do it. Only each code's hash is stored; the codes are returned to be shown
/// once. The audit entry records how many and for which space, never the note (a note may name
/// the referring service, and the log outlives the invites).
public struct InviteBatch: Sendable {
    public static let countRange = 1...1000
    public static let daysRange = 1...365
    public static let maximumNoteLength = 200

    /// The codes, to show once.
    public let codes: [InviteCode]
    /// The last day (UTC, `YYYY-MM-DD`) on which they work.
    public let expiresDay: String

    public enum Problem: Error, Equatable, Sendable {
        case count, days, space, note
    }

    /// Checks the batch's settings; the caller may narrow `count` further (the web page allows 100).
    public static func check(count: Int, days: Int, space: String?, note: String) throws(Problem) {
        guard countRange.contains(count) else { throw .count }
        guard daysRange.contains(days) else { throw .days }
        if let space, !ForumSpace.isValidID(space) { throw .space }
        guard note.count <= maximumNoteLength else { throw .note }
    }

    /// Stores `count` new codes (opening `space` too, when given) that work until `days` after
    /// `now`, and appends the audit entry for `actor`.
    public static func create(
        count: Int, space: String?, days: Int, note: String, actor: String, now: Date, invites: InviteStore, audit: AuditLog
    ) async throws -> InviteBatch {
        try check(count: count, days: days, space: space, note: note)
        let codes = (0..<count).map { _ in InviteCode.generate() }
        let expiresDay = UTCDay.string(from: now.addingTimeInterval(Double(days) * 86_400))
        try await invites.create(
            codeHashes: codes.map { Data($0.storageHash) }, space: space, expiresDay: expiresDay, note: note)
        try await audit.append(
            actor: actor, action: "createInvites", target: "invites:\(count)",
            reason: (space.map { "opening the space \($0)" } ?? "no extra space") + ", valid until \(expiresDay)",
            time: auditTime(now))
        return InviteBatch(codes: codes, expiresDay: expiresDay)
    }
}
