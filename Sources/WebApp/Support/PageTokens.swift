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

    private func mac(_ nonce: [UInt8], _ expiry: Int64) -> [UInt8] {
        Digest.keyed(nonce + withUnsafeBytes(of: expiry.bigEndian, Array.init), key: key, length: 16)
    }

    func issue() -> String {
        let nonce = SecureRandom.bytes(16)
        let expiry = windowNumber(clock().addingTimeInterval(Self.lifetime)) + 1
        return nonce.hex + String(expiry, radix: 16) + "." + mac(nonce, expiry).hex
    }

    /// True once for a token this server made that has not expired; false ever after, and for
    /// anything else.
    func redeem(_ token: String) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count > 32, parts[0].count <= 48, parts[1].count == 32,
              let nonce = [UInt8](hex: String(parts[0].prefix(32))), let expiry = Int64(parts[0].dropFirst(32), radix: 16),
              let sent = [UInt8](hex: String(parts[1]))
        else { return false }
        let expected = mac(nonce, expiry)
        guard zip(sent, expected).reduce(0, { $0 | ($1.0 ^ $1.1) }) == 0, expiry > windowNumber(clock()) else { return false }
        let name = String(parts[0].prefix(32))
        guard spent[name] == nil else { return false }
        spent[name] = expiry
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

extension Array where Element == UInt8 {
    /// Bytes from lower- or upper-case hex; nil for anything else.
    init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count.isMultiple(of: 2) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let high = Self.nibble(digits[index]), let low = Self.nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        self = bytes
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
