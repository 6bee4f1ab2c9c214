/// Reads XLSForm `relevant` conditions (the subset described in docs/survey-format.md).
///
/// Grammar, loosest first:
///
///     condition  := and ('or' and)*
///     and        := comparison ('and' comparison)*
///     comparison := operand (op operand)?          op: = != < <= > >=
///     operand    := ${name} | 'text' | "text" | number | function '(' arguments ')' | '(' condition ')'
///
/// Functions: selected(${q}, 'x'), count-selected(${q}), not(condition), true(), false().
public enum RelevanceParser {
    /// Longest condition accepted, in characters. Real conditions are a line or two;
    /// the cap keeps a corrupted or hostile file cheap to reject.
    public static let maximumLength = 2000
    /// Deepest nesting of brackets and function calls. The parser recurses once per level,
    /// so the cap keeps the stack small whatever the input.
    public static let maximumDepth = 32

    public static func parse(_ source: String) throws(RelevanceSyntaxError) -> RelevanceExpression {
        // Check the length without walking a huge string to its end.
        if let cutoff = source.index(source.startIndex, offsetBy: maximumLength, limitedBy: source.endIndex),
           cutoff != source.endIndex {
            throw RelevanceSyntaxError(
                message: "the condition is longer than \(maximumLength) characters: simplify it, or split the question in two",
                column: maximumLength + 1
            )
        }
        var parser = RelevanceParserState(tokens: try RelevanceLexer.tokenize(source))
        return try parser.parseCondition()
    }
}

/// The functions a condition may call, with what they take.
private enum RelevanceFunction: String, CaseIterable {
    case selected
    case countSelected = "count-selected"
    case not
    case `true`
    case `false`

    var arity: Int {
        switch self {
        case .selected: 2
        case .countSelected, .not: 1
        case .true, .false: 0
        }
    }

    var example: String {
        switch self {
        case .selected: "selected(${q}, 'yes')"
        case .countSelected: "count-selected(${q})"
        case .not: "not(${q} = 'yes')"
        case .true: "true()"
        case .false: "false()"
        }
    }

    var argumentCount: String {
        switch arity {
        case 0: "no arguments"
        case 1: "1 argument"
        default: "\(arity) arguments"
        }
    }

    static let list = "selected(), count-selected(), not(), true() and false()"
}

/// Recursive descent over the tokens. One instance per parse.
private struct RelevanceParserState {
    private let tokens: [RelevanceToken]
    private var position = 0
    private var depth = 0

    /// `tokens` ends with `.end`, as the lexer guarantees.
    init(tokens: [RelevanceToken]) {
        self.tokens = tokens
    }

    mutating func parseCondition() throws(RelevanceSyntaxError) -> RelevanceExpression {
        if current.kind == .end {
            throw RelevanceSyntaxError(
                message: "the condition is empty: write one, like ${q} = 'yes', or remove 'relevant'",
                column: 1
            )
        }
        let condition = try parseOr(after: nil)
        guard current.kind == .end else { throw unexpectedAfterCondition(current) }
        return condition
    }

    // MARK: Grammar

    private mutating func parseOr(after previous: RelevanceToken?) throws(RelevanceSyntaxError) -> RelevanceExpression {
        var terms = [try parseAnd(after: previous)]
        while current.kind == .word("or") {
            let keyword = advance()
            let term = try parseAnd(after: keyword)
            terms.append(term)
        }
        return terms.count == 1 ? terms[0] : .or(terms)
    }

    private mutating func parseAnd(after previous: RelevanceToken?) throws(RelevanceSyntaxError) -> RelevanceExpression {
        var terms = [try parseComparison(after: previous)]
        while current.kind == .word("and") {
            let keyword = advance()
            let term = try parseComparison(after: keyword)
            terms.append(term)
        }
        return terms.count == 1 ? terms[0] : .and(terms)
    }

