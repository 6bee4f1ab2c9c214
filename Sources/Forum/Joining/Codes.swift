import Sealing

/// A single-use code a partner service hands to somebody it refers to the forum
/// (`chorus-server invites create` prints them). 12 characters, 60 bits: ample for a code that is
/// used once and expires. Printed as `XXXX-XXXX-XXXX`.
///
/// `description` is redacted so a code never lands in a log by accident; use `display` to show it.
public struct InviteCode: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// Characters in a code, not counting dashes.
    public static let length = 12

    let code: CrockfordCode

    private init(code: CrockfordCode) { self.code = code }

    /// A fresh random code.
    public static func generate() -> InviteCode {
        InviteCode(code: .generate(length: length))
    }

    /// Reads a code as typed: any case, spaces or dashes, O for 0 and I or L for 1.
    /// Nil if it is not 12 code characters.
    public init?(typed: String) {
        guard let code = CrockfordCode(typed: typed, length: Self.length) else { return nil }
        self.code = code
    }

    /// The code for showing or printing, e.g. `7Q4K-93MX-B2CD`.
    public var display: String { code.display }

    /// BLAKE2b-256 of the normalised code; store this, never the code.
    public var storageHash: [UInt8] { code.storageHash }

    public var description: String { "InviteCode(redacted)" }
    public var debugDescription: String { description }
}

/// The code shown once when she joins, which lets her back into her account if she forgets her
/// passphrase. 20 characters, 100 bits: it stands in for the passphrase, so it must resist guessing
/// on its own. Printed as `XXXX-XXXX-XXXX-XXXX-XXXX`.
///
/// `description` is redacted so a code never lands in a log by accident; use `display` to show it.
public struct RecoveryCode: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// Characters in a code, not counting dashes.
    public static let length = 20

    let code: CrockfordCode

    private init(code: CrockfordCode) { self.code = code }

    /// A fresh random code.
    public static func generate() -> RecoveryCode {
        RecoveryCode(code: .generate(length: length))
    }

    /// Reads a code as typed: any case, spaces or dashes, O for 0 and I or L for 1.
    /// Nil if it is not 20 code characters.
    public init?(typed: String) {
        guard let code = CrockfordCode(typed: typed, length: Self.length) else { return nil }
        self.code = code
    }

    /// The code for showing once, e.g. `7Q4K-93MX-B2CD-EF5G-HJ6K`.
    public var display: String { code.display }

    /// BLAKE2b-256 of the normalised code; store this, never the code.
    public var storageHash: [UInt8] { code.storageHash }

    public var description: String { "RecoveryCode(redacted)" }
    public var debugDescription: String { description }
}
