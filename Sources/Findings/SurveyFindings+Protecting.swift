import Disclosure

extension SurveyFindings {
    /// A survey's counts after disclosure control: every table, the respondents, and how many were
    /// asked each question beside how many answered it.
    public init(protecting tally: Tally, with control: DisclosureControl) throws(ReleaseRefusal) {
        self = try Self.protecting(tally, with: control, ledger: ReleaseLedger()).findings
    }

    /// The same, also holding back every number that moved by 1 to k−1 since a release in
    /// `ledger` (`held` counts them), with the theme tables of a coding sheet protected like the rest.
    ///
    /// Two steps: each table on its own (`DisclosureControl`), then the whole release as one system
    /// (`JointProtection`: the tables' links, skip logic, and what `history`'s earlier releases
    /// published). `jointAudit: false` skips the second step; only the attack tests do that, to
    /// show the attack succeeds without it.
    public static func protecting(
        _ tally: Tally, themeTables: [CrossTable] = [], themes: ThemeWording = .none, with control: DisclosureControl, ledger: ReleaseLedger,
        history: ReleaseHistory? = nil, jointAudit: Bool = true
    ) throws(ReleaseRefusal) -> (findings: SurveyFindings, held: Int, joint: JointProtection.Summary, release: SurveyRelease) {
        let rounding = control.rounding.map(PublishedRounding.init)
        var held = 0
        var leftOut: [SurveyFindings.LeftOutBreakdown] = []
        var merged: [String] = []
        var all = tally.tables + themeTables
        for question in tally.survey.questions {
            guard let oneWay = all.first(where: { $0.question == question.id && !$0.isTwoWay }),
                  let groups = CategoryMerging.groups(for: question, oneWay: oneWay, k: control.k) else { continue }
            merged.append(question.id)
            all = all.map { $0.question == question.id ? CategoryMerging.merge($0, into: groups) : $0 }
        }
        var mergedGroups: [SurveyFindings.Breakdown] = []
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
            let source = themes.titles[table.question] == nil ? table.question : themes.sources[table.question]
            let shown = source.flatMap { tally.asked[$0] } ?? raw.base
            askedTrue[table.question] = shown
            let count = control.protect(asked: shown, answered: raw.base, answeredShown: !table.base.isSuppressed)
            asked[table.question] = heldBack(count, key: ReleasedNumberKey.asked(survey: tally.survey.id, question: table.question))
        }
        let respondents = heldBack(control.protect(count: tally.responses), key: ReleasedNumberKey.respondents(survey: tally.survey.id))
        var release = SurveyRelease(
            survey: tally.survey, tables: raw, protected: tables, asked: askedTrue, publishedAsked: asked,
            respondents: tally.responses, publishedRespondents: respondents, askedSource: themes.sources)
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
        let findings = SurveyFindings(
            survey: tally.survey, responses: tally.responses, respondents: release.publishedRespondents,
            tables: published, asked: release.publishedAsked, themes: themes, leftOutBreakdowns: leftOut, mergedQuestions: merged,
            mergedBreakdowns: mergedGroups)
        return (findings, held, summary, release)
    }

    /// Every number this survey publishes, by `ReleasedNumberKey`, for the ledger.
    var publishedNumbers: [String: Int] {
        var numbers: [String: Int] = [:]
        for table in tables {
            for entry in table.entries {
                if let count = table.count(of: entry).count { numbers[table.releaseKey(of: entry)] = count }
            }
        }
        for (question, count) in asked {
            if let value = count.count { numbers[ReleasedNumberKey.asked(survey: survey.id, question: question)] = value }
        }
        if let value = respondents.count { numbers[ReleasedNumberKey.respondents(survey: survey.id)] = value }
        return numbers
    }
}

extension ReportInput {
    /// Every number the report publishes, by `ReleasedNumberKey`, for the release ledger.
    public var publishedNumbers: [String: Int] {
        surveys.reduce(into: [:]) { numbers, survey in numbers.merge(survey.publishedNumbers) { first, _ in first } }
    }
}
