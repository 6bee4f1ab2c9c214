// Semantics follow ODK/JavaRosa where a survey author would notice:
//
// - A skipped question's answer is the empty text '': `${q} = ''` is true when q was skipped,
//   `${q} != ''` when it was answered, and `${q}` alone means "answered".
// - An answer's value: `.option(id)` is the text id; `.options(ids)` is the ids joined by spaces
//   (so `=` against one id is false once two are ticked: use selected()); `.text(s)` is s;
//   `.number(d)` is the number.
// - Comparing: if both sides are numbers (a number answer or literal, count-selected(), or text that
//   is a plain decimal such as '3' or '2.50'), compare as numbers. Otherwise `=` and `!=` compare
//   text, and `<`, `<=`, `>`, `>=` are false: `${n} >= 3` with n skipped is false, never an error.
//   One consequence: option ids that look like numbers compare as numbers, so `${q} = '01'` is true
//   when the option is '1'. selected() compares ids exactly.
// - If either side is itself a condition (true(), selected(), a comparison...), both sides compare
//   as true/false, XPath style: `selected(${q}, 'x') = true()`.
// - selected(${q}, 'x'): true when multiple choice q includes x or single choice q is x; false if
//   q was skipped or is not a choice question.
// - count-selected(${q}): number of ticked options; 0 if skipped; 1 for a single choice; for text,
//   the number of space-separated words, as ODK counts them.

extension RelevanceExpression {
    /// Whether the question carrying this condition should be shown, given the answers so far
    /// (keyed by question id; skipped questions absent). Never fails: odd input is simply false.
    public func evaluate(_ answers: Answers) -> Bool {
        RelevanceEvaluator(answers: answers).truth(of: self)
    }
}

private struct RelevanceEvaluator {
    let answers: Answers

    /// What an operand stands for before comparing.
    private enum Value {
        case text(String)
        case number(Double)

        var asNumber: Double? {
            switch self {
            case .number(let value): value
            case .text(let text): RelevanceNumber.parse(text)
            }
        }

        var asText: String {
            switch self {
            case .number(let value): RelevanceNumber.format(value)
            case .text(let text): text
            }
        }
    }

    func truth(of expression: RelevanceExpression) -> Bool {
        switch expression {
        case .reference(let question):
            return !answerText(question).isEmpty
        case .string(let text):
            return !text.isEmpty
        case .number(let value):
            return value != 0 && !value.isNaN
        case .boolean(let value):
            return value
        case .comparison(let left, let op, let right):
            return compare(left, op, right)
        case .and(let terms):
            return terms.allSatisfy { truth(of: $0) }
        case .or(let terms):
            return terms.contains { truth(of: $0) }
        case .not(let inner):
            return !truth(of: inner)
        case .selected(let question, let option):
            let wanted = trimmed(option)  // ODK ignores spaces around the id
            switch answers[question] {
            case .options(let ids): return ids.contains(wanted)
            case .option(let id): return id == wanted
            case .text, .number, nil: return false
            }
        case .countSelected(let question):
            return countSelected(question) != 0
        }
    }

    private func compare(
        _ left: RelevanceExpression,
        _ op: RelevanceExpression.ComparisonOperator,
        _ right: RelevanceExpression
    ) -> Bool {
        if isCondition(left) || isCondition(right) {
            return holds(op, truth(of: left) ? 1 : 0, truth(of: right) ? 1 : 0)
        }
        let leftValue = value(of: left)
        let rightValue = value(of: right)
        if let a = leftValue.asNumber, let b = rightValue.asNumber {
            return holds(op, a, b)
        }
        switch op {
        case .equal: return leftValue.asText == rightValue.asText
        case .notEqual: return leftValue.asText != rightValue.asText
        case .less, .lessOrEqual, .greater, .greaterOrEqual: return false
        }
    }

    private func holds(_ op: RelevanceExpression.ComparisonOperator, _ a: Double, _ b: Double) -> Bool {
        switch op {
        case .equal: a == b
        case .notEqual: a != b
        case .less: a < b
        case .lessOrEqual: a <= b
        case .greater: a > b
        case .greaterOrEqual: a >= b
        }
    }

    /// Operands that yield true/false rather than a value.
    private func isCondition(_ expression: RelevanceExpression) -> Bool {
        switch expression {
        case .boolean, .comparison, .and, .or, .not, .selected: true
        case .reference, .string, .number, .countSelected: false
        }
    }

    /// Only called on non-conditions; conditions map to 1/0 for completeness.
    private func value(of expression: RelevanceExpression) -> Value {
        switch expression {
        case .reference(let question):
            if case .number(let value) = answers[question] { return .number(value) }
            return .text(answerText(question))
        case .string(let text):
            return .text(text)
        case .number(let value):
            return .number(value)
        case .countSelected(let question):
            return .number(Double(countSelected(question)))
        case .boolean, .comparison, .and, .or, .not, .selected:
            return .number(truth(of: expression) ? 1 : 0)
        }
    }

    /// The answer as text; '' when skipped.
    private func answerText(_ question: String) -> String {
        switch answers[question] {
        case .option(let id): id
        case .options(let ids): ids.joined(separator: " ")
        case .text(let text): text
        case .number(let value): RelevanceNumber.format(value)
        case nil: ""
        }
    }

    private func countSelected(_ question: String) -> Int {
        switch answers[question] {
        case .options(let ids): ids.count
        case .option(let id): id.isEmpty ? 0 : 1
        case .text(let text): text.split(whereSeparator: { $0 == " " }).count
        case .number: 1
        case nil: 0
        }
    }

    private func trimmed(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = text.firstIndex(where: { !isSpace($0) }),
              let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[first...last])
    }
}
