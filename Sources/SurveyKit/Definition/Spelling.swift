/// "Did you mean ...?" for misspelt ids and keys: one measure for every reader of a file a person
/// writes (surveys, themes, notes), so each suggests the same way.
public enum Spelling {
    /// The candidate nearest to `word`, if it is close enough to be a likely typo (at most one edit
    /// in three letters); ties go to the first in alphabetical order, so the hint is always the same.
    public static func closest(to word: String, in candidates: some Collection<String>) -> String? {
        let scored = candidates.map { ($0, editDistance(word, $0)) }.min { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        guard let (best, distance) = scored, distance <= max(1, word.count / 3) else { return nil }
        return best
    }

    /// Letters to add, remove or change, or neighbouring letters to swap, to turn `a` into `b`
    /// (a swap counts as one edit, the commonest typo: 'belived' is one edit from 'believed').
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var beforePrevious: [Int] = []
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            beforePrevious = previous
            previous = current
        }
        return previous[b.count]
    }
}
