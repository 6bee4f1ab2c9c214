import Sealing

/// The name a forum member goes by, chosen by Chorus rather than by her, so she cannot give away her
/// own name. It has the shape `QuietOtter42`: a capitalised adjective, a capitalised noun and a number
/// from 10 to 999, with no spaces, so it reads as one handle, survives copying and quoting intact, and
/// looks the same in every font. The words come from `PseudonymWords` (calm, neutral, and no first
/// names). With about 200 adjectives, 240 nouns and 990 numbers there are some 48 million pseudonyms.
///
/// She may draw again before her first post. The web app should keep the drawn pseudonym on the server
/// side; if it does round-trip it through a form, `init?(validating:)` refuses anything `draw` could
/// not have produced, so a typed-in name never becomes a pseudonym.
public struct Pseudonym: Sendable, Hashable, CustomStringConvertible {
    /// The numbers a pseudonym can end with: two or three digits, never a leading zero.
    public static let numbers: ClosedRange<Int> = 10...999

    /// The pseudonym as shown, e.g. `QuietOtter42`.
    public let text: String

    public var description: String { text }

    private init(text: String) { self.text = text }

    /// Draws a pseudonym with the given generator (a seeded one gives reproducible draws, for tests).
    public static func draw(using generator: inout some RandomNumberGenerator) -> Pseudonym {
        let adjective = PseudonymWords.adjectives[Int.random(in: PseudonymWords.adjectives.indices, using: &generator)]
        let noun = PseudonymWords.nouns[Int.random(in: PseudonymWords.nouns.indices, using: &generator)]
        let number = Int.random(in: numbers, using: &generator)
        return Pseudonym(text: capitalised(adjective) + capitalised(noun) + String(number))
    }

    /// Draws a pseudonym with the operating system's secure random source (through Sealing).
    public static func draw() -> Pseudonym {
        var generator = SecureGenerator()
        return draw(using: &generator)
    }

    /// Accepts `text` only if `draw` could have produced it, exactly as it would be shown:
    /// a listed adjective and a listed noun, each capitalised, then a number in `numbers` without
    /// leading zeros. For checking a drawn pseudonym that came back from a form.
    public init?(validating text: String) {
        guard text.utf8.count <= 64, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        let letters = text.prefix { $0.isLetter }
        let digits = text.dropFirst(letters.count)
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber), digits.first != "0",
              let number = Int(digits), Self.numbers.contains(number) else { return nil }
        // Split the letters at the second capital: adjective, then noun.
        guard let first = letters.first, first.isUppercase,
              let split = letters.dropFirst().firstIndex(where: \.isUppercase) else { return nil }
        let adjective = String(letters[..<split])
        let noun = String(letters[split...])
        guard adjective == Self.capitalised(adjective.lowercased()), noun == Self.capitalised(noun.lowercased()),
              PseudonymWords.adjectiveSet.contains(adjective.lowercased()),
              PseudonymWords.nounSet.contains(noun.lowercased()) else { return nil }
        self.text = text
    }

    private static func capitalised(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }
}

extension PseudonymWords {
    static let adjectiveSet = Set(adjectives)
    static let nounSet = Set(nouns)
}

extension Pseudonym {
    /// A `RandomNumberGenerator` backed by libsodium's `randombytes` (through Sealing's `SecureRandom`).
    struct SecureGenerator: RandomNumberGenerator {
        mutating func next() -> UInt64 {
            SecureRandom.bytes(8).reduce(0) { $0 << 8 | UInt64($1) }
        }
    }
}
