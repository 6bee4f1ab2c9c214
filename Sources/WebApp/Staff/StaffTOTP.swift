import Foundation
import HummingbirdOTP

/// Checks a staff member's 6-digit authenticator code (RFC 6238: SHA-1, 30-second steps, the
/// step counted from 1970 as `TOTP.compute(date:)` does).
enum StaffTOTP {
    static let timeStep: Int64 = 30

    /// The time step containing `date`.
    static func step(at date: Date) -> Int64 { Int64(floor(date.timeIntervalSince1970 / Double(timeStep))) }

    /// The code for one time step, as typed (six digits, leading zeros kept).
    static func code(secret: String, step: Int64) -> String {
        let value = TOTP(secret: secret).compute(date: Date(timeIntervalSince1970: Double(step * timeStep)))
        let digits = String(value)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// The time step `typed` is the code for: the current step, or one either side for a clock
    /// that drifted. Nil when it matches none. The caller must still have storage accept the step
    /// (`StaffStore.acceptTOTP`), so each code works once.
    static func matchingStep(_ typed: String, secret: String, now: Date) -> Int64? {
        let typed = typed.filter { !$0.isWhitespace }
        guard typed.count == 6, typed.allSatisfy(\.isASCII), typed.allSatisfy(\.isNumber) else { return nil }
        let current = step(at: now)
        var found: Int64?
        // Every candidate is compared, so the time taken does not say which one matched.
        for candidate in [current - 1, current, current + 1] where FormMiddleware.sameToken(code(secret: secret, step: candidate), typed) {
            found = candidate
        }
        return found
    }
}
