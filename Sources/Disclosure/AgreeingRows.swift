import SurveyKit

/// The rows of a scale's table that count as agreeing: the first half of the answers that take a
/// position (a scale runs from most positive to most negative; "Don't know" takes none). One
/// definition for the report's "each group against everyone else" (`Findings.ScaleAgreement`) and
/// for the joint audit of the sums that table prints (`ReleaseModel`), so the two cannot drift.
public enum AgreeingRows {
    /// nil when fewer than two rows take a position.
    public static func of(_ rowOptions: [String]) -> [Int]? {
        let substantive = rowOptions.indices.filter { !SharedOptionLists.nonSubstantiveOptionIDs.contains(rowOptions[$0]) }
        guard substantive.count >= 2 else { return nil }
        return Array(substantive.prefix(substantive.count / 2))
    }
}
