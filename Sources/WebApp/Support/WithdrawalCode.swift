import Sealing

/// The code a survivor may use to take her answers back. 80 random bits in Crockford's base32, which
/// has no letters that look like digits, grouped for reading aloud: `ABCD-EFGH-JKMN-PQRS`.
/// Only a hash of it is stored, so the database alone cannot be used to withdraw anything.
struct WithdrawalCode: Sendable, Equatable {
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    static let length = 16

    /// The 16 characters, upper case, without separators.
    let characters: String

    static func generate() -> WithdrawalCode {
        let bytes = SecureRandom.bytes(length)
        // 256 is a multiple of 32, so taking each byte modulo 32 is unbiased.
        return WithdrawalCode(characters: String(bytes.map { alphabet[Int($0) % 32] }))
    }

    /// Reads a code as she typed it: any case, spaces or dashes, and the look-alikes O, I and L.
    init?(typed: String) {
        var normalised = ""
        for character in typed.uppercased() where character != "-" && !character.isWhitespace {
            switch character {
            case "O": normalised.append("0")
            case "I", "L": normalised.append("1")
            default:
                guard Self.alphabet.contains(character) else { return nil }
                normalised.append(character)
            }
        }
        guard normalised.count == Self.length else { return nil }
        characters = normalised
    }

    private init(characters: String) { self.characters = characters }

    var display: String {
        stride(from: 0, to: Self.length, by: 4).map { offset in
            let start = characters.index(characters.startIndex, offsetBy: offset)
            return String(characters[start..<characters.index(start, offsetBy: 4)])
        }.joined(separator: "-")
    }

    var hash: [UInt8] { Digest.hash(Array(characters.utf8)) }
}
