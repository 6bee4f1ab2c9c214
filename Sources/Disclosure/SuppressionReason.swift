/// Why a number is not published.
///
/// For the lead's internal report only. Public outputs must not tell the reasons apart: a number
/// shown as hidden "because it is 1 to k−1" tells an attacker 1 ≤ x ≤ k−1, an interval narrower
/// than the k−1 the audit guarantees, and one shown as hidden "only to protect another" tells
/// them which of the hidden numbers are the small ones. The audit covers the published numbers
/// only, and assumes every hidden number looks alike.
public enum SuppressionReason: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// Between 1 and k−1 respondents.
    case primary
    /// Its question or group has fewer than k respondents, so none of its numbers are shown.
    case smallBase = "small_base"
    /// Multiple choice: so few did *not* tick it that publishing it would single them out.
    case complement
    /// Zero, and the lead asked for zeros to be hidden (`DisclosureControl(suppressZeros: true)`).
    case zero
    /// Moved by 1 to k−1 since an earlier release, so subtracting the two would single people out
    /// (asked for by the release ledger through `protect(_:alsoHide:)`).
    case differencing
    /// A margin of a two-way table that repeats a number hidden in another table (a row total is
    /// the question's own count, a group's base the identifying question's): publishing it here
    /// would undo the other table's protection.
    case linked
    /// Hidden so that another hidden number cannot be worked out, or pinned to a narrow range,
    /// from the published ones.
    case secondary
}
