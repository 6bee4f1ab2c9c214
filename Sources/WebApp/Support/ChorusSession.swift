import Foundation
import Sealing

/// What a session row holds: whose it is, the account's session epoch when it was made ("log out
/// everywhere" bumps the epoch, so older sessions are refused even if a row survived), the CSRF
/// token for its forms, and the hour after which it ends however active it is.
///
/// No time of sign-in, no address, no browser: the absolute end is rounded up to the hour.
public struct ChorusSession: Codable, Sendable, Equatable {
    public enum Account: Codable, Sendable, Equatable {
        case member(Int64)
        case staff(Int64)
    }

    public var account: Account
    public var epoch: Int
    public var csrfToken: String
    /// Seconds since 1970, a whole hour: the session ends then, however recently it was used.
    public var endsAt: Int64

    init(account: Account, epoch: Int, lifetime: TimeInterval, now: Date) {
        self.account = account
        self.epoch = epoch
        csrfToken = SecureRandom.bytes(32).hex
        let end = Int64(now.timeIntervalSince1970 + lifetime)
        endsAt = (end / 3600 + 1) * 3600
    }

    func hasEnded(at now: Date) -> Bool { Int64(now.timeIntervalSince1970) >= endsAt }
}
