import SurveyKit
import Testing

/// Parsing and evaluating `relevant` skip-logic conditions.
@Suite struct RelevanceTests {
    // MARK: - Valid conditions

    struct EvaluationCase: Sendable, CustomTestStringConvertible {
        let condition: String
        let answers: Answers
        let expected: Bool

        init(_ condition: String, _ answers: Answers, _ expected: Bool) {
            self.condition = condition
            self.answers = answers
            self.expected = expected
        }

        var testDescription: String { "\(condition) with \(answers) is \(expected)" }
    }

    static let twoTicked: Answers = ["contact": .options(["police", "housing"])]

    static let evaluationCases: [EvaluationCase] = [
        // Single choice and text equality.
        EvaluationCase("${q} = 'yes'", ["q": .option("yes")], true),
        EvaluationCase("${q} = 'yes'", ["q": .option("no")], false),
        EvaluationCase("${q} = 'yes'", [:], false),
        EvaluationCase("${q} = 'Yes'", ["q": .option("yes")], false),
        EvaluationCase("${q} != 'yes'", ["q": .option("no")], true),
        EvaluationCase("${q} != 'yes'", [:], true),
        EvaluationCase("${q} = \"yes\"", ["q": .option("yes")], true),
        EvaluationCase("${q} = \"it's\"", ["q": .text("it's")], true),
        EvaluationCase("${q} = 'say \"hi\"'", ["q": .text("say \"hi\"")], true),
        EvaluationCase("${q} = 'café'", ["q": .text("café")], true),
        // Empty answers.
        EvaluationCase("${q} = ''", [:], true),
        EvaluationCase("${q} = \"\"", [:], true),
        EvaluationCase("${q} = ''", ["q": .option("yes")], false),
        EvaluationCase("${q} = ''", ["q": .text("")], true),
        EvaluationCase("${q} = ''", ["q": .options([])], true),
        EvaluationCase("${q} != ''", [:], false),
        EvaluationCase("${q} != ''", ["q": .text("hello")], true),
        EvaluationCase("${q} != ''", ["q": .number(0)], true),
        EvaluationCase("${a} = ${b}", [:], true),
        EvaluationCase("${a} = ${b}", ["a": .option("x"), "b": .option("x")], true),
        EvaluationCase("${a} = ${b}", ["a": .option("x")], false),
        // A bare reference means "answered".
        EvaluationCase("${q}", [:], false),
        EvaluationCase("${q}", ["q": .text("hello")], true),
        EvaluationCase("${q}", ["q": .text("")], false),
        EvaluationCase("${q}", ["q": .number(0)], true),
        EvaluationCase("${q}", ["q": .options([])], false),
        EvaluationCase("${q}", ["q": .options(["a"])], true),
        // Numbers.
        EvaluationCase("${n} >= 3", [:], false),
        EvaluationCase("${n} < 3", [:], false),
        EvaluationCase("${n} <= 3", [:], false),
        EvaluationCase("${n} >= 3", ["n": .number(3)], true),
        EvaluationCase("${n} > 3", ["n": .number(3)], false),
        EvaluationCase("${n} <= 2.5", ["n": .number(2.5)], true),
        EvaluationCase("${n} < 0.5", ["n": .number(0.25)], true),
        EvaluationCase("${n} > -1", ["n": .number(0)], true),
        EvaluationCase("${n} = -1", ["n": .number(-1)], true),
        EvaluationCase("${n} = 3", ["n": .number(3)], true),
        EvaluationCase("${n} = 3", ["n": .number(3.000001)], false),
        EvaluationCase("${n} != 3", [:], true),
        EvaluationCase("${n} = 1000000", ["n": .number(1e6)], true),
        EvaluationCase("${n} >= .5", ["n": .number(0.5)], true),
        EvaluationCase("${n} = 'three'", ["n": .number(3)], false),
        EvaluationCase("${n} != 'three'", ["n": .number(3)], true),
        EvaluationCase("${n} = 'x'", ["n": .number(0.1)], false),
        EvaluationCase("${n} = ''", ["n": .number(0)], false),
        EvaluationCase("3 > 2", [:], true),
        EvaluationCase("'x'", [:], true),
        EvaluationCase("''", [:], false),
        EvaluationCase("0", [:], false),
        // Numbers written as text compare as numbers.
        EvaluationCase("${n} = '3'", ["n": .number(3)], true),
        EvaluationCase("${n} >= '18'", ["n": .number(21)], true),
        EvaluationCase("${t} = 3", ["t": .text("3")], true),
        EvaluationCase("${t} > 10", ["t": .text("9")], false),
        EvaluationCase("${t} < 10", ["t": .text("9")], true),
        EvaluationCase("${t} = 12", ["t": .text(" 12 ")], true),
        EvaluationCase("${t} = 2.5", ["t": .text("2.50")], true),
        EvaluationCase("${t} >= 3", ["t": .text("abc")], false),
        EvaluationCase("${t} > 100", ["t": .text("1e3")], false),
        EvaluationCase("${t} > 1", ["t": .text("inf")], false),
        EvaluationCase("${t} = 'NaN'", ["t": .text("NaN")], true),
        EvaluationCase("${q} = 1", ["q": .option("1")], true),
        EvaluationCase("${q} = '01'", ["q": .option("1")], true),
        EvaluationCase("${q} > 'a'", ["q": .option("b")], false),
        // Multiple choice.
        EvaluationCase("selected(${contact}, 'police')", twoTicked, true),
        EvaluationCase("selected(${contact}, 'housing')", twoTicked, true),
        EvaluationCase("selected(${contact}, 'health')", twoTicked, false),
        EvaluationCase("selected(${contact}, 'police')", [:], false),
        EvaluationCase("selected(${contact}, 'police')", ["contact": .options([])], false),
        EvaluationCase("selected(${contact}, 'police')", ["contact": .option("police")], true),
        EvaluationCase("selected(${contact}, 'police')", ["contact": .option("police_station")], false),
        EvaluationCase("selected(${contact}, 'police')", ["contact": .text("police")], false),
        EvaluationCase("selected(${contact}, ' police ')", twoTicked, true),
        EvaluationCase("selected( ${contact} ,\"police\" )", twoTicked, true),
        EvaluationCase("${contact} = 'police housing'", twoTicked, true),
        EvaluationCase("${contact} = 'police'", twoTicked, false),
        EvaluationCase("${contact} = 'police'", ["contact": .options(["police"])], true),
        // count-selected.
        EvaluationCase("count-selected(${contact}) = 2", twoTicked, true),
        EvaluationCase("count-selected(${contact}) > 1", twoTicked, true),
        EvaluationCase("count-selected(${contact}) >= 1", [:], false),
        EvaluationCase("count-selected(${contact}) = 0", [:], true),
        EvaluationCase("count-selected(${contact}) = 1", ["contact": .option("police")], true),
        EvaluationCase("count-selected(${contact}) = '2'", twoTicked, true),
        EvaluationCase("count-selected(${contact})", ["contact": .options([])], false),
        EvaluationCase("count-selected(${contact})", twoTicked, true),
        // and / or / not and their precedence.
        EvaluationCase("${a} = 'x' or ${b} = 'y' and ${c} = 'z'", ["a": .option("x")], true),
        EvaluationCase("(${a} = 'x' or ${b} = 'y') and ${c} = 'z'", ["a": .option("x")], false),
        EvaluationCase("${a} = 'x' and ${b} = 'y' or ${c} = 'z'", ["c": .option("z")], true),
        EvaluationCase("${a} = 'x' and (${b} = 'y' or ${c} = 'z')", ["c": .option("z")], false),
        EvaluationCase("${a} = 'x' and ${b} = 'y'", ["a": .option("x"), "b": .option("y")], true),
        EvaluationCase("${a} = 'x' and ${b} = 'y'", ["a": .option("x")], false),
        EvaluationCase("${a} or ${b} or ${c}", ["c": .text("hi")], true),
        EvaluationCase("${a} or ${b} or ${c}", [:], false),
        EvaluationCase("not(${a} = 'x')", [:], true),
        EvaluationCase("not(${a})", [:], true),
        EvaluationCase("not(not(${a}))", ["a": .text("hi")], true),
        EvaluationCase("not(${a} = 'x') and not(${b} = 'y')", ["b": .option("y")], false),
        EvaluationCase("not(${a} = 'x' or ${b} = 'y')", [:], true),
        EvaluationCase("not (selected(${contact}, 'police')) or count-selected(${contact}) > 1", twoTicked, true),
        EvaluationCase(
            "${a} = 'x' and (${b} = 'y' or (${c} = 'z' and not(${d})))",
            ["a": .option("x"), "c": .option("z")],
            true
        ),
        EvaluationCase(
            "${a} = 'x' and (${b} = 'y' or (${c} = 'z' and not(${d})))",
            ["a": .option("x"), "c": .option("z"), "d": .text("!")],
            false
        ),
        EvaluationCase("((((${a} = 'x'))))", ["a": .option("x")], true),
        // true() and false(), and conditions compared as true/false.
        EvaluationCase("true()", [:], true),
        EvaluationCase("false()", [:], false),
        EvaluationCase("not(false())", [:], true),
        EvaluationCase("true() and false()", [:], false),
        EvaluationCase("true ( )", [:], true),
        EvaluationCase("selected(${contact}, 'police') = true()", twoTicked, true),
        EvaluationCase("selected(${contact}, 'health') != false()", twoTicked, false),
        EvaluationCase("(${a} = 'x') = (${b} = 'y')", [:], true),
        // Whitespace is free.
        EvaluationCase("${a}='x'and${b}!='y'", ["a": .option("x")], true),
        EvaluationCase("  ${a}  =  'x'  ", ["a": .option("x")], true),
        EvaluationCase("${a} = 'x'\n  and ${b} = 'y'", ["a": .option("x"), "b": .option("y")], true),
        EvaluationCase("${n}>=3\tand\t${n}<=5", ["n": .number(4)], true),
    ]

