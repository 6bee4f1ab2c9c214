/// Why record-level data was not produced. Each says what to do.
public enum MicrodataError: Error, Sendable, Equatable, CustomStringConvertible {
    case thresholdTooLow(Int)
    case suppressionLimitOutOfRange(Double)
    /// Fewer than k records: even with every identifying answer removed they form a group below k.
    case tooFewRecords(records: Int, k: Int)
    /// So many identifying questions and levels that the search would not finish.
    case tooManyCombinations(questions: [String])
    /// A hierarchy built in code that does not place every value in one group.
    case invalidHierarchy(question: String, detail: String)

    public var description: String {
        switch self {
        case .thresholdTooLow(let k):
            return DisclosureError.thresholdTooLow(k).description
        case .suppressionLimitOutOfRange(let percent):
            return "A suppression limit of \(percent)% is out of range. Give a percentage of the records from 0 to \(SuppressionLimit.largestPercent) (the default is \(SuppressionLimit.defaultPercent)%)."
        case .tooFewRecords(let records, let k):
            let noun = records == 1 ? "response" : "responses"
            return "Nothing was written: there are \(records) \(noun), fewer than k = \(k). Even with every identifying answer removed they would form a group smaller than k, which could single people out. Wait for more responses, or publish the report's tables instead."
        case .tooManyCombinations(let questions):
            return "Nothing was written: the identifying questions (\(questions.joined(separator: ", "))) and their hierarchies give more than \(GeneralisationLattice.largestSize) ways to generalise, too many to search. Mark fewer questions identifying, or declare fewer levels."
        case .invalidHierarchy(let question, let detail):
            return "The hierarchy of question '\(question)' cannot be used: \(detail). Each value of a level must be in exactly one group of the level above."
        }
    }
}
