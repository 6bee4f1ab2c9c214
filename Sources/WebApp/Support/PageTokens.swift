import Foundation
import Sealing

/// One-use tokens for survey pages. Every survey page carries a fresh token; a POST that carries a
/// token must carry one that has not been used. Browsers keep every POST body with its history entry
/// and offer to send it again, so without this, whoever picks up her phone after she left could
/// press Back and "Resubmit" and have the server show her answers again, or store them twice.
///
/// Tokens live in memory only, are random, and say nothing about anyone. A restart forgets them,
/// so a page open across a restart expires. A POST with no token at all (a tool answering a whole
/// survey at once) is not affected: only a replay carries a used token.
actor PageTokens {
    static let lifetime: TimeInterval = 2 * 60 * 60
    static let capacity = 200_000

    private var expiries: [String: Date] = [:]
    /// Issue order, for dropping the oldest when full.
    private var queue: [String] = []
    private var queueStart = 0
    private let clock: @Sendable () -> Date

    init(clock: @escaping @Sendable () -> Date = Date.init) {
        self.clock = clock
    }

    func issue() -> String {
        let token = SecureRandom.bytes(16).hex
        if expiries.count >= Self.capacity { dropOldest() }
        expiries[token] = clock().addingTimeInterval(Self.lifetime)
        queue.append(token)
        return token
    }

    /// True once for a token that was issued and has not expired; false ever after.
    func redeem(_ token: String) -> Bool {
        guard let expiry = expiries.removeValue(forKey: token) else { return false }
        return expiry > clock()
    }

    private func dropOldest() {
        // Drop expired or already used tokens first, then the oldest live ones, a tenth at a time.
        let now = clock()
        var dropped = 0
        while queueStart < queue.count, dropped < Self.capacity / 10 {
            let token = queue[queueStart]
            queueStart += 1
            if let expiry = expiries[token], expiry > now, expiries.count < Self.capacity * 9 / 10 { break }
            if expiries.removeValue(forKey: token) != nil { dropped += 1 }
        }
        if queueStart > queue.count / 2 {
            queue.removeFirst(queueStart)
            queueStart = 0
        }
    }
}
