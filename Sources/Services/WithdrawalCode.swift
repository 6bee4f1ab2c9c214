import Sealing

/// The code a survivor may use to take her answers back: 80 random bits in Crockford's base32, which
/// has no letters that look like digits, grouped for reading aloud: `ABCD-EFGH-JKMN-PQRS`.
/// Only a hash of it is stored, so the database alone cannot be used to withdraw anything.
public struct WithdrawalCode: Sendable, Equatable {
    public static let length = 16

    let code: CrockfordCode

    public static func generate() -> WithdrawalCode { WithdrawalCode(code: .generate(length: length)) }

    /// Reads a code as she typed it: any case, spaces or dashes, and the look-alikes O, I and L.
    public init?(typed: String) {
        guard let code = CrockfordCode(typed: typed, length: Self.length) else { return nil }
        self.code = code
    }

    private init(code: CrockfordCode) { self.code = code }

    public var characters: String { code.normalised }
    public var display: String { code.display }
    public var hash: [UInt8] { code.storageHash }
}
