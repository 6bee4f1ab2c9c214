import Disclosure
import Testing

/// Releases over time: what an earlier release forbids or bounds in the next one.
@Suite("release history")
struct ReleaseHistoryTests {
    static let five = ["r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10"]

    static func ledger(_ kind: Release.Kind, records: [String]?, responses: Int? = nil) -> ReleaseLedger {
        var ledger = ReleaseLedger()
        ledger.record(
            kind: kind, day: "2026-11-01", k: 5, rounding: nil,
            surveys: [.init(survey: "s", version: 1, responses: responses ?? records?.count ?? 0, records: records)],
            output: "first", numbers: ["s/_respondents": responses ?? records?.count ?? 0])
        return ledger
    }

    static func check(_ ledger: ReleaseLedger, _ kind: Release.Kind, _ records: [String], k: Int = 5) -> ReleaseRefusal? {
        do {
            try ReleaseHistory(ledger: ledger, kind: kind, records: ["s": Set(records)], k: k).check()
            return nil
        } catch {
            return error
        }
    }

    @Test("a table release that differs from an earlier one by 1 to k − 1 people is refused", arguments: [1, 2, 4])
    func tooFewChanged(added: Int) {
        let earlier = Self.ledger(.report, records: Self.five)
        let refusal = Self.check(earlier, .report, Self.five + (0..<added).map { "new\($0)" })
        #expect(refusal == .tooFewChanged(survey: "s", release: 1, day: "2026-11-01", changed: added, k: 5))
        #expect(refusal?.description.contains("Wait until at least 5 responses") == true)
    }

    @Test("withdrawals count as changes: one withdrawn is refused, one withdrawn and one added is two")
    func withdrawalsCount() {
        let earlier = Self.ledger(.report, records: Self.five)
        #expect(Self.check(earlier, .report, Array(Self.five.dropFirst())) != nil)
        // Same total as before, two people changed: the totals alone would not show it.
        let swapped = Array(Self.five.dropFirst()) + ["new"]
        #expect(Self.check(earlier, .report, swapped) == .tooFewChanged(survey: "s", release: 1, day: "2026-11-01", changed: 2, k: 5))
    }

    @Test("no change, or k or more changes, is allowed")
    func enoughChanged() {
        let earlier = Self.ledger(.report, records: Self.five)
        #expect(Self.check(earlier, .report, Self.five) == nil)
        #expect(Self.check(earlier, .report, Self.five + ["a", "b", "c", "d", "e"]) == nil)
        #expect(Self.check(earlier, .report, Array(Self.five.prefix(5))) == nil)
    }

    @Test("an earlier release without its responses is checked by its total")
    func legacyLedger() {
        let earlier = Self.ledger(.report, records: nil, responses: 10)
        #expect(Self.check(earlier, .report, Self.five + ["new"]) != nil)
        #expect(Self.check(earlier, .report, Self.five) == nil)
    }

    @Test("tables and microdata of the same responses are never both released, either way round")
    func tablesAndMicrodata() {
        #expect(Self.check(Self.ledger(.microdata, records: Self.five), .report, Self.five)
            == .tablesAndMicrodata(survey: "s", release: 1, day: "2026-11-01", earlierKind: .microdata))
        #expect(Self.check(Self.ledger(.report, records: Self.five), .microdata, Self.five)
            == .tablesAndMicrodata(survey: "s", release: 1, day: "2026-11-01", earlierKind: .report))
        // A new round (no response in common) may be released either way.
        #expect(Self.check(Self.ledger(.report, records: Self.five), .microdata, ["other1", "other2"]) == nil)
    }

    @Test("a second microdata release of overlapping responses is allowed only of exactly the same ones")
    func secondMicrodata() {
        let earlier = Self.ledger(.microdata, records: Self.five)
        #expect(Self.check(earlier, .microdata, Self.five) == nil)
        #expect(Self.check(earlier, .microdata, Self.five + ["a", "b", "c", "d", "e", "f"]) == .secondMicrodata(survey: "s", release: 1, day: "2026-11-01"))
    }

    @Test("releases of other surveys do not count")
    func otherSurveys() throws {
        let earlier = Self.ledger(.report, records: Self.five)
        try ReleaseHistory(ledger: earlier, kind: .report, records: ["t": Set(Self.five + ["x"])], k: 5).check()
    }
}
