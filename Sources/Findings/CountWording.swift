import Disclosure
import SurveyKit

/// How the HTML report words a protected number, so every table and chart says the same thing.
///
/// A number hidden because it is 1 to k−1, or because its whole group is under k, truly is
/// "fewer than k", and says so. A number hidden only to protect another (secondary suppression),
/// or because so few did *not* choose the option (complement), may be large: calling it
/// "fewer than k" would mislead readers about what people said, so it reads "not shown".
/// (findings.json publishes the same reasons, so the wording reveals nothing more.)
/// The words come from the catalogue.
struct CountWording: Sendable {
    let k: Int
    let catalogue: Catalogue

    var fewerThanK: String { catalogue.text(.reportFewerThanK, ["k": String(k)]) }
    var notShown: String { catalogue[.reportNotShown] }

    /// "12", "fewer than 5" or "not shown".
    func count(_ count: ProtectedCount) -> String {
        if let value = count.count { return String(value) }
        switch count.reason {
        case .primary?, .smallBase?: return fewerThanK
        case .complement?, .zero?, .differencing?, .secondary?, nil: return notShown
        }
    }

    /// "n = 23", or the wording of a hidden base.
    func base(_ base: ProtectedCount) -> String {
        base.count.map { catalogue.text(.reportBase, ["count": String($0)]) } ?? count(base)
    }

    /// "52.2% (n = 23)": a percentage always shows its base. When the count or the base is
    /// hidden there is no percentage to show; a base of zero has none to give.
    func percent(count: ProtectedCount, base: ProtectedCount) -> String {
        guard let percentage = Percentage(count: count, base: base) else {
            return count.isSuppressed || base.isSuppressed ? notShown : catalogue[.reportNoPercent]
        }
        return catalogue.text(.reportPercentWithBase, ["percent": percentage.text, "base": self.base(base)])
    }
}
