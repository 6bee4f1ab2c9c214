import SurveyKit

/// A survey's counts after disclosure control: what a report may publish of one survey, and what
/// the protection did to get there.
public struct ProtectedSurvey: Sendable {
    public let survey: Survey
    /// Responses counted (the internal report shows it; a public one shows `respondents`).
    public let responses: Int
    /// The same number, protected for publication.
    public let respondents: ProtectedCount
    /// The tables to publish, in the tally's order (theme tables after the survey's own).
    public let tables: [ProtectedTable]
    /// Per table question: how many were asked it after skip logic, protected.
    public let asked: [String: ProtectedCount]
    /// Breakdowns not published, and why.
    public let leftOutBreakdowns: [LeftOutBreakdown]
    /// Questions whose adjacent answers were merged (`CategoryMerging`).
    public let mergedQuestions: [String]
    /// Breakdowns whose small groups were merged (`GroupMerging`).
    public let mergedBreakdowns: [BreakdownName]
    /// Numbers held back because they moved by 1 to k−1 since an earlier release.
    public let held: Int
    /// What the joint audit did.
    public let joint: JointProtection.Summary
    /// The release as the joint audit saw it (the attack tests read it).
    public let release: SurveyRelease

    /// A breakdown (a question by an identifying question) that is not published.
    public struct LeftOutBreakdown: Sendable, Equatable {
        public let question: String
        public let byQuestion: String
        public let reason: BreakdownChoice.Reason

        public init(question: String, byQuestion: String, reason: BreakdownChoice.Reason) {
            self.question = question
            self.byQuestion = byQuestion
            self.reason = reason
        }
    }
}

/// Disclosure control of one survey's tally, from merging to the joint audit.
public enum SurveyProtection {
    /// Protects `tally` and the theme tables of a coding sheet, holding back every number that
    /// moved by 1 to k−1 since a release in `ledger`.
    ///
    /// In order: small adjacent answers and small groups are merged; breakdowns with too few people
    /// in each group are left out; each table is protected on its own (`DisclosureControl`), one-way
    /// tables first, since a two-way table's margins repeat their counts; then the whole release as
    /// one system (`JointProtection`: the tables' links, skip logic, and what `history`'s earlier
    /// releases published). `jointAudit: false` skips that last step; only the attack tests do, to
    /// show the attack succeeds without it.
    ///
    /// `themeSources` maps a theme table's question (`question#themes`) to the text question it
    /// counts; a theme table absent from it (the all-answers table) was asked of nobody in particular.
    public static func protect(
        _ tally: Tally, themeTables: [CrossTable] = [], themeSources: [String: String] = [:], with control: DisclosureControl,
        ledger: ReleaseLedger, history: ReleaseHistory? = nil, jointAudit: Bool = true
    ) throws(ReleaseRefusal) -> ProtectedSurvey {
        let rounding = control.rounding.map(PublishedRounding.init)
        let themeQuestions = Set(themeTables.map(\.question))
        var held = 0
        var leftOut: [ProtectedSurvey.LeftOutBreakdown] = []
        var merged: [String] = []
        var all = tally.tables + themeTables
        for question in tally.survey.questions {
            guard let oneWay = all.first(where: { $0.question == question.id && !$0.isTwoWay }),
                  let groups = CategoryMerging.groups(for: question, oneWay: oneWay, k: control.k) else { continue }
            merged.append(question.id)
            all = all.map { $0.question == question.id ? CategoryMerging.merge($0, into: groups) : $0 }
        }
        var mergedGroups: [BreakdownName] = []
        all = all.map { table in
            guard let by = table.byQuestion, let question = tally.survey.question(by),
                  let groups = GroupMerging.groups(for: table, by: question, k: control.k) else { return table }
            mergedGroups.append(.init(question: table.question, byQuestion: by))
            return GroupMerging.merge(table, into: groups)
        }
        let raw = all.filter { table in
            guard let reason = BreakdownChoice.reasonToLeaveOut(table, k: control.k), let by = table.byQuestion else { return true }
            leftOut.append(.init(question: table.question, byQuestion: by, reason: reason))
            return false
        }
        // One-way tables first: a two-way table's margins repeat their counts, so a number hidden
        // there is hidden in the margins too, or the two-way table would publish it.
        var oneWay: [String: ProtectedTable] = [:]
        func protect(_ table: CrossTable) -> ProtectedTable {
            let moved = ledger.movedEntries(of: table, k: control.k, rounding: rounding)
            held += moved.count
            var hide = Dictionary(uniqueKeysWithValues: moved.map { ($0, SuppressionReason.differencing) })
            if let by = table.byQuestion {
                for row in table.rowOptions.indices where oneWay[table.question]?.cells[row][0].isSuppressed == true {
                    if hide[.rowTotal(row: row)] == nil { hide[.rowTotal(row: row)] = .linked }
                }
                for (column, option) in table.columnOptions.enumerated() {
                    guard let groups = oneWay[by], let index = groups.rowOptions.firstIndex(of: option), groups.cells[index][0].isSuppressed else { continue }
                    if hide[.columnBase(column: column)] == nil { hide[.columnBase(column: column)] = .linked }
                }
            }
            return control.protect(table, alsoHide: hide)
        }
        for table in raw where !table.isTwoWay { oneWay[table.question] = protect(table) }
        let tables = raw.map { table in table.isTwoWay ? protect(table) : oneWay[table.question] ?? protect(table) }
        func heldBack(_ count: ProtectedCount, key: String) -> ProtectedCount {
            guard let value = count.count, ledger.release(whereMoved: key, to: value, k: control.k) != nil else { return count }
            held += 1
            return ProtectedCount.held
        }
        var asked: [String: ProtectedCount] = [:]
        var askedTrue: [String: Int] = [:]
        for (raw, table) in zip(raw, tables) where !table.isTwoWay {
            // A theme table is asked of those shown its text question; the all-answers table of nobody in particular.
            let source = themeQuestions.contains(table.question) ? themeSources[table.question] : table.question
            let shown = source.flatMap { tally.asked[$0] } ?? raw.base
            askedTrue[table.question] = shown
            let count = control.protect(asked: shown, answered: raw.base, answeredShown: !table.base.isSuppressed)
            asked[table.question] = heldBack(count, key: ReleasedNumberKey.asked(survey: tally.survey.id, question: table.question))
        }
        let respondents = heldBack(control.protect(count: tally.responses), key: ReleasedNumberKey.respondents(survey: tally.survey.id))
        var release = SurveyRelease(
            survey: tally.survey, tables: raw, protected: tables, asked: askedTrue, publishedAsked: asked,
            respondents: tally.responses, publishedRespondents: respondents, askedSource: themeSources)
        var summary = JointProtection.Summary()
        if jointAudit {
            (release, summary) = try JointProtection(control: control).protect(release, history: history)
            leftOut += summary.leftOut.map { .init(question: $0.question, byQuestion: $0.byQuestion, reason: .linked) }
        }
        // Publishing less only widens what can be worked out, so a breakdown that protection left
        // mostly hidden is dropped after the audit.
        let published = release.protected.filter { table in
            guard let reason = BreakdownChoice.reasonToLeaveOut(table), let by = table.byQuestion else { return true }
            leftOut.append(.init(question: table.question, byQuestion: by, reason: reason))
            return false
        }
        return ProtectedSurvey(
            survey: tally.survey, responses: tally.responses, respondents: release.publishedRespondents, tables: published,
            asked: release.publishedAsked, leftOutBreakdowns: leftOut, mergedQuestions: merged, mergedBreakdowns: mergedGroups,
            held: held, joint: summary, release: release)
    }
}
