import Foundation
@testable import Disclosure
import SurveyKit
import TestSupport
import Testing

/// The issue's "done when": a linear-programming audit of every table finds no hidden number
/// pinned within a width of k − 1. For each hidden number the auditor gives two witness tables;
/// the test checks them with its own plain statement of the attacker's knowledge (`AttackerFacts`)
/// and measures the gap itself, so it does not rely on the auditor being right, only on the
/// witnesses being real.
@Suite struct IntervalPropertyTests {
    @Test(arguments: [3, 5, 10])
    func randomTablesOfEveryKindKeepEveryHiddenNumberWide(_ k: Int) throws {
        for suppressZeros in [false, true] {
            let control = try DisclosureControl(k: k, suppressZeros: suppressZeros)
            var generator = SplitMix64(seed: UInt64(10 * k + (suppressZeros ? 1 : 0)))
            for trial in 0..<40 {
                let kind = RandomTables.Kind.allCases[trial % 4]
                let table = RandomTables.make(kind, k: k, large: trial % 3 == 2, using: &generator)
                let protected = control.protect(table)
                Self.checkProtection(table, protected, control: control, context: "\(kind), k = \(k), suppressZeros \(suppressZeros), trial \(trial)")
                if trial % 6 == 0 { Self.checkNoSecondaryCouldBePublished(table, protected, control: control) }
            }
        }
    }

    /// A real survey: 500 random respondents to the survivors' consultation, following its skip
    /// logic, tallied into every table the report shows.
    @Test func theSurvivorsConsultationWithRandomAnswersIsProtected() throws {
        let survey = try #require(try SurveyLibrary.load(directory: Self.surveysFolder).survey("survivors-consultation"))
        var generator = SplitMix64(seed: 500)
        var tally = Tally(survey: survey)
        for _ in 0..<500 { tally.add(Self.randomAnswers(to: survey, using: &generator)) }
        let control = try DisclosureControl(k: 5)
        #expect(tally.tables.count > 20)
        var hiddenAnywhere = 0
        for table in tally.tables {
            let protected = control.protect(table)
            hiddenAnywhere += protected.loss.hidden
            Self.checkProtection(table, protected, control: control, context: "\(table.question) by \(table.byQuestion ?? "nothing")")
        }
        // Random answers spread over many groups leave small cells: the check above had work to do.
        #expect(hiddenAnywhere > 0)
    }

    static let surveysFolder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Surveys")

    /// Answers a random subset of the choice questions (skewed towards the first options, so
    /// some groups are small), then drops what skip logic hides.
    static func randomAnswers(to survey: Survey, using generator: inout SplitMix64) -> Answers {
        var answers = Answers()
        for question in survey.questions where question.type.isChoice {
            guard Double.random(in: 0..<1, using: &generator) < 0.85, !question.options.isEmpty else { continue }
            func skewedOption() -> Int {
                let u = Double.random(in: 0..<1, using: &generator)
                return min(question.options.count - 1, Int(Double(question.options.count) * u * u))
            }
            if question.type == .multipleChoice {
                let ticked = Set((0..<Int.random(in: 1...3, using: &generator)).map { _ in skewedOption() })
                answers[question.id] = .options(ticked.sorted().map { question.options[$0].id })
            } else {
                answers[question.id] = .option(question.options[skewedOption()].id)
            }
        }
        return survey.keepingRelevant(answers)
    }

