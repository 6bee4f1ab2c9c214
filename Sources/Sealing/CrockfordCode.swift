/// A random code in Crockford's base32, the one piece of logic behind every code Chorus hands out:
/// survey withdrawal codes, forum invite codes and recovery codes.
///
/// - The alphabet is `0-9` and `A-Z` without `I`, `L`, `O` and `U`: 32 symbols, 5 bits each, none of
///   which looks like another.
/// - Reading a typed code forgives what people do: any case, spaces, dashes (including the en and em
///   dashes phones substitute), and the look-alikes `O` → `0`, `I` and `L` → `1`, as Crockford does.
///   `U` and anything outside the alphabet are refused.
/// - Codes are shown in groups of four joined by dashes: `7Q4K-93MX-…`.
/// - Only `storageHash` (BLAKE2b-256 of the normalised characters) should be stored.
///
/// It lives here, beside `SecureRandom` and `Digest` which it is made of, so every module can share it.
public struct CrockfordCode: Sendable, Hashable {
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    public static let groupSize = 4

    /// Characters that may separate groups when a code is typed, besides whitespace.
    public static let dashes: Set<Character> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}"]

    /// The code in canonical form: upper case, no separators, only alphabet characters.
    public let normalised: String

    /// A fresh code of `length` characters (a positive multiple of `groupSize`) from the secure random source.
    public static func generate(length: Int) -> CrockfordCode {
        CrockfordCode(randomBytes: SecureRandom.bytes(length))
    }

    /// One character per byte. 256 is a multiple of 32, so `byte % 32` is uniform over the alphabet.
    public init(randomBytes: [UInt8]) {
        precondition(!randomBytes.isEmpty && randomBytes.count % Self.groupSize == 0,
                     "CrockfordCode: length must be a positive multiple of \(Self.groupSize)")
        normalised = String(randomBytes.map { Self.alphabet[Int($0 % 32)] })
    }

    /// Reads a code as somebody typed it; nil unless it holds exactly `length` code characters.
    public init?(typed: String, length: Int) {
        var characters: [Character] = []
        characters.reserveCapacity(length)
        for character in typed {
            if character.isWhitespace || Self.dashes.contains(character) { continue }
            // ASCII only: upper-casing "ß" or "ﬀ" would otherwise make letters out of nothing.
            guard character.isASCII, characters.count < length else { return nil }
            switch Character(character.uppercased()) {
            case "O": characters.append("0")
            case "I", "L": characters.append("1")
            case let upper where Self.alphabet.contains(upper): characters.append(upper)
            default: return nil
            }
        }
        guard characters.count == length else { return nil }
        normalised = String(characters)
    }

    /// The code for showing or printing: groups of four joined by dashes.
    public var display: String {
        var groups: [Substring] = []
        var rest = Substring(normalised)
        while !rest.isEmpty {
            groups.append(rest.prefix(Self.groupSize))
            rest = rest.dropFirst(Self.groupSize)
        }
        return groups.joined(separator: "-")
    }

    /// BLAKE2b-256 of the normalised characters: what the database keeps instead of the code.
    public var storageHash: [UInt8] { Digest.hash(Array(normalised.utf8)) }
}