    private mutating func parseComparison(after previous: RelevanceToken?) throws(RelevanceSyntaxError) -> RelevanceExpression {
        let left = try parseOperand(after: previous)
        guard case .comparison(let op) = current.kind else { return left }
        let opToken = advance()
        let right = try parseOperand(after: opToken)
        if case .comparison = current.kind {
            throw RelevanceSyntaxError(
                message: "comparisons can't be chained: join them with 'and', like ${n} > 1 and ${n} < 5",
                column: current.column
            )
        }
        return .comparison(left, op, right)
    }

    private mutating func parseOperand(after previous: RelevanceToken?) throws(RelevanceSyntaxError) -> RelevanceExpression {
        let token = current
        switch token.kind {
        case .reference(let name):
            advance()
            return .reference(name)
        case .string(let text):
            advance()
            return .string(text)
        case .number(let value):
            advance()
            return .number(value)
        case .leftParen:
            try enterNesting(at: token)
            defer { depth -= 1 }
            advance()
            let inner = try parseOr(after: token)
            try expectClose(opener: token, openerText: "(", wantsMoreArguments: false)
            return inner
        case .word(let word):
            if word == "and" || word == "or" { throw missingValue(found: token, after: previous) }
            if next.kind == .leftParen { return try parseCall(word, at: token) }
            if let function = RelevanceFunction(rawValue: word) {
                throw RelevanceSyntaxError(message: "'\(word)' needs brackets: write it like \(function.example)", column: token.column)
            }
            throw RelevanceSyntaxError(message: "'\(word)' is not a value: put text in quotes, like '\(word)'", column: token.column)
        default:
            throw missingValue(found: token, after: previous)
        }
    }

    private mutating func parseCall(_ name: String, at nameToken: RelevanceToken) throws(RelevanceSyntaxError) -> RelevanceExpression {
        guard let function = RelevanceFunction(rawValue: name) else {
            if RelevanceFunction(rawValue: name.lowercased()) != nil {
                throw RelevanceSyntaxError(
                    message: "function names are lower-case: write '\(name.lowercased())(' instead of '\(name)('",
                    column: nameToken.column
                )
            }
            throw RelevanceSyntaxError(
                message: "unknown function '\(name)()': conditions can use \(RelevanceFunction.list)",
                column: nameToken.column
            )
        }
        try enterNesting(at: nameToken)
        defer { depth -= 1 }
        advance()  // the name
        var separator = advance()  // the '('

        var arguments: [(expression: RelevanceExpression, token: RelevanceToken)] = []
        let close: RelevanceToken
        if current.kind == .rightParen {
            close = advance()
        } else {
            while true {
                let first = current
                let argument = try parseOr(after: separator)
                arguments.append((argument, first))
                if current.kind == .comma {
                    separator = advance()
                    continue
                }
                close = try expectClose(
                    opener: nameToken,
                    openerText: "\(name)(",
                    wantsMoreArguments: arguments.count < function.arity
                )
                break
            }
        }

        if arguments.count > function.arity {
            throw RelevanceSyntaxError(
                message: "\(name)() takes \(function.argumentCount), but has \(arguments.count): write it like \(function.example)",
                column: arguments[function.arity].token.column
            )
        }
        if arguments.count < function.arity {
            throw RelevanceSyntaxError(
                message: "\(name)() needs \(function.argumentCount), but has \(arguments.count): write it like \(function.example)",
                column: close.column
            )
        }

        switch function {
        case .selected:
            guard case .reference(let question) = arguments[0].expression else {
                throw RelevanceSyntaxError(
                    message: "the first argument of selected() must be a question, like selected(${q}, 'yes')",
                    column: arguments[0].token.column
                )
            }
            // Option ids are text; an unquoted number would need ODK's number-to-text rules, so ask for quotes.
            guard case .string(let option) = arguments[1].expression else {
                let written = arguments[1].token.text
                let hint = if case .number = arguments[1].expression { "put the option id in quotes, like '\(written)'" } else { "write an option id in quotes, like 'yes'" }
                throw RelevanceSyntaxError(
                    message: "the second argument of selected() must be an option id in quotes: \(hint)",
                    column: arguments[1].token.column
                )
            }
            return .selected(question: question, option: option)
        case .countSelected:
            guard case .reference(let question) = arguments[0].expression else {
                throw RelevanceSyntaxError(
                    message: "the argument of count-selected() must be a question, like count-selected(${q})",
                    column: arguments[0].token.column
                )
            }
            return .countSelected(question: question)
        case .not:
            return .not(arguments[0].expression)
        case .true:
            return .boolean(true)
        case .false:
            return .boolean(false)
        }
    }

