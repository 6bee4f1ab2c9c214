import SurveyKit

/// A survey's release as one system of numbers: every number it publishes or hides, and every
/// fact an attacker knows that ties them together, within a table and across tables.
///
/// The facts, beyond "a count is a whole number, at least zero":
/// - each table's own structure (`TableShape.relations`);
/// - a breakdown of question Q by group question G repeats, up to those who skipped G, Q's own
///   counts, and up to those who skipped Q, G's own counts: a row total is at most Q's count of
///   that option, and the difference is at most (answered Q) − (answered both); a group's base
///   likewise against G's count; and (answered Q) + (answered G) − (answered both) ≤ respondents;
/// - answered ≤ asked ≤ respondents; a question without skip logic is asked of every respondent;
///   one shown only when `${p} = 'x'` (or `selected(${p}, 'x')`) is asked of exactly as many as
///   chose x, which p's own table counts.
/// Two breakdowns of one question share its one-way counts through these facts, so they are
/// audited together, as are a question and the one its skip logic follows. Beside the numbers, the
/// sums the report prints for a scale's breakdown ("each group against everyone else") must stay
/// as uncertain as a hidden number whenever they are "not shown" (`derivedQuantities`).
struct ReleaseModel: Sendable {
    struct Number: Sendable {
        let key: String
        let value: Int
        /// Where it sits: a table's entry, an "asked", or the respondents.
        let place: Place
        /// Hidden numbers that are not zero are known by an attacker to be at least 1 when zeros are published.
        var hidden: Bool
    }

    enum Place: Sendable, Equatable {
        case table(Int, TableEntry)
        case asked(String)
        case respondents

        /// The order in which numbers are hidden to protect others: cells first, whole-question
        /// numbers last (hiding a margin hides it from every table that repeats it).
        var hidingCost: Int {
            switch self {
            case .table(_, .cell): 0
            case .table(_, .rowTotal), .table(_, .columnBase): 1
            case .table(_, .base): 2
            case .asked: 3
            case .respondents: 4
            }
        }
    }

    /// `Σ coefficient × number (=, ≥, ≤) constant`.
    struct Relation: Sendable {
        let terms: [TableRelation.Term]
        let kind: TableRelation.Kind
        let constant: Int

        func holds(for values: [Int]) -> Bool {
            let sum = terms.reduce(0) { $0 + $1.coefficient * values[$1.index] }
            switch kind {
            case .equal: return sum == constant
            case .atLeast: return sum >= constant
            case .atMost: return sum <= constant
            }
        }
    }

    /// A sum of numbers that must stay uncertain (a hidden number, or a small difference of two).
    struct Quantity: Sendable, Hashable {
        let terms: [TableRelation.Term]
        func value(in values: [Int]) -> Int { terms.reduce(0) { $0 + $1.coefficient * values[$1.index] } }
    }

    private(set) var numbers: [Number] = []
    private(set) var relations: [Relation] = []
    /// Differences that count a few people and are not numbers of their own: those who did not tick
    /// a multiple-choice option (base − count), which is an answer too. (Those who left a question
    /// blank gave no answer; see `DisclosureControl.protect(asked:answered:answeredShown:)`.)
    private(set) var smallDifferences: [Quantity] = []
    /// Sums the report prints beside a breakdown of a scale ("each group against everyone else":
    /// the group's agreeing count, everyone else's, and everyone else's base). Each is "not shown"
    /// while any of its numbers is hidden, so it must then be as uncertain as a hidden number.
    private(set) var derivedQuantities: [Quantity] = []
    /// Every audited sum of more than one number: they tie the parts of the system like facts do.
    var sums: [Quantity] { smallDifferences + derivedQuantities }
    /// The index of each table entry: `tableStart[t] + TableShape index`.
    private(set) var tableStart: [Int] = []
    private(set) var tableEnd: [Int] = []
    private(set) var askedIndex: [String: Int] = [:]
    private(set) var respondentsIndex = 0

