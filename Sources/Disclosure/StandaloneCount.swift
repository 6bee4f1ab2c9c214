extension DisclosureControl {
    /// A count published on its own, outside any table (the respondents to a survey): hidden
    /// when it is 1 to k−1, rounded like every published count.
    public func protect(count: Int) -> ProtectedCount {
        count > 0 && count < k ? .suppressed(.smallBase) : .released(rounded(count))
    }

    /// How many were asked a question, beside how many answered it. Asked minus answered is the
    /// number who skipped it, so asked is hidden when that is 1 to k−1, when asked itself is, and
    /// when the answered count is hidden (asked would bound it from above).
    public func protect(asked: Int, answered: Int, answeredShown: Bool) -> ProtectedCount {
        let skipped = asked - answered
        if !answeredShown || (asked > 0 && asked < k) { return .suppressed(.smallBase) }
        return skipped > 0 && skipped < k ? .suppressed(.complement) : .released(rounded(asked))
    }

    private func rounded(_ count: Int) -> Int {
        rounding.map { PublishedRounding(base: $0).round(count) } ?? count
    }
}

extension ProtectedCount {
    /// A number held back because it moved by 1 to k−1 since an earlier release.
    public static let held = ProtectedCount.suppressed(.differencing)
}
