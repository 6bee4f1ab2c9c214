/// A response given under an earlier version of a survey, read as the newest version reads it:
/// what can be joined is joined, and what cannot is named, so the report can say so.
public struct CarriedForward: Sendable {
    /// The response in the newest version's terms (its `version` is the newest).
    public let document: ResponseDocument
    /// The newest version of the survey.
    public let survey: Survey
    /// Answers that could not be carried over, as "question" or "question: option", in order.
    public let leftOut: [String]
}

extension SurveyLibrary {
    /// `document`, answered under `answered` (any version of its survey), in the newest version's
    /// terms. An answer is kept when the newest version still asks the same question with the same
    /// kind of answer and accepts the value; a choice keeps the options that still exist. The newest
    /// version's skip logic then applies, as it would to a new response.
    public func carryForward(_ document: ResponseDocument, answered: Survey) -> CarriedForward {
        guard let newest = survey(answered.id), newest.version != answered.version else {
            return CarriedForward(document: document, survey: answered, leftOut: [])
        }
        var answers = Answers()
        var leftOut: [String] = []
        for (id, value) in document.answers.sorted(by: { $0.key < $1.key }) {
            guard let question = newest.question(id), question.type == answered.question(id)?.type else {
                leftOut.append(id)
                continue
            }
            var kept = value
            switch value {
            case .options(let chosen):
                let gone = chosen.filter { option in !question.options.contains { $0.id == option } }
                leftOut += gone.map { "\(id): \($0)" }
                // In the order of the newest definition, as a new response would be.
                let still = question.options.map(\.id).filter(chosen.contains)
                guard !still.isEmpty else { continue }
                kept = .options(still)
            case .option(let chosen) where !question.options.contains(where: { $0.id == chosen }):
                leftOut.append("\(id): \(chosen)")
                continue
            default:
                break
            }
            // A number now outside the range, a text now too long, a combination now refused.
            guard question.problem(with: kept) == nil else {
                leftOut.append(id)
                continue
            }
            answers[id] = kept
        }
        let relevant = newest.keepingRelevant(answers)
        leftOut += answers.keys.filter { relevant[$0] == nil }.sorted().map { "\($0) (now skipped)" }
        let quotes = document.quoteAllowed.filter { newest.question($0)?.quotePermission == true && relevant[$0] != nil }
        return CarriedForward(
            document: ResponseDocument(survey: newest.id, version: newest.version, answers: relevant, quoteAllowed: quotes),
            survey: newest, leftOut: leftOut)
    }
}