    var values: [Int] { numbers.map(\.value) }

    /// The release with only the numbers `included` published or hidden; the others are not
    /// published at all and take part in no fact. (Dropping a fact that holds an unpublished
    /// number loses nothing an attacker could use: the facts tie a table to its margins, and a
    /// table can always be filled in to fit margins that come from one set of responses.)
    func restricted(to included: [Bool]) -> ReleaseModel {
        var copy = self
        for index in copy.numbers.indices where !included[index] { copy.numbers[index].hidden = false }
        copy.relations = relations.filter { $0.terms.allSatisfy { included[$0.index] } }
        copy.smallDifferences = smallDifferences.filter { $0.terms.allSatisfy { included[$0.index] } }
        copy.derivedQuantities = derivedQuantities.filter { $0.terms.allSatisfy { included[$0.index] } }
        return copy
    }

    /// The numbers of the release's `table`.
    func numbers(ofTable table: Int) -> Range<Int> { tableStart[table]..<tableEnd[table] }

    init(_ release: SurveyRelease, k: Int) {
        respondentsIndex = add(Number(
            key: ReleasedNumberKey.respondents(survey: release.survey.id), value: release.respondents, place: .respondents,
            hidden: release.publishedRespondents.isSuppressed))
        var oneWay: [String: Int] = [:]
        for (position, (table, protected)) in zip(release.tables, release.protected).enumerated() {
            tableStart.append(numbers.count)
            let shape = TableShape(table)
            let values = shape.values(of: table)
            for index in shape.indices {
                let entry = shape.entry(at: index)
                add(Number(key: table.releaseKey(of: entry), value: values[index], place: .table(position, entry), hidden: protected.count(of: entry).isSuppressed))
            }
            tableEnd.append(numbers.count)
            for relation in shape.relations {
                relations.append(Relation(terms: relation.terms.map { .init(index: tableStart[position] + $0.index, coefficient: $0.coefficient) }, kind: relation.kind, constant: 0))
            }
            if !table.isTwoWay { oneWay[table.question] = position }
            if !table.rowsAreAdditive { addComplements(of: position, shape: shape, values: values, k: k) }
        }
        for (question, position) in oneWay.sorted(by: { $0.key < $1.key }) {
            addAsked(question: question, table: position, release: release, oneWay: oneWay, k: k)
        }
        var twoWay: [String: Int] = [:]
        for (position, table) in release.tables.enumerated() {
            guard let by = table.byQuestion else { continue }
            twoWay[table.question + "\u{0}" + by] = position
            guard let whole = oneWay[table.question], let groups = oneWay[by] else { continue }
            linkBreakdown(position, of: whole, by: groups, release: release)
        }
        for (position, table) in release.tables.enumerated() {
            guard let by = table.byQuestion else { continue }
            linkSkipLogicWithinGroups(position, release: release, oneWay: oneWay, twoWay: twoWay, by: by)
            if release.survey.question(table.question)?.type == .scale { addComparisons(of: position, release: release) }
        }
    }

    @discardableResult
    private mutating func add(_ number: Number) -> Int {
        numbers.append(number)
        return numbers.count - 1
    }

    private func index(_ table: Int, _ entry: TableEntry, _ release: SurveyRelease) -> Int {
        tableStart[table] + TableShape(release.tables[table]).index(of: entry)!
    }

    private mutating func require(_ terms: [(Int, Int)], _ kind: TableRelation.Kind, _ constant: Int = 0) {
        relations.append(Relation(terms: terms.map { .init(index: $0.0, coefficient: $0.1) }, kind: kind, constant: constant))
    }