    // MARK: Tokens

    private var current: RelevanceToken { tokens[position] }

    private var next: RelevanceToken { tokens[min(position + 1, tokens.count - 1)] }

    /// Moves past the current token and returns it; stays on `.end`.
    @discardableResult
    private mutating func advance() -> RelevanceToken {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private mutating func enterNesting(at opener: RelevanceToken) throws(RelevanceSyntaxError) {
        guard depth < RelevanceParser.maximumDepth else {
            throw RelevanceSyntaxError(
                message: "brackets and functions are nested more than \(RelevanceParser.maximumDepth) deep here: simplify the condition",
                column: opener.column
            )
        }
        depth += 1
    }

    @discardableResult
    private mutating func expectClose(
        opener: RelevanceToken,
        openerText: String,
        wantsMoreArguments: Bool
    ) throws(RelevanceSyntaxError) -> RelevanceToken {
        if current.kind == .rightParen { return advance() }
        if let error = keywordCaseError(current) { throw error }
        if current.kind == .end {
            throw RelevanceSyntaxError(
                message: "expected ')' to close '\(openerText)' opened at column \(opener.column), but the condition ended",
                column: current.column
            )
        }
        if wantsMoreArguments {
            throw RelevanceSyntaxError(
                message: "expected ',' between the arguments of '\(openerText)' opened at column \(opener.column), but found \(describe(current))",
                column: current.column
            )
        }
        throw RelevanceSyntaxError(
            message: "expected ')' to close '\(openerText)' opened at column \(opener.column), but found \(describe(current))",
            column: current.column
        )
    }

    // MARK: Messages

    private func missingValue(found: RelevanceToken, after previous: RelevanceToken?) -> RelevanceSyntaxError {
        guard let previous else {
            return RelevanceSyntaxError(
                message: "the condition can't start with \(describe(found)): start it with a question like ${q}, a function like selected(...), or '('",
                column: found.column
            )
        }
        let wanted = switch previous.kind {
        case .word: "a condition"
        case .comparison: "a value (like ${q}, 'text' or 3)"
        default: "a value"
        }
        let problem = found.kind == .end ? "the condition ended" : "found \(describe(found))"
        return RelevanceSyntaxError(message: "expected \(wanted) after '\(previous.text)', but \(problem)", column: found.column)
    }

    private func unexpectedAfterCondition(_ token: RelevanceToken) -> RelevanceSyntaxError {
        if let error = keywordCaseError(token) { return error }
        if token.kind == .rightParen {
            return RelevanceSyntaxError(
                message: "')' has no matching '(': remove it, or add '(' where the bracket should start",
                column: token.column
            )
        }
        return RelevanceSyntaxError(
            message: "unexpected \(describe(token)) after a complete condition: join conditions with 'and' or 'or'",
            column: token.column
        )
    }

    /// XLSForm keywords are lower-case; 'AND' is a frequent slip from spreadsheets and SQL.
    private func keywordCaseError(_ token: RelevanceToken) -> RelevanceSyntaxError? {
        guard case .word(let word) = token.kind else { return nil }
        let lower = word.lowercased()
        guard word != lower, lower == "and" || lower == "or" else { return nil }
        return RelevanceSyntaxError(message: "'\(word)' must be written in lower case: write '\(lower)'", column: token.column)
    }

    private func describe(_ token: RelevanceToken) -> String {
        switch token.kind {
        case .reference: token.text
        case .string: "the text \(token.text)"
        case .number: "the number \(token.text)"
        case .end: "the end of the condition"
        case .word, .comparison, .leftParen, .rightParen, .comma: "'\(token.text)'"
        }
    }
}
