extension ProtectedCount {
    /// The sum of published counts; hidden if any part is hidden, so a derived number is never
    /// more than the published numbers already say.
    public static func sum(_ parts: [ProtectedCount]) -> ProtectedCount {
        var total = 0
        for part in parts {
            guard let count = part.count else { return .suppressed(.secondary) }
            total += count
        }
        return .released(total)
    }

    /// `self − other`, for "everyone else" beside one group; hidden if either is hidden.
    public func minus(_ other: ProtectedCount) -> ProtectedCount {
        guard let count, let subtract = other.count, count >= subtract else { return .suppressed(.secondary) }
        return .released(count - subtract)
    }

    /// The same number held to the thresholds of a published cell: a derived count of 1 to k−1
    /// (everyone else in a small remainder) is not shown.
    public func withinThreshold(k: Int) -> ProtectedCount {
        guard let count, count > 0, count < k else { return self }
        return .suppressed(.primary)
    }
}
