import Foundation
import Sealing
import Storage

/// One-use tokens for survey pages. Every survey page carries a fresh token; a POST that carries a
/// token must carry one that has not been used. Browsers keep every POST body with its history entry
/// and offer to send it again, so without this, whoever picks up her phone after she left could
/// press Back and "Resubmit" and have the server show her answers again, or store them twice.
///
/// A token is a random nonce, the ten-minute window it expires in, and a MAC of both under a key
/// kept in the data folder, so issuing one stores nothing, and a page open across a restart (a
/// deploy) still works: before, each restart expired every page in progress and a survivor in
/// the middle of a 15-page survey lost her answers. What is remembered is only which nonces were
/// used, until they expire, in memory, at most `capacity` of them: random numbers that say
/// nothing about anyone. A restart forgets them, so within two hours of a page's issue a replay
/// straddling a restart is not caught (SECURITY.md, "Known limits"). A POST with no token at all
/// (a tool answering a whole survey at once) is not affected: only a replay carries a used token.
actor PageTokens {
    static let lifetime: TimeInterval = 2 * 60 * 60
    /// Expiry is kept to this many seconds, so a token says no exact time.
    static let window: TimeInterval = 10 * 60
    static let capacity = 200_000
    static let keyFile = "page-token.key"

    private let key: [UInt8]
    private var spent: [String: Int64] = [:]
    private let clock: @Sendable () -> Date

    init(key: [UInt8], clock: @escaping @Sendable () -> Date = Date.init) {
        self.key = key
        self.clock = clock
    }

    /// The key, kept in the data folder (`page-token.key`), made on first start.
    static func key(in database: ChorusDatabase) throws -> [UInt8] {
        try database.serverSecret(named: keyFile) { SecureRandom.bytes(32) }
    }

    private func windowNumber(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 / Self.window).rounded(.down)) }

    /// The MAC of a token's text before the dot, in hex.
    private func mac(_ body: Substring) -> String {
        Digest.keyed(Array(body.utf8), key: key, length: 16).hex
    }

    /// `nonce expiry . mac`: 32 hex digits of nonce, the expiry window in hex, a dot, the MAC.
    func issue() -> String {
        let expiry = windowNumber(clock().addingTimeInterval(Self.lifetime)) + 1
        let body = SecureRandom.bytes(16).hex + String(expiry, radix: 16)
        return body + "." + mac(Substring(body))
    }

    /// True once for a token this server made that has not expired; false ever after, and for
    /// anything else.
    func redeem(_ token: String) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        // The MAC covers the nonce and the expiry, so a token that passes it is one this server wrote.
        guard parts.count == 2, (33...48).contains(parts[0].count), FormMiddleware.sameToken(String(parts[1]), mac(parts[0])),
              let expiry = Int64(parts[0].dropFirst(32), radix: 16), expiry > windowNumber(clock())
        else { return false }
        let nonce = String(parts[0].prefix(32))
        guard spent[nonce] == nil else { return false }
        spent[nonce] = expiry
        if spent.count > Self.capacity { forgetExpired() }
        return true
    }

    /// Forgets nonces whose tokens have expired (they can never pass again); if still full, the
    /// ones that expire soonest.
    private func forgetExpired() {
        let now = windowNumber(clock())
        spent = spent.filter { $0.value > now }
        guard spent.count > Self.capacity * 9 / 10 else { return }
        for (name, _) in spent.sorted(by: { $0.value < $1.value }).prefix(spent.count - Self.capacity * 9 / 10) { spent[name] = nil }
    }

    /// Nonces remembered, for tests.
    var spentCount: Int { spent.count }
}
