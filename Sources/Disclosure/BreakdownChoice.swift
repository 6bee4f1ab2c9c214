/// Whether a breakdown by group is worth publishing, so that a report shows what it can rather
/// than pages of "not shown".
///
/// A breakdown tells a board something only when at least two groups are large enough to compare
/// and most of their counts can be shown. Checked twice: on the true counts, before protection
/// (more than half its cells under k), so a breakdown that will be dropped never makes other tables
/// hide numbers to protect its own; and after protection, when hiding has taken more than half of
/// its cells (a 2 × 2 table with one small cell loses all four): what is left cannot be compared. Dropping a table publishes
/// less, so it can only widen what an attacker can work out.
public enum BreakdownChoice {
    /// Why a breakdown is left out; the report says it once per question.
    public enum Reason: String, Sendable, Equatable {
        /// Fewer than two groups of at least k people answered.
        case tooFewGroups = "too_few_groups"
        /// Too many of its counts are under k, or were hidden to protect them.
        case mostlyHidden = "mostly_hidden"
        /// Its counts could not be shown without hiding numbers of other tables to protect them
        /// (`JointProtection`): what it would show, taken with the rest, narrows what is hidden.
        case linked
    }

    /// Before protection: nil when the breakdown is worth protecting, else why not.
    public static func reasonToLeaveOut(_ table: CrossTable, k: Int) -> Reason? {
        guard table.isTwoWay else { return nil }
        let large = table.columnOptions.indices.filter { table.columnBases[$0] >= k }
        guard large.count >= 2 else { return .tooFewGroups }
        let cells = large.flatMap { column in table.rowOptions.indices.map { table.cells[$0][column] } }
        let small = cells.filter { $0 > 0 && $0 < k }.count
        return small * 2 > cells.count ? .mostlyHidden : nil
    }

    /// After protection: nil when the breakdown is still worth publishing.
    public static func reasonToLeaveOut(_ table: ProtectedTable) -> Reason? {
        guard table.isTwoWay else { return nil }
        let shownGroups = table.columnBases.filter { !$0.isSuppressed && ($0.count ?? 0) > 0 }.count
        guard shownGroups >= 2 else { return .tooFewGroups }
        return table.loss.hiddenCells * 2 > table.loss.cells ? .mostlyHidden : nil
    }
}