    /// Everything a protected table must satisfy, checked against the truth.
    static func checkProtection(_ table: CrossTable, _ protected: ProtectedTable, control: DisclosureControl, context: String,
                                sourceLocation: SourceLocation = #_sourceLocation) {
        let k = control.k
        let zerosPublished = !control.suppressZeros
        // What is published is true, and never 1 to k − 1 (nor, for multiple choice, its complement).
        for entry in table.entries {
            guard let shown = protected.count(of: entry).count else { continue }
            #expect(shown == AttackerFacts.value(entry, in: table), "\(context): \(entry) published wrongly", sourceLocation: sourceLocation)
            #expect(shown == 0 || shown >= k, "\(context): \(entry) = \(shown) published", sourceLocation: sourceLocation)
            if !zerosPublished { #expect(shown != 0, "\(context): a zero published", sourceLocation: sourceLocation) }
        }
        if !table.rowsAreAdditive {
            for (r, row) in protected.cells.enumerated() {
                for (c, count) in row.enumerated() {
                    guard let count = count.count, let base = protected.base(forColumn: c).count else { continue }
                    #expect(base - count == 0 || base - count >= k, "\(context): complement of \(r),\(c) published", sourceLocation: sourceLocation)
                }
            }
        }

        // Each hidden number: two witnesses that fit, at least k − 1 apart, with the truth between.
        let hidden = AttackerFacts.hiddenEntries(protected)
        let audit = IntervalAudit(table: table, hidden: table.entries.map(hidden.contains), zerosPublished: zerosPublished, k: k)
        for entry in hidden {
            guard let interval = audit.interval(of: entry) else {
                Issue.record("\(context): no interval for \(entry)", sourceLocation: sourceLocation)
                continue
            }
            for witness in [interval.lowestWitness, interval.highestWitness] {
                let problems = AttackerFacts.violations(of: witness, published: protected, truth: table, zerosPublished: zerosPublished)
                #expect(problems.isEmpty, "\(context): witness for \(entry): \(problems)", sourceLocation: sourceLocation)
            }
            let low = AttackerFacts.value(entry, in: interval.lowestWitness)
            let high = AttackerFacts.value(entry, in: interval.highestWitness)
            let truth = AttackerFacts.value(entry, in: table)
            #expect(high - low >= k - 1, "\(context): \(entry) pinned to \(low)...\(high)", sourceLocation: sourceLocation)
            #expect(low == interval.lowest && low <= truth, "\(context): \(entry) lowest \(interval.lowest), truth \(truth)", sourceLocation: sourceLocation)
            if let highest = interval.highest {
                #expect(high == highest && truth <= highest, "\(context): \(entry) highest \(highest), truth \(truth)", sourceLocation: sourceLocation)
            }
        }

        // Multiple choice: those who did not tick a hidden count stay uncertain too, when its base is hidden.
        let shape = TableShape(table)
        for complement in complements(table, hidden: hidden, k: k) {
            guard let interval = audit.interval(of: complement) else {
                Issue.record("\(context): no interval for a complement", sourceLocation: sourceLocation)
                continue
            }
            for witness in [interval.lowestWitness, interval.highestWitness] {
                let problems = AttackerFacts.violations(of: shape.table(witness, like: table), published: protected, truth: table, zerosPublished: zerosPublished)
                #expect(problems.isEmpty, "\(context): complement witness: \(problems)", sourceLocation: sourceLocation)
            }
            let base = complement.terms[0].index, count = complement.terms[1].index
            let gap = values(witness: interval.highestWitness, base, count) - values(witness: interval.lowestWitness, base, count)
            #expect(gap >= k - 1, "\(context): a complement pinned", sourceLocation: sourceLocation)
        }

        // And the same from the published table alone, as an outsider would audit it.
        let outsider = IntervalAudit(published: protected)
        #expect(outsider.hiddenEntries == hidden, "\(context)", sourceLocation: sourceLocation)
        for entry in hidden {
            let width = outsider.interval(of: entry)?.width ?? -1
            #expect(width >= k - 1, "\(context): \(entry) has width \(width) from the published table", sourceLocation: sourceLocation)
        }
    }

    /// Multiple choice: base − count for each hidden count whose base is hidden and whose true
    /// complement is 1 to k − 1.
    static func complements(_ table: CrossTable, hidden: [TableEntry], k: Int) -> [AuditedQuantity] {
        guard !table.rowsAreAdditive else { return [] }
        let shape = TableShape(table)
        let values = shape.values(of: table)
        let hiddenIndices = Set(hidden.compactMap(shape.index(of:)))
        var pairs: [(Int, Int)] = []
        for row in 0..<shape.rows {
            pairs += (0..<shape.columns).map { (shape.cell(row, $0), shape.columnBase($0)) }
            if shape.isTwoWay { pairs.append((shape.rowTotal(row), shape.base)) }
        }
        return pairs.filter { count, base in
            hiddenIndices.contains(count) && hiddenIndices.contains(base) && values[base] - values[count] > 0 && values[base] - values[count] < k
        }.map { AuditedQuantity.complement(of: $0.0, base: $0.1) }
    }

    private static func values(witness: [Int], _ base: Int, _ count: Int) -> Int { witness[base] - witness[count] }

    /// The clean-up left nothing hidden that could be published alone: publishing any
    /// secondary number again would narrow some hidden number below k − 1.
    static func checkNoSecondaryCouldBePublished(_ table: CrossTable, _ protected: ProtectedTable, control: DisclosureControl,
                                                 sourceLocation: SourceLocation = #_sourceLocation) {
        let hidden = AttackerFacts.hiddenEntries(protected)
        for entry in hidden where protected.count(of: entry).reason == .secondary {
            let rest = hidden.filter { $0 != entry }
            let audit = IntervalAudit(table: table, hidden: table.entries.map(rest.contains), zerosPublished: !control.suppressZeros, k: control.k)
            let narrowed = rest.contains { (audit.interval(of: $0)?.width ?? 0) < control.k - 1 }
                || complements(table, hidden: rest, k: control.k).contains { (audit.interval(of: $0)?.width ?? 0) < control.k - 1 }
            #expect(narrowed, "\(entry) could have been published", sourceLocation: sourceLocation)
        }
    }
}