    /// Multiple choice: those who did not tick an option (base − count) are people too.
    private mutating func addComplements(of table: Int, shape: TableShape, values: [Int], k: Int) {
        let start = tableStart[table]
        var pairs: [(Int, Int)] = []
        for row in 0..<shape.rows {
            for column in 0..<shape.columns { pairs.append((shape.cell(row, column), shape.columnBase(column))) }
            if shape.isTwoWay { pairs.append((shape.rowTotal(row), shape.base)) }
        }
        for (count, base) in pairs {
            let difference = values[base] - values[count]
            guard difference > 0, difference < k else { continue }
            smallDifferences.append(Quantity(terms: [.init(index: start + base, coefficient: 1), .init(index: start + count, coefficient: -1)]))
        }
    }

    private mutating func addAsked(question: String, table: Int, release: SurveyRelease, oneWay: [String: Int], k: Int) {
        guard let asked = release.asked[question] else { return }
        let published = release.publishedAsked[question]
        let index = add(Number(
            key: ReleasedNumberKey.asked(survey: release.survey.id, question: question), value: asked, place: .asked(question),
            hidden: published?.isSuppressed ?? true))
        askedIndex[question] = index
        let answered = tableStart[table] + TableShape(release.tables[table]).base
        require([(answered, 1), (index, -1)], .atMost)
        require([(index, 1), (respondentsIndex, -1)], .atMost)
        // Who is asked follows the survey question's skip logic (a theme table: its text question's).
        let source = release.survey.question(question) != nil ? question : release.askedSource[question]
        guard let source, let shown = release.survey.question(source) else { return }
        guard let condition = shown.relevant else {
            require([(index, 1), (respondentsIndex, -1)], .equal)
            return
        }
        guard let (parent, option) = condition.singleChoiceCondition, let parentTable = oneWay[parent],
              let row = release.tables[parentTable].rowOptions.firstIndex(where: { CategoryMerging.options(of: $0).contains(option) })
        else { return }
        // A merged row counts those who chose x and its neighbours: at least as many as were asked.
        let merged = release.tables[parentTable].rowOptions[row] != option
        require([(index, 1), (self.index(parentTable, .cell(row: row, column: 0), release), -1)], merged ? .atMost : .equal)
    }

    /// The sums of a scale's "each group against everyone else" table (`Findings.ComparisonView`).
    private mutating func addComparisons(of table: Int, release: SurveyRelease) {
        let breakdown = release.tables[table]
        guard let agreeing = AgreeingRows.of(breakdown.rowOptions) else { return }
        let base = index(table, .base, release)
        for column in breakdown.columnOptions.indices {
            let group = agreeing.map { TableRelation.Term(index: index(table, .cell(row: $0, column: column), release), coefficient: 1) }
            let totals = agreeing.map { TableRelation.Term(index: index(table, .rowTotal(row: $0), release), coefficient: 1) }
            let columnBase = TableRelation.Term(index: index(table, .columnBase(column: column), release), coefficient: -1)
            for terms in [group, totals + group.map { .init(index: $0.index, coefficient: -1) }, [.init(index: base, coefficient: 1), columnBase]]
            where terms.count >= 2 {
                derivedQuantities.append(Quantity(terms: terms))
            }
        }
    }

