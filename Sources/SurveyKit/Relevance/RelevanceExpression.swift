/// A parsed XLSForm `relevant` condition. Make one with `RelevanceParser.parse(_:)`,
/// then ask it `evaluate(_:)` with the answers given so far.
public indirect enum RelevanceExpression: Sendable, Equatable {
    public enum ComparisonOperator: String, Sendable, Equatable, CaseIterable {
        case equal = "="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
    }

    /// `${name}`: the answer to an earlier question. Standing alone as a condition it means "answered".
    case reference(String)
    /// A quoted text literal.
    case string(String)
    /// A number literal.
    case number(Double)
    /// `true()` or `false()`.
    case boolean(Bool)
    /// `left op right`. Non-associative as in XLSForm: `1 < ${n} < 5` is an error, not `(1 < ${n}) < 5`.
    case comparison(RelevanceExpression, ComparisonOperator, RelevanceExpression)
    /// Two or more conditions joined by `and`, kept flat so long chains don't build deep trees.
    case and([RelevanceExpression])
    /// Two or more conditions joined by `or`, kept flat for the same reason.
    case or([RelevanceExpression])
    /// `not(condition)`.
    case not(RelevanceExpression)
    /// `selected(${question}, 'option')`.
    case selected(question: String, option: String)
    /// `count-selected(${question})`.
    case countSelected(question: String)
}

extension RelevanceExpression {
    /// Every question named in the condition, in order of first appearance, each once.
    /// The survey loader checks each comes earlier in the survey; clearing answers
    /// follows these links to hide dependants.
    public var referencedQuestions: [String] {
        var seen = Set<String>()
        var ordered: [String] = []
        collectReferences(into: &ordered, seen: &seen)
        return ordered
    }

    private func collectReferences(into ordered: inout [String], seen: inout Set<String>) {
        switch self {
        case .reference(let name), .selected(question: let name, option: _), .countSelected(question: let name):
            if seen.insert(name).inserted { ordered.append(name) }
        case .string, .number, .boolean:
            break
        case .comparison(let left, _, let right):
            left.collectReferences(into: &ordered, seen: &seen)
            right.collectReferences(into: &ordered, seen: &seen)
        case .and(let terms), .or(let terms):
            for term in terms { term.collectReferences(into: &ordered, seen: &seen) }
        case .not(let inner):
            inner.collectReferences(into: &ordered, seen: &seen)
        }
    }
}

extension RelevanceExpression: CustomStringConvertible {
    /// The condition in canonical XLSForm text, with only the brackets needed;
    /// parsing it gives back an equal expression. Used in logs and messages.
    public var description: String {
        switch self {
        case .reference(let name):
            return "${\(name)}"
        case .string(let text):
            // No escapes exist: pick the quote the text doesn't contain. (Text holding both
            // can't be written back, but the parser never produces it.)
            return text.contains("'") ? "\"\(text)\"" : "'\(text)'"
        case .number(let value):
            return RelevanceNumber.format(value)
        case .boolean(let value):
            return value ? "true()" : "false()"
        case .comparison(let left, let op, let right):
            return "\(left.bracketed(if: left.isLogical)) \(op.rawValue) \(right.bracketed(if: right.isLogical))"
        case .and(let terms):
            return terms.map { $0.bracketed(if: $0.isAndOrOr) }.joined(separator: " and ")
        case .or(let terms):
            return terms.map { $0.bracketed(if: $0.isOr) }.joined(separator: " or ")
        case .not(let inner):
            return "not(\(inner))"
        case .selected(let question, let option):
            return "selected(${\(question)}, \(RelevanceExpression.string(option)))"
        case .countSelected(let question):
            return "count-selected(${\(question)})"
        }
    }

    private func bracketed(if needed: Bool) -> String {
        needed ? "(\(self))" : "\(self)"
    }

    private var isOr: Bool {
        if case .or = self { return true }
        return false
    }

    private var isAndOrOr: Bool {
        switch self {
        case .and, .or: return true
        default: return false
        }
    }

    /// Binds looser than a comparison, or is one (comparisons don't chain).
    private var isLogical: Bool {
        switch self {
        case .and, .or, .comparison: return true
        default: return false
        }
    }
}

extension RelevanceExpression {
    /// Every (question, option id) pair the condition tests: `selected(${q}, 'x')`, and `${q} = 'x'` or
    /// `${q} != 'x'` with a non-empty text. The loader checks each names a real option.
    public var comparedOptions: [(question: String, option: String)] {
        switch self {
        case .selected(let question, let option):
            return [(question, option)]
        case .comparison(.reference(let question), let op, .string(let option)) where (op == .equal || op == .notEqual) && !option.isEmpty,
             .comparison(.string(let option), let op, .reference(let question)) where (op == .equal || op == .notEqual) && !option.isEmpty:
            return [(question, option)]
        case .comparison(let left, _, let right):
            return left.comparedOptions + right.comparedOptions
        case .and(let parts), .or(let parts):
            return parts.flatMap(\.comparedOptions)
        case .not(let inner):
            return inner.comparedOptions
        case .reference, .string, .number, .boolean, .countSelected:
            return []
        }
    }
}
