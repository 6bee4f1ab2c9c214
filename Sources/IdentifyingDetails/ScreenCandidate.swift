/// A possible match from one scanner, in folded-character offsets. Scanners may overlap each other;
/// `resolve` keeps a non-overlapping set.
struct ScreenCandidate {
    let kind: DetailKind
    let start: Int
    let end: Int
    let action: WatchAction

    init(_ kind: DetailKind, _ start: Int, _ end: Int, action: WatchAction = .hold) {
        self.kind = kind
        self.start = start
        self.end = end
        self.action = action
    }

    var length: Int { end - start }

    /// Keeps the strongest action first (so a blocked word is never lost inside a longer held
    /// match, and a mask never hides a held detail), then the longer match, then the more specific
    /// kind, then the earlier one. Returns the survivors sorted by position.
    static func resolve(_ candidates: [ScreenCandidate]) -> [ScreenCandidate] {
        let ranked = candidates.filter { $0.end > $0.start }.sorted { a, b in
            if a.action.severity != b.action.severity { return a.action.severity > b.action.severity }
            if a.length != b.length { return a.length > b.length }
            if a.kind.specificity != b.kind.specificity { return a.kind.specificity > b.kind.specificity }
            return a.start < b.start
        }
        var kept: [ScreenCandidate] = []  // sorted by start, non-overlapping
        for candidate in ranked {
            // Find where it would go and check its neighbours only.
            var low = 0, high = kept.count
            while low < high {
                let mid = (low + high) / 2
                if kept[mid].start < candidate.start { low = mid + 1 } else { high = mid }
            }
            if low > 0, kept[low - 1].end > candidate.start { continue }
            if low < kept.count, kept[low].start < candidate.end { continue }
            kept.insert(candidate, at: low)
        }
        return kept
    }
}