    @Test("evaluates valid conditions", arguments: evaluationCases)
    func evaluatesValidConditions(_ example: EvaluationCase) throws {
        let expression = try RelevanceParser.parse(example.condition)
        #expect(expression.evaluate(example.answers) == example.expected)
    }

    @Test("the canonical text of a condition parses back to the same expression", arguments: evaluationCases)
    func descriptionRoundTrips(_ example: EvaluationCase) throws {
        let expression = try RelevanceParser.parse(example.condition)
        #expect(try RelevanceParser.parse(expression.description) == expression)
    }

    @Test func buildsTheExpectedTree() throws {
        typealias E = RelevanceExpression
        let a = E.comparison(.reference("a"), .equal, .string("x"))
        let b = E.comparison(.reference("b"), .notEqual, .string("y"))
        let c = E.comparison(.reference("c"), .greaterOrEqual, .number(-2.5))

        #expect(try RelevanceParser.parse("${a} = 'x' or ${b} != 'y' and ${c} >= -2.5") == .or([a, .and([b, c])]))
        #expect(try RelevanceParser.parse("(${a} = 'x' or ${b} != \"y\") and ${c} >= -2.5") == .and([.or([a, b]), c]))
        #expect(try RelevanceParser.parse("${a} = 'x' and ${b} != 'y' and ${c} >= -2.5") == .and([a, b, c]))
        #expect(try RelevanceParser.parse("${a} = 'x' and (${b} != 'y' and ${c} >= -2.5)") == .and([a, .and([b, c])]))
        #expect(try RelevanceParser.parse("not(${a} = 'x')") == .not(a))
        #expect(try RelevanceParser.parse("selected(${q}, 'x')") == .selected(question: "q", option: "x"))
        #expect(try RelevanceParser.parse("count-selected(${q}) < 2")
            == .comparison(.countSelected(question: "q"), .less, .number(2)))
        #expect(try RelevanceParser.parse("true()") == .boolean(true))
        #expect(try RelevanceParser.parse("${q}") == .reference("q"))
        #expect(try RelevanceParser.parse("${Q_1}") == .reference("Q_1"))
    }

    @Test(arguments: [
        ("${a}='x'  and not( ${b} )", "${a} = 'x' and not(${b})"),
        ("(${a} = 'x' or ${b} = 'y') and ${c} = 'z'", "(${a} = 'x' or ${b} = 'y') and ${c} = 'z'"),
        ("${a} = 'x' or (${b} = 'y' or ${c} = 'z')", "${a} = 'x' or (${b} = 'y' or ${c} = 'z')"),
        ("${q} = \"it's\"", "${q} = \"it's\""),
        ("${n} >= 3.0", "${n} >= 3"),
        ("${n} < 0.00001", "${n} < 0.00001"),
        ("${n} < 10000000000000000000", "${n} < 10000000000000000000"),
        ("${n} > -.5", "${n} > -0.5"),
        ("selected(${q},\"x\")", "selected(${q}, 'x')"),
        ("count-selected( ${q} )>1", "count-selected(${q}) > 1"),
        ("(${a} = 1) = true()", "(${a} = 1) = true()"),
    ])
    func canonicalText(condition: String, canonical: String) throws {
        #expect(try RelevanceParser.parse(condition).description == canonical)
    }

    // MARK: - Invalid conditions

    struct SyntaxErrorCase: Sendable, CustomTestStringConvertible {
        let condition: String
        let column: Int
        let message: String

        init(_ condition: String, _ column: Int, _ message: String) {
            self.condition = condition
            self.column = column
            self.message = message
        }

        var testDescription: String { condition.debugDescription }
    }

    static let syntaxErrorCases: [SyntaxErrorCase] = [
        SyntaxErrorCase("", 1, "the condition is empty: write one, like ${q} = 'yes', or remove 'relevant'"),
        SyntaxErrorCase("  \n ", 1, "the condition is empty: write one, like ${q} = 'yes', or remove 'relevant'"),
        // Strings and references.
        SyntaxErrorCase("${q} = 'yes", 8, "the text starting at column 8 is not closed: add a closing ' at its end"),
        SyntaxErrorCase("${q} = \"yes'", 8, "the text starting at column 8 is not closed: add a closing \" at its end"),
        SyntaxErrorCase("$q = 'x'", 1, "'$' must start a question reference like ${name}"),
        SyntaxErrorCase("${} = 'x'", 3, "the question name is missing: write ${name}"),
        SyntaxErrorCase("${1q} = 'x'", 3, "a question name must start with a letter"),
        SyntaxErrorCase("${ q} = 'x'", 3, "expected a question name right after '${', like ${name}"),
        SyntaxErrorCase("${a-b} = 'x'", 4, "'-' can't be part of a question name: names use letters, digits and '_'"),
        SyntaxErrorCase("${q = 'x'", 4, "expected '}' to close '${' opened at column 1"),
        SyntaxErrorCase("${q", 4, "expected '}' to close '${' opened at column 1"),
        // Operators from other languages.
        SyntaxErrorCase("${q} == 'yes'", 6, "'==' is not used in XLSForm: write '=' to compare"),
        SyntaxErrorCase("${q} <> 'yes'", 6, "'<>' is not used in XLSForm: write '!=' for 'not equal'"),
        SyntaxErrorCase("${n} => 3", 6, "'=>' is not an operator: write '>='"),
        SyntaxErrorCase("${q} = 'a' && ${r} = 'b'", 12, "'&&' is not used in XLSForm: write 'and'"),
        SyntaxErrorCase("${q} = 'a' || ${r} = 'b'", 12, "'||' is not used in XLSForm: write 'or'"),
        SyntaxErrorCase("${q} = 'a' and !${r}", 16, "'!' on its own is not used in XLSForm: write not(...) or '!='"),
        SyntaxErrorCase("${q} = 'a' AND ${r} = 'b'", 12, "'AND' must be written in lower case: write 'and'"),
        SyntaxErrorCase("not(${q} Or ${r})", 10, "'Or' must be written in lower case: write 'or'"),
        SyntaxErrorCase("${n} + 1 > 3", 6, "'+' can't be used here: conditions compare values but can't do arithmetic"),
        SyntaxErrorCase("${n} - 1 > 3", 6, "'-' can't be used here: conditions compare values but can't do arithmetic"),
        SyntaxErrorCase(". = 'x'", 1, "'.' (the current question) can't be used here: refer to questions by name, like ${name}"),
        SyntaxErrorCase("${q} = 'x' # why", 12, "unexpected character '#': remove it"),
        SyntaxErrorCase("${q} = 'x'\u{200B}", 11, "unexpected character U+200B: remove it"),
        // Values.
        SyntaxErrorCase("${q} = yes", 8, "'yes' is not a value: put text in quotes, like 'yes'"),
        SyntaxErrorCase("${n} > 3x", 8, "'3x' is not a number: put text in quotes, like '3x'"),
        SyntaxErrorCase("${n} > 1.2.3", 8, "'1.2.3' is not a number: put text in quotes, like '1.2.3'"),
        SyntaxErrorCase(
            "${n} > 1" + String(repeating: "0", count: 400), 8, "this number is too large: use a smaller one"
        ),
        // Missing or misplaced pieces.
        SyntaxErrorCase("${q} =", 7, "expected a value (like ${q}, 'text' or 3) after '=', but the condition ended"),
        SyntaxErrorCase("${q} = )", 8, "expected a value (like ${q}, 'text' or 3) after '=', but found ')'"),
        SyntaxErrorCase("${q} = 'x' and", 15, "expected a condition after 'and', but the condition ended"),
        SyntaxErrorCase("${q} = 'x' or or ${r}", 15, "expected a condition after 'or', but found 'or'"),
        SyntaxErrorCase(
            "and ${q}", 1,
            "the condition can't start with 'and': start it with a question like ${q}, a function like selected(...), or '('"
        ),
        SyntaxErrorCase(
            "= 'x'", 1,
            "the condition can't start with '=': start it with a question like ${q}, a function like selected(...), or '('"
        ),
        SyntaxErrorCase("()", 2, "expected a value after '(', but found ')'"),
        SyntaxErrorCase("(${q} = 'x'", 12, "expected ')' to close '(' opened at column 1, but the condition ended"),
        SyntaxErrorCase("not(${q} = 'x'", 15, "expected ')' to close 'not(' opened at column 1, but the condition ended"),
        SyntaxErrorCase(
            "${a} and not(${q} = 'x' 'y')", 25,
            "expected ')' to close 'not(' opened at column 10, but found the text 'y'"
        ),
        SyntaxErrorCase("${q} = 'x')", 11, "')' has no matching '(': remove it, or add '(' where the bracket should start"),
        SyntaxErrorCase(
            "${q} = 'x' ${r} = 'y'", 12,
            "unexpected ${r} after a complete condition: join conditions with 'and' or 'or'"
        ),
        SyntaxErrorCase("${q}, ${r}", 5, "unexpected ',' after a complete condition: join conditions with 'and' or 'or'"),
        SyntaxErrorCase("1 < ${n} < 5", 10, "comparisons can't be chained: join them with 'and', like ${n} > 1 and ${n} < 5"),
        // Functions.
        SyntaxErrorCase(
            "foo(${q})", 1,
            "unknown function 'foo()': conditions can use selected(), count-selected(), not(), true() and false()"
        ),
        SyntaxErrorCase(
            "string-length(${q}) > 3", 1,
            "unknown function 'string-length()': conditions can use selected(), count-selected(), not(), true() and false()"
        ),
        SyntaxErrorCase(
            "${a} = jr:choice-name(${q}, '${q}')", 8,
            "unknown function 'jr:choice-name()': conditions can use selected(), count-selected(), not(), true() and false()"
        ),
        SyntaxErrorCase("NOT(${q})", 1, "function names are lower-case: write 'not(' instead of 'NOT('"),
        SyntaxErrorCase("not ${q}", 1, "'not' needs brackets: write it like not(${q} = 'yes')"),
        SyntaxErrorCase("${q} or true", 9, "'true' needs brackets: write it like true()"),
        SyntaxErrorCase("selected(${q})", 14, "selected() needs 2 arguments, but has 1: write it like selected(${q}, 'yes')"),
        SyntaxErrorCase(
            "selected(${q}, 'a', 'b')", 21, "selected() takes 2 arguments, but has 3: write it like selected(${q}, 'yes')"
        ),
        SyntaxErrorCase("not()", 5, "not() needs 1 argument, but has 0: write it like not(${q} = 'yes')"),
        SyntaxErrorCase("not(${a}, ${b})", 11, "not() takes 1 argument, but has 2: write it like not(${q} = 'yes')"),
        SyntaxErrorCase("true(1)", 6, "true() takes no arguments, but has 1: write it like true()"),
        SyntaxErrorCase(
            "count-selected()", 16, "count-selected() needs 1 argument, but has 0: write it like count-selected(${q})"
        ),
        SyntaxErrorCase(
            "count-selected('x') > 1", 16,
            "the argument of count-selected() must be a question, like count-selected(${q})"
        ),
        SyntaxErrorCase(
            "selected('x', ${q})", 10, "the first argument of selected() must be a question, like selected(${q}, 'yes')"
        ),
        SyntaxErrorCase(
            "selected(${q}, 1)", 16,
            "the second argument of selected() must be an option id in quotes: put the option id in quotes, like '1'"
        ),
        SyntaxErrorCase(
            "selected(${q}, ${r})", 16,
            "the second argument of selected() must be an option id in quotes: write an option id in quotes, like 'yes'"
        ),
        SyntaxErrorCase(
            "selected(${q} 'x')", 15,
            "expected ',' between the arguments of 'selected(' opened at column 1, but found the text 'x'"
        ),
        SyntaxErrorCase("selected(${q}, )", 16, "expected a value after ',', but found ')'"),
        SyntaxErrorCase(
            "selected(${q}, 'x'", 19, "expected ')' to close 'selected(' opened at column 1, but the condition ended"
        ),
    ]

    @Test("rejects invalid conditions with a clear message and column", arguments: syntaxErrorCases)
    func rejectsInvalidConditions(_ example: SyntaxErrorCase) {
        #expect(throws: RelevanceSyntaxError(message: example.message, column: example.column)) {
            try RelevanceParser.parse(example.condition)
        }
    }

    @Test func syntaxErrorDescriptionNamesTheColumn() {
        let error = RelevanceSyntaxError(message: "the condition is empty", column: 1)
        #expect(error.description == "column 1: the condition is empty")
    }

    @Test func columnsCountCharactersAsAnEditorShowsThem() {
        // "é" written as e + combining accent is one character: the junk is at column 12.
        #expect(throws: RelevanceSyntaxError(message: "unexpected character '#': remove it", column: 12)) {
            try RelevanceParser.parse("${q} = 'e\u{301}' #")
        }
    }

    // MARK: - referencedQuestions

    @Test(arguments: [
        ("${a} = 'x'", ["a"]),
        ("true()", []),
        ("'x' = 'x'", []),
        ("${b} = 'x' and ${a} = 'y' or ${b} != ${c}", ["b", "a", "c"]),
        ("selected(${contact}, 'police') and count-selected(${other}) > 1", ["contact", "other"]),
        ("not(${z}) or (${y} and not(${z} = ${x}))", ["z", "y", "x"]),
        ("count-selected(${q}) = 1 or selected(${q}, 'a') or ${q} = 'b'", ["q"]),
    ])
    func referencedQuestionsInOrderOfFirstAppearance(condition: String, expected: [String]) throws {
        #expect(try RelevanceParser.parse(condition).referencedQuestions == expected)
    }

    // MARK: - Limits against hostile input

    @Test func acceptsAConditionOfExactlyTheMaximumLength() throws {
        let prefix = "${q} = '"
        let condition = prefix + String(repeating: "a", count: RelevanceParser.maximumLength - prefix.count - 1) + "'"
        #expect(condition.count == 2000)
        let expression = try RelevanceParser.parse(condition)
        #expect(!expression.evaluate([:]))
    }

    @Test(arguments: [2001, 10_000, 1_000_000])
    func rejectsConditionsLongerThanTheMaximum(length: Int) {
        let condition = "${q} = '" + String(repeating: "a", count: length - 9) + "'"
        #expect(condition.count == length)
        #expect(throws: RelevanceSyntaxError(
            message: "the condition is longer than 2000 characters: simplify it, or split the question in two",
            column: 2001
        )) {
            try RelevanceParser.parse(condition)
        }
    }

    @Test func lengthCountsCharactersNotBytes() throws {
        // 1998 two-byte characters plus the quotes: 2000 characters, about 4000 bytes.
        let condition = "'" + String(repeating: "é", count: 1998) + "'"
        #expect(try RelevanceParser.parse(condition).evaluate([:]))
    }

    @Test func longFlatChainsStayShallowAndEvaluate() throws {
        let terms = Array(repeating: "${q} = 'x'", count: 130)
        let condition = terms.joined(separator: " and ")
        #expect(condition.count <= 2000)
        let expression = try RelevanceParser.parse(condition)
        guard case .and(let parsed) = expression else {
            Issue.record("expected one flat 'and', got \(expression)")
            return
        }
        #expect(parsed.count == 130)
        #expect(expression.evaluate(["q": .option("x")]))
        #expect(!expression.evaluate([:]))
    }

    @Test func acceptsNestingToTheMaximumDepth() throws {
        let depth = RelevanceParser.maximumDepth
        let brackets = String(repeating: "(", count: depth) + "${q} = 'x'" + String(repeating: ")", count: depth)
        #expect(try RelevanceParser.parse(brackets).evaluate(["q": .option("x")]))

        let nots = String(repeating: "not(", count: depth) + "${q}" + String(repeating: ")", count: depth)
        #expect(try RelevanceParser.parse(nots).evaluate(["q": .text("hi")]))  // an even number of nots

        let mixed = String(repeating: "not((", count: depth / 2) + "${q}" + String(repeating: "))", count: depth / 2)
        #expect(try RelevanceParser.parse(mixed).evaluate(["q": .text("hi")]))
    }

    @Test(arguments: [
        ("(", 1),
        ("not(", 4),
        ("selected(", 9),
    ])
    func rejectsNestingDeeperThanTheMaximum(opener: String, width: Int) {
        let depth = RelevanceParser.maximumDepth + 1
        let condition = String(repeating: opener, count: depth) + "${q}" + String(repeating: ")", count: depth)
        let column = RelevanceParser.maximumDepth * width + 1
        #expect(throws: RelevanceSyntaxError(
            message: "brackets and functions are nested more than 32 deep here: simplify the condition",
            column: column
        )) {
            try RelevanceParser.parse(condition)
        }
    }

    @Test(arguments: [
        String(repeating: "(", count: 2000),
        String(repeating: "not(", count: 500),
        String(repeating: "((", count: 500) + "${q}",
        String(repeating: "(${q} = 1 and ", count: 140),
    ])
    func hostileNestingFailsCleanly(condition: String) {
        #expect(throws: RelevanceSyntaxError.self) {
            try RelevanceParser.parse(condition)
        }
        do {
            _ = try RelevanceParser.parse(condition)
        } catch {
            #expect(error.column == 33 || error.message.contains("nested more than 32 deep"))
        }
    }

    @Test func hostileTextNeverCrashes() {
        let samples = [
            String(repeating: "'", count: 1999),
            String(repeating: "${", count: 1000),
            String(repeating: "-", count: 2000),
            String(repeating: "9", count: 2000),
            String(repeating: ")", count: 2000),
            String(repeating: "\u{0}", count: 10),
            "e" + String(repeating: "\u{301}", count: 100_000),
            "${q} = '\u{1F600}' and \u{1F600}",
        ]
        for sample in samples {
            do {
                _ = try RelevanceParser.parse(sample)
            } catch {
                #expect(error.column >= 1)
                #expect(!error.message.isEmpty)
            }
        }
    }
}

/// The JSON the page script evaluates names the same structure the server evaluates.
@Suite struct RelevanceJSONTests {
    @Test(arguments: [
        ("selected(${a}, 'x')", #"["sel","a","x"]"#),
        ("${n} >= 3 and not(${b} = '')", #"["and",[["cmp",">=",["ref","n"],["num",3]],["not",["cmp","=",["ref","b"],["str",""]]]]]"#),
        ("count-selected(${m}) > 1 or true()", #"["or",[["cmp",">",["cnt","m"],["num",1]],["bool",true]]]"#),
    ])
    func encodesTheTree(_ source: String, _ expected: String) throws {
        #expect(try RelevanceParser.parse(source).json == expected)
    }
}
