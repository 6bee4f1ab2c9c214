import Disclosure
import Localisation
import SurveyKit

/// How the HTML report words a protected number, so every table and chart says the same thing.
///
/// In the public report every hidden number reads "not shown" (see `ReportVariant`). In the
/// internal report a number hidden because it is 1 to k−1, or because its whole group is under k,
/// reads "fewer than k"; one hidden to protect another, or because so few did *not* choose the
/// option, or because it moved too little since an earlier release, says so.
/// The words come from the catalogue.
struct CountWording: Sendable {
    let k: Int
    let catalogue: Catalogue
    let variant: ReportVariant

    var fewerThanK: String { catalogue.text(.reportFewerThanK, ["k": String(k)]) }
    var notShown: String { catalogue[.reportNotShown] }

    /// "12", or the wording of a hidden number.
    func count(_ count: ProtectedCount) -> String {
        if let value = count.count { return String(value) }
        guard variant == .internal else { return notShown }
        switch count.reason {
        case .primary?, .smallBase?: return fewerThanK
        case .differencing?: return catalogue[.reportHeldSinceRelease]
        case .zero?: return catalogue[.reportHiddenZero]
        case .complement?, .secondary?, .linked?, nil: return catalogue[.reportHiddenToProtect]
        }
    }

    /// "n = 23", or the wording of a hidden base.
    func base(_ base: ProtectedCount) -> String {
        base.count.map { catalogue.text(.reportBase, ["count": String($0)]) } ?? count(base)
    }

    /// "52.2% (n = 23)": a percentage always shows its base. When the count or the base is
    /// hidden there is no percentage to show; a base of zero has none to give.
    /// `showingBase: false` is for a column whose one base its heading or caption already shows.
    func percent(count: ProtectedCount, base: ProtectedCount, showingBase: Bool = true) -> String {
        guard let percentage = Percentage(count: count, base: base) else {
            return count.isSuppressed || base.isSuppressed ? notShown : catalogue[.reportNoPercent]
        }
        guard showingBase else { return percentage.text }
        return catalogue.text(.reportPercentWithBase, ["percent": percentage.text, "base": self.base(base)])
    }
}