    /// Skip logic holds within every group too: in group g, those who answered a question shown only
    /// when `${p} = 'x'` are among those in g who chose x, which p's own breakdown by the same group
    /// counts; and those in g who chose x but did not answer are among all who chose x but did not.
    private mutating func linkSkipLogicWithinGroups(_ table: Int, release: SurveyRelease, oneWay: [String: Int], twoWay: [String: Int], by: String) {
        let follow = release.tables[table]
        let source = release.survey.question(follow.question) != nil ? follow.question : release.askedSource[follow.question]
        guard let source, let condition = release.survey.question(source)?.relevant?.singleChoiceCondition,
              let parent = twoWay[condition.question + "\u{0}" + by],
              let row = release.tables[parent].rowOptions.firstIndex(where: { CategoryMerging.options(of: $0).contains(condition.option) })
        else { return }
        let merged = release.tables[parent].rowOptions[row] != condition.option
        let parentColumns = release.tables[parent].columnOptions
        for (column, option) in follow.columnOptions.enumerated() {
            guard let cover = Self.cover(option, by: parentColumns) else { continue }
            let answered = index(table, .columnBase(column: column), release)
            let chose = cover.indices.map { (index(parent, .cell(row: row, column: $0), release), -1) }
            require([(answered, 1)] + chose, .atMost)
            guard cover.exact, !merged, let asked = askedIndex[follow.question], let whole = oneWay[follow.question] else { continue }
            // chose − answered ≤ asked − answered(overall): both count people who chose x and skipped.
            require(chose.map { ($0.0, 1) } + [(answered, -1), (asked, -1), (index(whole, .base, release), 1)], .atMost)
        }
        require([(index(table, .base, release), 1), (index(parent, .rowTotal(row: row), release), -1)], .atMost)
    }

    /// The facts tying a breakdown of Q by G to Q's and G's own tables (see the type's comment).
    private mutating func linkBreakdown(_ table: Int, of whole: Int, by groups: Int, release: SurveyRelease) {
        let breakdown = release.tables[table]
        let bothAnswered = index(table, .base, release)
        let answeredQ = index(whole, .base, release)
        let answeredG = index(groups, .base, release)
        require([(bothAnswered, 1), (answeredQ, -1)], .atMost)
        require([(bothAnswered, 1), (answeredG, -1)], .atMost)
        require([(answeredQ, 1), (answeredG, 1), (bothAnswered, -1), (respondentsIndex, -1)], .atMost)
        for row in breakdown.rowOptions.indices {
            let total = index(table, .rowTotal(row: row), release)
            let count = index(whole, .cell(row: row, column: 0), release)
            require([(total, 1), (count, -1)], .atMost)
            require([(count, 1), (total, -1), (answeredQ, -1), (bothAnswered, 1)], .atMost)
        }
        let groupOptions = release.tables[groups].rowOptions
        for (column, option) in breakdown.columnOptions.enumerated() {
            guard let cover = Self.cover(option, by: groupOptions) else { continue }
            let base = index(table, .columnBase(column: column), release)
            let counts = cover.indices.map { (index(groups, .cell(row: $0, column: 0), release), -1) }
            require([(base, 1)] + counts, .atMost)
            guard cover.exact else { continue }
            require(counts.map { ($0.0, 1) } + [(base, -1), (answeredG, -1), (bothAnswered, 1)], .atMost)
        }
    }

    /// The entries of `entries` (ids, `+`-joined when merged) that share an option with `id`, when
    /// together they hold all of its options: a count under `id` is at most their sum, and equal
    /// to it but for those left out of one table when `exact` (they hold no other option).
    static func cover(_ id: String, by entries: [String]) -> (indices: [Int], exact: Bool)? {
        let wanted = Set(CategoryMerging.options(of: id))
        var covered: Set<String> = []
        var indices: [Int] = []
        for (position, entry) in entries.enumerated() {
            let options = Set(CategoryMerging.options(of: entry))
            guard !options.isDisjoint(with: wanted) else { continue }
            indices.append(position)
            covered.formUnion(options)
        }
        guard !indices.isEmpty, covered.isSuperset(of: wanted) else { return nil }
        return (indices, covered == wanted)
    }
}

extension RelevanceExpression {
    /// `(p, x)` when the condition is exactly `${p} = 'x'` or `selected(${p}, 'x')`: then the
    /// question is shown to exactly those counted in p's table under x.
    var singleChoiceCondition: (question: String, option: String)? {
        switch self {
        case .comparison(.reference(let question), .equal, .string(let option)),
             .comparison(.string(let option), .equal, .reference(let question)):
            return (question, option)
        case .selected(let question, let option):
            return (question, option)
        default:
            return nil
        }
    }
}
