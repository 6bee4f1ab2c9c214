import SurveyKit

/// Turns the responses to one survey into record-level data that is k-anonymous over its
/// identifying questions (ARCHITECTURE.md, "Disclosure rules"): the identifying answers are
/// generalised along the hierarchies the survey declares, as little as the search allows, then the
/// records still in groups smaller than k are left out, within the suppression limit.
///
/// The quasi-identifiers are the identifying questions only; the survey author decides which
/// questions those are. Free text never leaves (see `MicrodataTable`).
public struct MicrodataAnonymiser: Sendable {
    public let survey: Survey
    public let k: Int
    public let suppressionLimit: SuppressionLimit
    private let identifiers: [QuasiIdentifier]

    public init(survey: Survey, k: Int, suppressionLimit: SuppressionLimit = .default) throws(MicrodataError) {
        guard k >= DisclosureControl.smallestK else { throw .thresholdTooLow(k) }
        self.survey = survey
        self.k = k
        self.suppressionLimit = suppressionLimit
        var identifiers: [QuasiIdentifier] = []
        for question in survey.questions where question.identifying && question.type.isSingleOption {
            identifiers.append(try QuasiIdentifier(question))
        }
        self.identifiers = identifiers
    }

    /// The k-anonymous table of `records` (each one respondent's answers, already checked against
    /// the survey), in an order drawn from `generator`, and what was given up for it. Pass a
    /// cryptographically secure generator (`SystemRandomNumberGenerator`) for a real release: the
    /// order must say nothing about when, or in what order, anybody answered.
    ///
    /// - Throws: `tooFewRecords` when there are fewer than k records, so that even with every
    ///   identifying answer removed they would be a group smaller than k; nothing is released.
    public func anonymise(
        _ records: [Answers], shuffledWith generator: inout some RandomNumberGenerator
    ) throws(MicrodataError) -> AnonymisedMicrodata {
        guard records.count >= k else { throw .tooFewRecords(records: records.count, k: k) }
        let values = records.map { answers in identifiers.map { $0.value(of: answers[$0.question.id]) } }
        let budget = suppressionLimit.records(outOf: records.count)
        let search = MicrodataSearch(identifiers: identifiers, values: values, k: k, budget: budget)
        let (chosen, candidates) = try search.best()

        var sizes: [[Int]: Int] = [:]
        let groups = values.map { search.generalised($0, at: chosen.node) }
        for group in groups { sizes[group, default: 0] += 1 }
        var rows: [[String]] = []
        for (answers, group) in zip(records, groups) where sizes[group, default: 0] >= k {
            var released: [String: String] = [:]
            for (index, identifier) in identifiers.enumerated() {
                released[identifier.question.id] = identifier.groupIDs[chosen.node[index]][group[index]]
            }
            rows.append(MicrodataTable.row(answers, survey: survey, identifying: released))
        }
        rows.shuffle(using: &generator)

        let levels = identifiers.enumerated().map { index, identifier in
            MicrodataSummary.QuestionLevel(
                question: identifier.question.id, level: chosen.node[index], anyLevel: identifier.anyLevel,
                levelName: identifier.levelName(chosen.node[index]), loss: chosen.questionLoss[index])
        }
        let summary = MicrodataSummary(
            survey: survey.id, surveyVersion: survey.version, k: k, records: records.count,
            recordsKept: rows.count, recordsSuppressed: chosen.suppressed, suppressionBudget: budget,
            levels: levels, loss: chosen.loss, candidates: candidates, smallestGroup: chosen.smallestGroup)
        return AnonymisedMicrodata(table: MicrodataTable(header: MicrodataTable.header(for: survey), rows: rows), summary: summary)
    }
}

/// A k-anonymous table and what it gave up.
public struct AnonymisedMicrodata: Sendable, Equatable {
    public let table: MicrodataTable
    public let summary: MicrodataSummary
}
