/// Why an answer was not accepted. The web app turns each into a sentence from the string catalogue,
/// so the words stay in one place and can be translated.
public enum AnswerProblem: Error, Sendable, Equatable {
    case required
    case unknownOption
    case tooManyValues
    case notANumber
    case notAWholeNumber
    case belowMinimum(Double)
    case aboveMaximum(Double)
    case tooLong(maximum: Int)
    /// Every answer fits its question, but together they are more than one response may hold.
    case tooLongInTotal
    case wrongKind
}

extension Question {
    /// Checks one answer against this question's definition.
    public func problem(with value: AnswerValue) -> AnswerProblem? {
        switch (type, value) {
        case (.singleChoice, .option(let id)), (.scale, .option(let id)):
            return option(id) == nil ? .unknownOption : nil
        case (.multipleChoice, .options(let ids)):
            if ids.isEmpty || Set(ids).count != ids.count { return .wrongKind }
            return ids.allSatisfy { option($0) != nil } ? nil : .unknownOption
        case (.text, .text(let text)):
            if text.isEmpty { return .wrongKind }
            return text.count > maxLength ? .tooLong(maximum: maxLength) : nil
        case (.number, .number(let number)):
            guard number.isFinite else { return .notANumber }
            if integerOnly, number.rounded() != number { return .notAWholeNumber }
            if let minimum, number < minimum { return .belowMinimum(minimum) }
            if let maximum, number > maximum { return .aboveMaximum(maximum) }
            return nil
        default:
            return .wrongKind
        }
    }
}
