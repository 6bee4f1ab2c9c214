/// What can be wrong with a passphrase a member chooses. The web app's message catalogue words each
/// one; nothing here is shown as is.
public enum PassphraseProblem: Sendable, Equatable {
    case tooShort(minimum: Int)
    case tooLong(maximum: Int)
    /// It is, or is a trivial variation of, a well-known password or phrase (`CommonPassphrases`).
    case tooCommon
    /// It contains her pseudonym, which everybody on the forum can see.
    case containsPseudonym
    /// One character or a short pattern over and over, or a straight run such as `abcdefghij`.
    case repetitive
}

/// The rules for a forum passphrase. She may write it in any language or script; length is counted in
/// characters as a reader sees them (extended grapheme clusters), so `میری بلی` or an emoji counts
/// as what it looks like, not as bytes.
///
/// The policy only judges; it does not change the passphrase (no trimming, no normalisation). The
/// caller hashes exactly what was typed (Sealing's Argon2id).
public struct PassphrasePolicy: Sendable {
    public static let minimumLength = 10
    public static let maximumLength = 256

    public init() {}

    /// Every problem with `passphrase`, in a fixed order (length, common, pseudonym, repetitive);
    /// empty if it is acceptable. `pseudonym` is her pseudonym, if she has one yet.
    ///
    /// A passphrase over the maximum length is reported as `tooLong` alone and not examined further,
    /// so the cost of checking is bounded whatever arrives. An empty one is only `tooShort`.
    public func problems(_ passphrase: String, pseudonym: String?) -> [PassphraseProblem] {
        // Counting stops just past the maximum, so a huge input costs no more than a long one.
        let length = passphrase.prefix(Self.maximumLength + 1).count
        if length > Self.maximumLength { return [.tooLong(maximum: Self.maximumLength)] }
        if length == 0 { return [.tooShort(minimum: Self.minimumLength)] }

        var problems: [PassphraseProblem] = []
        if length < Self.minimumLength { problems.append(.tooShort(minimum: Self.minimumLength)) }
        if CommonPassphrases.matches(passphrase) { problems.append(.tooCommon) }
        if let pseudonym, Self.contains(passphrase, pseudonym: pseudonym) { problems.append(.containsPseudonym) }
        if Self.isRepetitive(passphrase) { problems.append(.repetitive) }
        return problems
    }

    // MARK: - Pseudonym

    /// True if the passphrase, ignoring case, spaces and punctuation, contains the pseudonym
    /// (`QuietOtter42`) or its words without the number (`quietotter`).
    static func contains(_ passphrase: String, pseudonym: String) -> Bool {
        let haystack = lettersAndDigits(passphrase)
        let whole = lettersAndDigits(pseudonym)
        guard !whole.isEmpty else { return false }
        if haystack.contains(whole) { return true }
        let words = whole.filter { !$0.isNumber }
        return words.count >= 4 && haystack.contains(words)
    }

    private static func lettersAndDigits(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    // MARK: - Repetition

    /// True for a passphrase that, ignoring case and whitespace,
    /// - is empty (only whitespace),
    /// - uses at most three distinct characters (`aaaaaaaaaa`, `ababababab`, `😀😀😀😀😀😀😀😀😀😀`),
    /// - repeats a pattern at least twice over (`abcabcabcabc`, `passwordpassword`, `la la la la la`), or
    /// - is one or two straight runs of consecutive characters, ascending or descending
    ///   (`abcdefghij`, `9876543210`, `abcdef123456`; digits wrap, so `7890123456` counts).
    static func isRepetitive(_ passphrase: String) -> Bool {
        let characters = Array(passphrase.lowercased().filter { !$0.isWhitespace })
        if characters.isEmpty { return true }
        if Set(characters).count <= 3 { return true }
        if hasShortPeriod(characters) { return true }
        return straightRunCount(characters).map { $0 <= 2 } ?? false
    }

    /// True if the characters repeat with some period no longer than half their length.
    private static func hasShortPeriod(_ characters: [Character]) -> Bool {
        let count = characters.count
        guard count >= 2 else { return false }
        for period in 1...(count / 2) {
            var repeats = true
            for index in period..<count where characters[index] != characters[index - period] {
                repeats = false
                break
            }
            if repeats { return true }
        }
        return false
    }

    /// Splits the characters into maximal straight runs (each step +1 or each step -1) and returns how
    /// many there are, or nil if some run is shorter than three characters (ordinary text).
    private static func straightRunCount(_ characters: [Character]) -> Int? {
        let scalars = characters.map { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil }
        var runs = 0
        var start = 0
        while start < scalars.count {
            var end = start + 1
            var direction: Int? = nil
            while end < scalars.count, let step = step(from: scalars[end - 1], to: scalars[end]),
                  direction == nil || direction == step {
                direction = step
                end += 1
            }
            guard end - start >= 3 else { return nil }
            runs += 1
            start = end
        }
        return runs
    }

    /// +1 or -1 if `b` follows or precedes `a` (digits wrap around: 9 then 0 is +1), otherwise nil.
    private static func step(from a: Unicode.Scalar?, to b: Unicode.Scalar?) -> Int? {
        guard let a, let b else { return nil }
        let x = Int(a.value), y = Int(b.value)
        let zero = Int(("0" as Unicode.Scalar).value)
        if (zero...(zero + 9)).contains(x), (zero...(zero + 9)).contains(y) {
            switch (y - x + 10) % 10 {
            case 1: return 1
            case 9: return -1
            default: return nil
            }
        }
        switch y - x {
        case 1: return 1
        case -1: return -1
        default: return nil
        }
    }
}
