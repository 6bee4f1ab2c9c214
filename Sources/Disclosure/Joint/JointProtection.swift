/// Protects a survey's release as one system (`ReleaseModel`), against earlier releases too
/// (`ReleaseHistory`): the second half of disclosure control, after `DisclosureControl` has
/// protected each table on its own.
public struct JointProtection: Sendable {
    public let k: Int
    public let zerosPublished: Bool

    public init(control: DisclosureControl) {
        k = control.k
        zerosPublished = !control.suppressZeros
    }

    /// What the joint audit did, for the analyst's screen and the internal report.
    public struct Summary: Sendable, Equatable {
        /// Numbers hidden because of links between tables or with earlier releases.
        public var hiddenHere = 0
        public var numbers = 0
        public var linearPrograms = 0
        /// The largest part the system split into (hidden numbers that constrain each other).
        public var largestPart = 0
        /// Breakdowns left out because they could not be made safe by hiding their own numbers.
        public var leftOut: [BreakdownName] = []

        public init() {}

        public mutating func add(_ other: Summary) {
            hiddenHere += other.hiddenHere
            numbers += other.numbers
            linearPrograms += other.linearPrograms
            largestPart = max(largestPart, other.largestPart)
            leftOut += other.leftOut
        }

    }

    /// At most this many numbers of one breakdown are hidden to protect it jointly; a breakdown
    /// that needs more is left out (see `JointSuppression`).
    public static let hidingBudgetPerBreakdown = 12

    /// `release` with every number hidden that the joint audit needs hidden, and without the
    /// breakdowns it left out (`Summary.leftOut`); throws when it cannot be made safe.
    ///
    /// Everything but the breakdowns is protected together first; then each breakdown joins in
    /// turn, hiding only its own numbers (`JointSuppression.admit`).
    public func protect(_ release: SurveyRelease, history: ReleaseHistory? = nil) throws(ReleaseRefusal) -> (SurveyRelease, Summary) {
        let model = ReleaseModel(release, k: k)
        let bounds = history?.bounds(for: model, survey: release.survey.id) ?? [:]
        let audit = JointAudit(model: model, k: k, zerosPublished: zerosPublished, bounds: bounds)
        var suppression = JointSuppression(audit: audit)
        let breakdowns = release.tables.indices.filter { release.tables[$0].isTwoWay }
        let inBreakdowns = Set(breakdowns.flatMap { model.numbers(ofTable: $0) })
        guard suppression.admit(model.numbers.indices.filter { !inBreakdowns.contains($0) }, hidingOnly: nil, budget: nil) else {
            throw .unprotectable(survey: release.survey.id)
        }
        var leftOut: Set<Int> = []
        for table in breakdowns {
            let numbers = Array(model.numbers(ofTable: table))
            if !suppression.admit(numbers, hidingOnly: Set(numbers), budget: Self.hidingBudgetPerBreakdown) { leftOut.insert(table) }
        }
        var result = release
        var byTable: [Int: [TableEntry]] = [:]
        for index in suppression.added {
            switch model.numbers[index].place {
            case .table(let table, let entry): byTable[table, default: []].append(entry)
            case .asked(let question): result.publishedAsked[question] = .suppressed(.secondary)
            case .respondents: result.publishedRespondents = .suppressed(.secondary)
            }
        }
        for (table, entries) in byTable { result.protected[table] = result.protected[table].hiding(entries, .secondary) }
        var summary = Summary()
        summary.hiddenHere = suppression.added.count
        summary.numbers = model.numbers.count
        summary.linearPrograms = suppression.programsSolved
        summary.largestPart = suppression.largestComponent
        summary.leftOut = leftOut.sorted().map { BreakdownName(question: release.tables[$0].question, byQuestion: release.tables[$0].byQuestion ?? "") }
        return (result.leavingOut(leftOut), summary)
    }

    /// The facts of the release's model that its true counts break: none, or the model would tell
    /// the audit something false. For tests.
    public func factsBrokenByTheTruth(_ release: SurveyRelease) -> Int {
        let model = ReleaseModel(release, k: k)
        let values = model.values
        return model.relations.filter { !$0.holds(for: values) }.count
    }

    /// How narrowly an attacker can pin each hidden number of `release` taken as a whole: the
    /// width per hidden number's key, and per small difference (keys joined by " − "). nil marks
    /// a solver failure. For tests and the internal report.
    public func widths(of release: SurveyRelease, history: ReleaseHistory? = nil) -> [String: Int?] {
        let model = ReleaseModel(release, k: k)
        let audit = JointAudit(model: model, k: k, zerosPublished: zerosPublished, bounds: history?.bounds(for: model, survey: release.survey.id) ?? [:])
        let hidden = model.numbers.map(\.hidden)
        let labels = audit.components(hidden: hidden)
        var result: [String: Int?] = [:]
        for quantity in audit.quantities(hidden: hidden) {
            let label = quantity.terms.lazy.compactMap { labels[$0.index] }.first
            let members = label.map { label in labels.filter { $0.value == label }.map(\.key).sorted() } ?? []
            let name = quantity.terms.map { ($0.coefficient < 0 ? "−" : "") + model.numbers[$0.index].key }.joined(separator: " ")
            var pool: [[Int]] = []
            let width = audit.widths(of: [quantity], members: members, hidden: hidden, witnesses: &pool).first ?? nil
            result[name] = width.map { $0.value }
        }
        return result
    }
}
