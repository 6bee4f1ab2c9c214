extension DisclosureControl {
    /// A count published on its own, outside any table (the respondents to a survey): hidden
    /// when it is 1 to k−1, rounded like every published count.
    public func protect(count: Int) -> ProtectedCount {
        count > 0 && count < k ? .suppressed(.smallBase) : .released(rounded(count))
    }

    /// How many were asked a question, beside how many answered it: hidden when it is 1 to k−1.
    ///
    /// Asked minus answered, the number who left the question blank, is published: leaving a
    /// question blank is not an answer, says nothing about anybody's life, and nobody can see who
    /// did it (SECURITY.md, "What a blank tells"). Hiding "asked" never protected it anyway: a
    /// question without skip logic is asked of every respondent, and one with skip logic of
    /// everyone counted under an option of another question. The joint audit knows both.
    public func protect(asked: Int, answered: Int, answeredShown: Bool) -> ProtectedCount {
        asked > 0 && asked < k ? .suppressed(.smallBase) : .released(rounded(asked))
    }

    private func rounded(_ count: Int) -> Int {
        rounding.map { PublishedRounding(base: $0).round(count) } ?? count
    }
}

extension ProtectedCount {
    /// A number held back because it moved by 1 to k−1 since an earlier release.
    public static let held = ProtectedCount.suppressed(.differencing)
}
