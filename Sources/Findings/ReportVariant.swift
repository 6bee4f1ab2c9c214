/// Who a report is for.
///
/// The public report can go anywhere: every hidden number reads the same, because saying *why*
/// a number is hidden narrows it (a number hidden for being 1 to k−1 is known to be 1 to k−1,
/// which the interval protection of the tables does not allow for). The internal report is for
/// the lead alone, on the offline machine: it says why each number is hidden, what the hiding
/// cost, which responses could not be used, and which numbers an earlier release held back.
public enum ReportVariant: String, Sendable, CaseIterable {
    case `public`
    case `internal`
}
