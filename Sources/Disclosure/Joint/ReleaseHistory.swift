/// What earlier releases mean for the next one, of the same responses or some of them.
///
/// An attacker keeps every release. Three rules follow (SECURITY.md, "Releases over time"):
/// 1. Two table releases of one survey that differ by fewer than k people (added or withdrawn)
///    are refused: subtracting them would describe those few people, and whatever is hidden, the
///    pattern of what moved or was held back points at their answers. With k or more changes, the
///    change is a table of k or more people, protected like any other (2).
/// 2. A number the earlier release published bounds the same number now: it can have moved by no
///    more than the people added (up) or withdrawn (down). The joint audit takes these bounds as
///    knowledge, so a number hidden now stays wide even against the earlier release.
/// 3. Tables and record-level microdata of the same responses are never both released: joined,
///    the tables put records back into groups smaller than k. A second microdata release of the
///    same survey is allowed only of exactly the same responses (the method is deterministic).
public struct ReleaseHistory: Sendable {
    let ledger: ReleaseLedger
    let kind: Release.Kind
    /// Per survey: the response keys this release counts.
    let records: [String: Set<String>]
    let k: Int

    public init(ledger: ReleaseLedger, kind: Release.Kind, records: [String: Set<String>], k: Int) {
        self.ledger = ledger
        self.kind = kind
        self.records = records
        self.k = k
    }

    /// How this release's responses of `survey` differ from an earlier release's.
    struct Change: Sendable {
        let added: Int
        let withdrawn: Int
        /// The earlier release did not record its responses (a ledger from before they were kept):
        /// only the difference in totals is known, a lower limit on the change.
        let exact: Bool
        var total: Int { added + withdrawn }
    }

    func change(of survey: String, since earlier: Release.SurveyCount) -> Change {
        let now = records[survey] ?? []
        guard let before = earlier.records.map(Set.init) else {
            let difference = now.count - earlier.responses
            return Change(added: max(difference, 0), withdrawn: max(-difference, 0), exact: false)
        }
        return Change(added: now.subtracting(before).count, withdrawn: before.subtracting(now).count, exact: true)
    }

    /// Refuses a release that rules 1 or 3 forbid, saying which earlier release and what to do.
    public func check() throws(ReleaseRefusal) {
        for release in ledger.releases {
            for earlier in release.surveys {
                guard let now = records[earlier.survey] else { continue }
                let change = change(of: earlier.survey, since: earlier)
                let overlaps = earlier.records.map { !now.isDisjoint(with: $0) } ?? true
                switch (kind, release.kind) {
                case (.report, .report):
                    if change.total > 0 && change.total < k {
                        throw .tooFewChanged(survey: earlier.survey, release: release.number, day: release.day, changed: change.total, k: k)
                    }
                case (.report, .microdata), (.microdata, .report):
                    if overlaps {
                        throw .tablesAndMicrodata(survey: earlier.survey, release: release.number, day: release.day, earlierKind: release.kind)
                    }
                case (.microdata, .microdata):
                    if overlaps && !(change.exact && change.total == 0) {
                        throw .secondMicrodata(survey: earlier.survey, release: release.number, day: release.day)
                    }
                }
            }
        }
    }

    /// Rule 2: per number of `model`, the values earlier table releases leave it.
    func bounds(for model: ReleaseModel, survey: String) -> [Int: ClosedRange<Int>] {
        var bounds: [Int: ClosedRange<Int>] = [:]
        for release in ledger.releases where release.kind == .report {
            guard let earlier = release.surveys.first(where: { $0.survey == survey }) else { continue }
            let change = change(of: survey, since: earlier)
            // Without the earlier responses the change is not known, and a bound from a guess could
            // exclude the truth; rule 1 and the ledger's moved-number rule still apply.
            guard change.exact else { continue }
            let rounding = release.rounding.map(PublishedRounding.init)
            for (index, number) in model.numbers.enumerated() {
                guard let published = release.numbers[number.key] else { continue }
                let was = rounding.map { published > 0 ? $0.values(roundingTo: published) : 0...0 } ?? published...published
                let range = max(was.lowerBound - change.withdrawn, 0)...(was.upperBound + change.added)
                if let known = bounds[index] {
                    let low = max(known.lowerBound, range.lowerBound), high = min(known.upperBound, range.upperBound)
                    bounds[index] = low...max(low, high)
                } else {
                    bounds[index] = range
                }
            }
        }
        return bounds
    }
}

/// Why a release was refused: nothing was written or recorded.
public enum ReleaseRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    case tooFewChanged(survey: String, release: Int, day: String, changed: Int, k: Int)
    case tablesAndMicrodata(survey: String, release: Int, day: String, earlierKind: Release.Kind)
    case secondMicrodata(survey: String, release: Int, day: String)
    case unprotectable(survey: String)

    public var description: String {
        switch self {
        case .tooFewChanged(let survey, let release, let day, let changed, let k):
            let people = changed == 1 ? "1 response" : "\(changed) responses"
            return """
                Refused: release \(release) (\(day)) already published '\(survey)', and this one would differ from it by only \(people) \
                (added or withdrawn). Anyone who compares the two could learn \(changed == 1 ? "that person's" : "those people's") answers. \
                Nothing was written. Wait until at least \(k) responses have been added or withdrawn since release \(release), \
                or leave release \(release) as it stands. (A withdrawal is honoured in the next release that is allowed.)
                """
        case .tablesAndMicrodata(let survey, let release, let day, let earlierKind):
            let earlier = earlierKind == .microdata ? "record-level microdata" : "tables"
            return """
                Refused: release \(release) (\(day)) already published \(earlier) of '\(survey)' from some of the same responses. \
                Tables and microdata of the same people, put together, place records back into groups smaller than k. \
                Nothing was written. Publish one or the other for a round, never both.
                """
        case .secondMicrodata(let survey, let release, let day):
            return """
                Refused: release \(release) (\(day)) already published microdata of '\(survey)' from some of the same responses, \
                and this release's responses are not exactly the same. Two generalisations of overlapping records can be \
                joined into smaller groups. Nothing was written.
                """
        case .unprotectable(let survey):
            return """
                Refused: the numbers of '\(survey)' could not be protected (the audit found hidden numbers it cannot make wide \
                enough, for example because an earlier release pins them). Nothing was written. Report this as a bug with \
                the output of `chorus-analyst releases`.
                """
        }
    }
}
