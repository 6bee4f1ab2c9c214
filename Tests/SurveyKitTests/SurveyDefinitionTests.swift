import Foundation
import SurveyKit
import Testing

/// Loading survey definition files: every kind of mistake gives its file, line, column and a message
/// that says what to do; valid files give the survey they describe.
@Suite struct SurveyDefinitionTests {
    typealias F = SurveyFixture

    static let topAllowed = "audience, closing, consent, consent_summary, id, intro, option_lists, pages, run_by, title, version"
    static let pageAllowed = "questions, title"
    static let questionAllowed =
        "hierarchy, hint, id, identifying, integer, label, max, max_length, min, options, quote_permission, relevant, required, type"
    static let optionAllowed = "id, label"
    static let sharedLists = "agency_rating, agreement, prefer_not_to_say, yes_no, yes_no_dont_know"

    // MARK: - Invalid files

    struct InvalidCase: Sendable, CustomTestStringConvertible {
        let name: String
        let yaml: String
        let expected: [SurveyDefinitionProblem]

        init(_ name: String, _ yaml: String, _ expected: [SurveyDefinitionProblem]) {
            self.name = name
            self.yaml = yaml
            self.expected = expected
        }

        var testDescription: String { name }
    }

    /// Each YAML's lines are counted from 1; `F.onePage` puts the first question line on line 9.
    static let invalidCases: [InvalidCase] = [
        // Unknown keys, at every level.
        InvalidCase(
            "unknown top-level key, with a suggestion",
            F.head + F.lines(
                "colsing: Thank you.",
                "pages:",
                "  - title: P",
                "    questions:",
                "      - id: q",
                "        type: text",
                "        label: Your words"),
            [F.problem(6, 1, "unknown key 'colsing' in the survey. Did you mean 'closing'? Allowed: \(topAllowed).")]),
        InvalidCase(
            "unknown top-level key, nothing close",
            F.head + F.lines(
                "language: en",
                "pages:",
                "  - title: P",
                "    questions:",
                "      - id: q",
                "        type: text",
                "        label: Your words"),
            [F.problem(6, 1, "unknown key 'language' in the survey. Allowed: \(topAllowed).")]),
        InvalidCase(
            "unknown page key",
            F.head + F.lines(
                "pages:",
                "  - title: P",
                "    hint: H",
                "    questions:",
                "      - id: q",
                "        type: text",
                "        label: Your words"),
            [F.problem(8, 5, "unknown key 'hint' in page 1. Allowed: \(pageAllowed).")]),
        InvalidCase(
            "misspelt page key, so the page also has no title",
            F.head + F.lines(
                "pages:",
                "  - titel: P",
                "    questions:",
                "      - id: q",
                "        type: text",
                "        label: Your words"),
            [
                F.problem(7, 5, "unknown key 'titel' in page 1. Did you mean 'title'? Allowed: \(pageAllowed)."),
                F.problem(7, 5, "page 1 has no 'title'. Add it."),
            ]),
        InvalidCase(
            "misspelt question key 'lable'",
            F.onePage(F.lines(
                "      - id: q",
                "        type: text",
                "        lable: Your words")),
            [
                F.problem(11, 9, "unknown key 'lable' in question 'q'. Did you mean 'label'? Allowed: \(questionAllowed)."),
                F.problem(9, 9, "question 'q' has no 'label'. Add it."),
            ]),
        InvalidCase(
            "misspelt question key with one letter wrong",
            F.onePage(F.lines(
                "      - id: q",
                "        type: text",
                "        label: Your words",
                "        relevent: ${q} = ''")),
            [F.problem(12, 9, "unknown key 'relevent' in question 'q'. Did you mean 'relevant'? Allowed: \(questionAllowed).")]),
        InvalidCase(
            "misspelt option key",
            F.onePage(F.lines(
                "      - id: q",
                "        type: single_choice",
                "        label: Choose",
                "        options:",
                "          - {id: a, lable: A}",
                "          - {id: b, label: B}")),
            [
                F.problem(13, 21, "unknown key 'lable' in an option of question 'q'. Did you mean 'label'? Allowed: \(optionAllowed)."),
                F.problem(13, 13, "option 'a' of question 'q' has no 'label'. Add it."),
            ]),
        InvalidCase(
            "unknown option key",
            F.onePage(F.lines(
                "      - id: q",
                "        type: single_choice",
                "        label: Choose",
                "        options:",
                "          - {id: a, label: A, hint: H}")),
            [F.problem(13, 31, "unknown key 'hint' in an option of question 'q'. Allowed: \(optionAllowed).")]),
        InvalidCase(
            "a key given twice",
            F.onePage(F.lines(
                "      - id: q",
                "        type: text",
                "        label: Your words",
                "        label: Other words")),
            [F.problem(11, 9, "the key 'label' appears more than once in one block (first on this line). Keep one.")]),

        // Question ids.
        InvalidCase(
            "duplicate question id",
            F.onePage(F.lines(
                "      - id: q",
                "        type: text",
                "        label: A",
                "      - id: q",
                "        type: text",
                "        label: B")),
            [F.problem(12, 9, "duplicate question id 'q' (first used on line 9). Give each question its own id.")]),
        InvalidCase(
            "duplicate question id on another page",
            F.head + F.lines(
                "pages:",
                "  - title: One",
                "    questions:",
                "      - id: q",
                "        type: text",
                "        label: A",
                "  - title: Two",
                "    questions:",
                "      - id: q",
                "        type: text",
                "        label: B"),
            [F.problem(14, 9, "duplicate question id 'q' (first used on line 9). Give each question its own id.")]),
        InvalidCase(
            "question id that is not a name",
            F.onePage(F.lines(
                "      - id: 2nd-question",
                "        type: text",
                "        label: A")),
            [F.problem(9, 13, "the question id '2nd-question' must start with a letter and use only letters, digits and '_' (at most 64 characters).")]),

        // Option lists.
        InvalidCase(
            "unknown option list by name",
            F.onePage(F.lines(
                "      - id: q",
                "        type: scale",
                "        label: Choose",
                "        options: agreemnt")),
            [F.problem(12, 18, "unknown option list 'agreemnt'. Use one of: \(sharedLists), or list the options.")]),
        InvalidCase(
            "unknown option list spliced into a list",
            F.onePage(F.lines(
                "      - id: q",
                "        type: single_choice",
                "        label: Choose",
                "        options:",
                "          - {id: a, label: A}",
                "          - prefer_not_to_sya")),
            [F.problem(14, 13, "unknown option list 'prefer_not_to_sya'. Use one of: \(sharedLists), or list the options.")]),
        InvalidCase(
            "unknown option list names this file's own lists too",
            F.head + F.lines(
                "option_lists:",
                "  areas:",
                "    - {id: north, label: North}",
                "pages:",
                "  - title: P",
                "    questions:",
                "      - id: q",
                "        type: single_choice",
                "        label: Choose",
                "        options: area"),
            [F.problem(15, 18, "unknown option list 'area'. Use one of: agency_rating, agreement, areas, prefer_not_to_say, yes_no, yes_no_dont_know, or list the options.")]),
        InvalidCase(
            "a local option list may not take a shared list's name",
            F.head + F.lines(
                "option_lists:",
                "  agreement:",
                "    - {id: yes_please, label: Yes please}",
                "pages:",
                "  - title: P",
                "    questions:",
                "      - id: q",
                "        type: single_choice",
                "        label: Choose",
                "        options: agreement"),
            [F.problem(7, 3, "the option list 'agreement' is already a shared list. Give yours another name.")]),

        // Skip logic.
        InvalidCase(
            "relevant names a question that does not exist",
            F.onePage(F.lines(
                "      - id: a",
                "        type: text",
                "        label: A",
                "      - id: b",
                "        type: text",
                "        label: B",
                "        relevant: ${nope} != ''")),
            [F.problem(15, 19, "the 'relevant' of question 'b' refers to ${nope}, which is not a question before it. Check the spelling, or move question 'b' after 'nope'.")]),
        InvalidCase(
            "relevant names a later question",
            F.onePage(F.lines(
                "      - id: a",
                "        type: text",
                "        label: A",
                "        relevant: ${b} != ''",
                "      - id: b",
                "        type: text",
                "        label: B")),
            [F.problem(12, 19, "the 'relevant' of question 'a' refers to ${b}, which is not a question before it. Check the spelling, or move question 'a' after 'b'.")]),
        InvalidCase(
            "relevant names its own question",
            F.onePage(F.lines(
                "      - id: a",
                "        type: text",
                "        label: A",
                "        relevant: ${a} != ''")),
            [F.problem(12, 19, "the 'relevant' of question 'a' refers to ${a}, which is not a question before it. Check the spelling, or move question 'a' after 'a'.")]),
        InvalidCase(
            "relevant names a question on a later page",
            F.head + F.lines(
                "pages:",
                "  - title: One",
                "    questions:",
                "      - id: a",
                "        type: text",
                "        label: A",
                "        relevant: selected(${b}, 'x')",
                "  - title: Two",
                "    questions:",
                "      - id: b",
                "        type: multiple_choice",
                "        label: B",
                "        options:",
                "          - {id: x, label: X}"),
            [F.problem(12, 19, "the 'relevant' of question 'a' refers to ${b}, which is not a question before it. Check the spelling, or move question 'a' after 'b'.")]),
        InvalidCase(
            "relevant that cannot be parsed",
            F.onePage(F.lines(
                "      - id: a",
                "        type: text",
                "        label: A",
                "      - id: b",
                "        type: text",
                "        label: B",
                "        relevant: ${a} =")),
            [F.problem(15, 19, "the 'relevant' of question 'b' cannot be read: expected a value (like ${q}, 'text' or 3) after '=', but the condition ended (column 7 of \"${a} =\").")]),

        InvalidCase(
            "relevant tests an option the question does not have",
            F.onePage(F.lines(
                "      - id: a",
                "        type: multiple_choice",
                "        label: A",
                "        options: yes_no",
                "      - id: b",
                "        type: text",
                "        label: B",
                "        relevant: selected(${a}, 'yse') or ${a} = 'maybe'")),
            [F.problem(16, 19, "the 'relevant' of question 'b' compares ${a} with 'yse', which is not one of its options (yes, no). Check the spelling."),
             F.problem(16, 19, "the 'relevant' of question 'b' compares ${a} with 'maybe', which is not one of its options (yes, no). Check the spelling.")]),

        InvalidCase(
            "an identifying question that is not single choice",
            F.onePage(F.lines(
                "      - id: a",
                "        type: multiple_choice",
                "        label: A",
                "        identifying: true",
                "        options: yes_no")),
            [F.problem(12, 22, "question 'a' is multiple_choice, but identifying questions must be single_choice or scale, so that each person is in one group. Use bands as options, or split it into yes/no questions.")]),

        InvalidCase(
            "a question id the page layout uses",
            F.onePage(F.lines(
                "      - id: main",
                "        type: text",
                "        label: A")),
            [F.problem(9, 13, "the question id 'main' is used by the page itself. Choose another id.")]),

        // Option ids.
        InvalidCase(
            "option id that YAML reads as a boolean",
            F.onePage(F.lines(
                "      - id: q",
                "        type: single_choice",
                "        label: Choose",
                "        options:",
                "          - {id: yes, label: Yes}",
                "          - {id: \"no\", label: No}")),
            [F.problem(13, 18, "the option id yes in question 'q' was read by YAML as true or false. Put it in quotes: \"yes\".")]),
        InvalidCase(
            "option id with a space",
            F.onePage(F.lines(
                "      - id: q",
                "        type: single_choice",
                "        label: Choose",
                "        options:",
                "          - {id: a b, label: A}")),
            [F.problem(13, 18, "the option id 'a b' in question 'q' must use only letters, digits, '_' and '-' (at most 64 characters).")]),
        InvalidCase(
            "option without an id",
            F.onePage(F.lines(
                "      - id: q",
                "        type: single_choice",
                "        label: Choose",
                "        options:",
                "          - {id: a, label: A}",
                "          - {label: B}")),
            [F.problem(14, 13, "an option of question 'q' has no 'id'.")]),
        InvalidCase(
            "duplicate option id",
            F.onePage(F.lines(
                "      - id: q",
                "        type: single_choice",
                "        label: Choose",
                "        options:",
                "          - {id: a, label: A}",
                "          - {id: a, label: B}")),
            [F.problem(14, 13, "duplicate option id 'a' in question 'q'. Give each option its own id.")]),
        InvalidCase(
            "duplicate option id from a spliced list",
            F.onePage(F.lines(
                "      - id: q",
                "        type: single_choice",
                "        label: Choose",
                "        options:",
                "          - yes_no",
                "          - {id: \"no\", label: Nope}")),
            [F.problem(14, 13, "duplicate option id 'no' in question 'q'. Give each option its own id.")]),

        // Missing keys in questions and pages.
        InvalidCase(
            "question without a type",
            F.onePage(F.lines(
                "      - id: q",
                "        label: Your words")),
            [F.problem(9, 9, "question 'q' has no 'type'. Add it.")]),
        InvalidCase(
            "question without a label",
            F.onePage(F.lines(
                "      - id: q",
                "        type: text")),
            [F.problem(9, 9, "question 'q' has no 'label'. Add it.")]),
        InvalidCase(
            "question without an id",
            F.onePage(F.lines(
                "      - type: text",
                "        label: Your words")),
            [F.problem(9, 9, "a question has no 'id'. Add it.")]),
        InvalidCase(
            "page without questions",
            F.head + F.lines(
                "pages:",
                "  - title: P"),
            [F.problem(7, 5, "page 1 has no 'questions'. Add a list of questions.")]),
        InvalidCase(
            "choice question without options",
            F.onePage(F.lines(
                "      - id: q",
                "        type: single_choice",
                "        label: Choose")),
            [F.problem(9, 9, "question 'q' is single_choice but has no 'options'. Add a list of options or the name of an option list.")]),

        // Wrong values.
        InvalidCase(
            "unknown audience",
            F.lines(
                "id: test",
                "version: 1",
                "title: Test survey",
                "audience: survivor",
                "intro: About this survey.",
                "pages:",
                "  - title: P",
                "    questions:",
                "      - id: q",
                "        type: text",
                "        label: Your words"),
            [F.problem(4, 11, "unknown audience 'survivor'. Use one of: survivors, professionals, those-who-harm, young-people, public.")]),
        InvalidCase(
            "unknown question type",
            F.onePage(F.lines(
                "      - id: q",
                "        type: checkbox",
                "        label: Your words")),
            [F.problem(10, 15, "unknown question type 'checkbox' in question 'q'. Use one of: single_choice, multiple_choice, scale, text, number, note, or XLSForm's select_one LIST, select_multiple LIST, integer, decimal.")]),
        InvalidCase(
            "options on a text question",
            F.onePage(F.lines(
                "      - id: q",
                "        type: text",
                "        label: Your words",
                "        options: yes_no")),
            [F.problem(12, 18, "question 'q' is text, which has no options. Remove 'options' or change the type.")]),
        InvalidCase(
            "quote_permission on a number question",
            F.onePage(F.lines(
                "      - id: q",
                "        type: number",
                "        label: How many?",
                "        quote_permission: true")),
            [F.problem(12, 27, "'quote_permission' is for text questions only; question 'q' is number.")]),
        InvalidCase(
            "quote_permission on a choice question",
            F.onePage(F.lines(
                "      - id: q",
                "        type: single_choice",
                "        label: Choose",
                "        options: yes_no",
                "        quote_permission: true")),
            [F.problem(13, 27, "'quote_permission' is for text questions only; question 'q' is single_choice.")]),
        InvalidCase(
            "max_length on a choice question",
            F.onePage(F.lines(
                "      - id: q",
                "        type: scale",
                "        label: Choose",
                "        options: agreement",
                "        max_length: 10")),
            [F.problem(13, 21, "'max_length' is for text questions only; question 'q' is scale.")]),
        InvalidCase(
            "min on a text question",
            F.onePage(F.lines(
                "      - id: q",
                "        type: text",
                "        label: Your words",
                "        min: 1")),
            [F.problem(12, 14, "'min', 'max' and 'integer' are for number questions only; question 'q' is text.")]),
        InvalidCase(
            "max_length out of range",
            F.onePage(F.lines(
                "      - id: q",
                "        type: text",
                "        label: Your words",
                "        max_length: 20000")),
            [F.problem(12, 21, "'max_length' must be between 1 and 10000.")]),
        InvalidCase(
            "min larger than max",
            F.onePage(F.lines(
                "      - id: q",
                "        type: number",
                "        label: How many?",
                "        min: 10",
                "        max: 2")),
            [F.problem(12, 14, "'min' (10.0) is larger than 'max' (2.0) in question 'q'.")]),
        InvalidCase(
            "required that is not true or false",
            F.onePage(F.lines(
                "      - id: q",
                "        type: text",
                "        label: Your words",
                "        required: yes")),
            [F.problem(12, 19, "'required' must be true or false.")]),
        InvalidCase(
            "a note cannot be required",
            F.onePage(F.lines(
                "      - id: n",
                "        type: note",
                "        label: Read this.",
                "        required: true")),
            [F.problem(9, 9, "question 'n' is a note, which asks nothing, so it cannot be required or identifying.")]),
        InvalidCase(
            "version zero",
            F.lines(
                "id: test",
                "version: 0",
                "title: Test survey",
                "audience: survivors",
                "intro: About this survey.",
                "pages:",
                "  - title: P",
                "    questions:",
                "      - id: q",
                "        type: text",
                "        label: Your words"),
            [F.problem(2, 10, "'version' must be at least 1.")]),
        InvalidCase(
            "version not a whole number",
            F.lines(
                "id: test",
                "version: 1.5",
                "title: Test survey",
                "audience: survivors",
                "intro: About this survey.",
                "pages:",
                "  - title: P",
                "    questions:",
                "      - id: q",
                "        type: text",
                "        label: Your words"),
            [F.problem(2, 10, "'version' must be a whole number.")]),
        InvalidCase(
            "survey id that is not a slug",
            F.lines(
                "id: Test Survey",
                "version: 1",
                "title: Test survey",
                "audience: survivors",
                "intro: About this survey.",
                "pages:",
                "  - title: P",
                "    questions:",
                "      - id: q",
                "        type: text",
                "        label: Your words"),
            [F.problem(1, 5, "the survey id 'Test Survey' must use only lower-case letters, digits and '-' (it becomes the address /s/Test Survey).")]),

        // Texts.
        InvalidCase(
            "label map without English",
            F.onePage(F.lines(
                "      - id: q",
                "        type: text",
                "        label:",
                "          cy: Sut ymatebodd yr heddlu?",
                "          ur: پولیس نے کیا کیا؟")),
            [F.problem(12, 11, "'label' has no English ('en') text, which every other language falls back to. Add it.")]),
        InvalidCase(
            "label map with something that is not a language code",
            F.onePage(F.lines(
                "      - id: q",
                "        type: text",
                "        label:",
                "          en: How did the police respond?",
                "          Welsh: Sut ymatebodd yr heddlu?")),
            [F.problem(13, 11, "'label' has 'Welsh', which is not a language code like en, cy or ur.")]),
        InvalidCase(
            "empty title",
            F.lines(
                "id: test",
                "version: 1",
                "title: \"  \"",
                "audience: survivors",
                "intro: About this survey.",
                "pages:",
                "  - title: P",
                "    questions:",
                "      - id: q",
                "        type: text",
                "        label: Your words"),
            [F.problem(3, 8, "'title' is empty. Write the text, or remove the key.")]),

        // Not YAML at all.
        InvalidCase(
            "bad indentation in a question",
            F.onePage(F.lines(
                "      - id: q",
                "        type: text",
                "       label: Your words")),
            [F.problem(11, 8, "this is not valid YAML: did not find expected '-' indicator. Check the indentation and quotes on this line.")]),
        InvalidCase(
            "bad indentation at the top",
            F.lines(
                "id: test",
                "version: 1",
                "  title: Test survey"),
            [F.problem(3, 8, "this is not valid YAML: mapping values are not allowed in this context. Check the indentation and quotes on this line.")]),
        InvalidCase(
            "a tab used for indentation",
            F.lines(
                "id: test",
                "\tversion: 1"),
            [F.problem(2, 1, "this is not valid YAML: found a tab character that violates indentation. Check the indentation and quotes on this line.")]),
        InvalidCase(
            "empty file",
            "",
            [F.problem(1, 1, "the file is empty. A survey needs id, version, title, audience, intro and pages.")]),
        InvalidCase(
            "file of comments only",
            "# A survey, one day\n\n",
            [F.problem(1, 1, "the file is empty. A survey needs id, version, title, audience, intro and pages.")]),
        InvalidCase(
            "a list instead of a survey",
            "- id: test\n",
            [F.problem(1, 1, "the survey must be a set of 'key: value' lines.")]),
    ]

    @Test(arguments: invalidCases)
    func invalidFileIsReportedExactly(_ testCase: InvalidCase) {
        #expect(F.problems(testCase.yaml) == testCase.expected)
    }

    /// A file with a comment first, as the real ones have: a missing key points at the survey's first key.
    static let completeLines = [
        "# A survey for the tests",
        "id: test",
        "version: 1",
        "title: Test survey",
        "audience: survivors",
        "intro: About this survey.",
        "pages:",
        "  - title: P",
        "    questions:",
        "      - id: q",
        "        type: text",
        "        label: Your words",
    ]

    @Test(arguments: [
        ("id", "the survey has no 'id'. Add it."),
        ("version", "the survey has no 'version'. Add it."),
        ("title", "the survey has no 'title'. Add it."),
        ("audience", "the survey has no 'audience'. Add it."),
        ("intro", "the survey has no 'intro'. Add it."),
        ("pages", "the survey has no 'pages'. Add a list of pages, each with a title and questions."),
    ])
    func missingTopLevelKey(_ key: String, _ message: String) {
        var kept = Self.completeLines
        let start = kept.firstIndex { $0.hasPrefix(key + ":") }!
        // A key's block runs until the next line that starts in the first column.
        let end = kept[(start + 1)...].firstIndex { !$0.hasPrefix(" ") } ?? kept.endIndex
        kept.removeSubrange(start..<end)
        let yaml = kept.joined(separator: "\n") + "\n"
        #expect(F.problems(yaml) == [F.problem(2, 1, message)])
    }

    @Test(arguments: ["yes", "no", "on", "off", "true", "false", "Yes", "NO"])
    func unquotedBooleanOptionIDIsAnError(_ word: String) {
        let yaml = F.onePage(F.lines(
            "      - id: q",
            "        type: single_choice",
            "        label: Choose",
            "        options:",
            "          - {id: maybe, label: Maybe}",
            "          - {id: \(word), label: Word}"))
        #expect(F.problems(yaml) == [
            F.problem(14, 18, "the option id \(word) in question 'q' was read by YAML as true or false. Put it in quotes: \"\(word)\"."),
        ])
    }

    @Test(arguments: ["\"yes\"", "'no'", "\"on\"", "'off'", "\"true\"", "\"false\""])
    func quotedBooleanOptionIDIsAccepted(_ quoted: String) throws {
        let yaml = F.onePage(F.lines(
            "      - id: q",
            "        type: single_choice",
            "        label: Choose",
            "        options:",
            "          - {id: \(quoted), label: Word}"))
        let survey = try F.survey(yaml)
        #expect(survey.questions[0].options.map(\.id) == [String(quoted.dropFirst().dropLast())])
    }

    @Test func severalProblemsInOneFileAreAllReported() {
        let yaml = F.lines(
            "id: test",                            // 1
            "version: 0",                          // 2
            "title: Test survey",                  // 3
            "audience: everyone",                  // 4
            "intro: About this survey.",           // 5
            "pages:",                              // 6
            "  - title: P",                        // 7
            "    questions:",                      // 8
            "      - id: a",                       // 9
            "        type: text",                  // 10
            "        lable: A",                    // 11
            "      - id: b",                       // 12
            "        type: single_choice",         // 13
            "        label: B",                    // 14
            "        options:",                    // 15
            "          - {id: yes, label: Yes}",   // 16
            "          - {id: \"no\", label: No}", // 17
            "      - id: c",                       // 18
            "        type: multiple_choice",       // 19
            "        label: C",                    // 20
            "        options: []",                 // 21
            "      - id: b",                       // 22
            "        type: text",                  // 23
            "        label: Again",                // 24
            "        relevant: ${z} = 'x'")        // 25
        #expect(F.problems(yaml) == [
            F.problem(2, 10, "'version' must be at least 1."),
            F.problem(4, 11, "unknown audience 'everyone'. Use one of: survivors, professionals, those-who-harm, young-people, public."),
            F.problem(11, 9, "unknown key 'lable' in question 'a'. Did you mean 'label'? Allowed: \(Self.questionAllowed)."),
            F.problem(9, 9, "question 'a' has no 'label'. Add it."),
            F.problem(16, 18, "the option id yes in question 'b' was read by YAML as true or false. Put it in quotes: \"yes\"."),
            // Reported even though the file already has other problems.
            F.problem(21, 18, "question 'c' has no options. Add at least one."),
            F.problem(25, 19, "the 'relevant' of question 'b' refers to ${z}, which is not a question before it. Check the spelling, or move question 'b' after 'z'."),
            F.problem(22, 9, "duplicate question id 'b' (first used on line 12). Give each question its own id."),
        ])
    }

    @Test func errorDescriptionNamesFileLineAndColumn() {
        do {
            _ = try SurveyLibrary.parse(yaml: F.onePage(F.lines("      - id: q", "        type: checkbox", "        label: L")), file: "Surveys/x.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == """
                The survey definitions have 1 problem:
                  Surveys/x.yaml:10:15: unknown question type 'checkbox' in question 'q'. Use one of: single_choice, multiple_choice, scale, text, number, note, or XLSForm's select_one LIST, select_multiple LIST, integer, decimal.
                Fix the file (see docs/survey-format.md) and try again.
                """)
        }
    }

    // MARK: - Folders of files

    /// A fresh folder holding the given files, removed after `body`.
    static func withFolder(_ files: [String: String], _ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("surveykit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        try body(folder)
    }

    static func surveyFile(id: String, comment: Bool = false) -> String {
        (comment ? "# Second copy\n" : "") + F.lines(
            "id: \(id)",
            "version: 1",
            "title: Test survey",
            "audience: survivors",
            "intro: About this survey.",
            "pages:",
            "  - title: P",
            "    questions:",
            "      - id: q",
            "        type: text",
            "        label: Your words")
    }

    @Test func duplicateSurveyIDsAcrossFiles() throws {
        try Self.withFolder([
            "a.yaml": Self.surveyFile(id: "same"),
            "b.yaml": Self.surveyFile(id: "same", comment: true),
        ]) { folder in
            let a = folder.appendingPathComponent("a.yaml").path
            let b = folder.appendingPathComponent("b.yaml").path
            #expect(F.loadProblems(folder) == [
                SurveyDefinitionProblem(file: b, line: 2, column: 5, message: "version 1 of the survey 'same' is also in \(a). Each version of a survey needs its own file: raise `version:` in the newer one, and keep the older file beside it."),
            ])
        }
    }

    @Test func folderReportsProblemsOfEveryFile() throws {
        try Self.withFolder([
            "a.yaml": "",
            "b.yaml": F.onePage(F.lines("      - id: q", "        type: text")),
            "c.yaml": Self.surveyFile(id: "fine"),
        ]) { folder in
            #expect(F.loadProblems(folder) == [
                F.problem(1, 1, "the file is empty. A survey needs id, version, title, audience, intro and pages.", file: folder.appendingPathComponent("a.yaml").path),
                F.problem(9, 9, "question 'q' has no 'label'. Add it.", file: folder.appendingPathComponent("b.yaml").path),
            ])
        }
    }

    @Test func folderSkipsThemesDraftsAndOtherFiles() throws {
        try Self.withFolder([
            "one.yaml": Self.surveyFile(id: "one"),
            "two.yml": Self.surveyFile(id: "two"),
            "_draft.yaml": "not: [valid",
            "themes.yaml": "themes: []\n",
            "README.md": "# Surveys\n",
        ]) { folder in
            let library = try SurveyLibrary.load(directory: folder)
            #expect(library.surveys.map(\.id) == ["one", "two"])
            #expect(library.survey("two")?.sourcePath == folder.appendingPathComponent("two.yml").path)
            #expect(library.survey("three") == nil)
        }
    }

    @Test func emptyFolderIsAnError() throws {
        try Self.withFolder(["README.md": "nothing\n"]) { folder in
            #expect(F.loadProblems(folder) == [
                F.problem(1, 1, "there are no survey files (*.yaml) in this folder.", file: folder.path),
            ])
        }
    }

    @Test func missingFolderIsAnError() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("surveykit-missing-\(UUID().uuidString)")
        do {
            _ = try SurveyLibrary.load(directory: folder)
            Issue.record("expected an error")
        } catch {
            #expect(error.problems == [
                F.problem(1, 1, "cannot read the surveys folder. Check that it exists and can be read.", file: folder.path),
            ])
        }
    }

    // MARK: - Valid files

    @Test func labelsAsStringAndAsLanguageMap() throws {
        let survey = try F.survey(F.head + F.lines(
            "consent: |",
            "  Please read this.",
            "",
            "  Second paragraph.",
            "closing: Thank you.",
            "run_by: The partnership",
            "pages:",
            "  - title:",
            "      en: Police",
            "      cy: Heddlu",
            "    questions:",
            "      - id: q",
            "        type: text",
            "        label: \"  How did the police respond?  \"",
            "        hint:",
            "          en: Please do not include names.",
            "          ur: براہ کرم نام نہ لکھیں۔",
            "      - id: r",
            "        type: text",
            "        label:",
            "          en: How did the police respond?",
            "          cy: Sut ymatebodd yr heddlu?"))
        #expect(survey.id == "test")
        #expect(survey.version == 1)
        #expect(survey.title.english == "Test survey")
        #expect(survey.audience == .survivors)
        #expect(survey.intro.english == "About this survey.")
        #expect(survey.consent?.english == "Please read this.\n\nSecond paragraph.")
        #expect(survey.closing?.english == "Thank you.")
        #expect(survey.runBy?.english == "The partnership")
        #expect(survey.sourcePath == "test.yaml")

        let page = survey.pages[0]
        #expect(page.title.text(in: "cy") == "Heddlu")
        #expect(page.title.text(in: "ur") == "Police")

        let q = survey.questions[0]
        #expect(q.label.byLanguage == ["en": "How did the police respond?"])
        #expect(q.hint?.text(in: "ur") == "براہ کرم نام نہ لکھیں۔")
        #expect(q.hint?.text(in: "cy") == "Please do not include names.")
        #expect(q.hint?.has(language: "cy") == false)

        let r = survey.questions[1]
        #expect(r.label.byLanguage == ["en": "How did the police respond?", "cy": "Sut ymatebodd yr heddlu?"])
        #expect(r.label.text(in: "cy") == "Sut ymatebodd yr heddlu?")
        #expect(r.label.text(in: "pl") == "How did the police respond?")
        #expect(r.label.has(language: "cy"))
    }

    @Test func optionalTextsAreAbsentWhenNotGiven() throws {
        let survey = try F.survey(F.onePage(F.lines("      - id: q", "        type: text", "        label: L")))
        #expect(survey.consent == nil)
        #expect(survey.closing == nil)
        #expect(survey.runBy == nil)
        #expect(survey.questions[0].hint == nil)
    }

    @Test(arguments: SharedOptionLists.all.keys.sorted())
    func sharedOptionListByName(_ name: String) throws {
        let survey = try F.survey(F.onePage(F.lines(
            "      - id: q",
            "        type: scale",
            "        label: Choose",
            "        options: \(name)")))
        #expect(survey.questions[0].options == SharedOptionLists.all[name])
    }

    @Test func sharedOptionListsAreAsDocumented() {
        let ids = SharedOptionLists.all.mapValues { $0.map(\.id) }
        #expect(ids == [
            "agreement": ["strongly_agree", "agree", "neither", "disagree", "strongly_disagree"],
            "agency_rating": ["very_positive", "positive", "neutral", "negative", "very_negative", "no_experience"],
            "yes_no_dont_know": ["yes", "no", "dont_know"],
            "yes_no": ["yes", "no"],
            "prefer_not_to_say": ["prefer_not_to_say"],
        ])
        #expect(SharedOptionLists.all["agreement"]?[2].label.english == "Neither agree nor disagree")
        #expect(SharedOptionLists.all["agency_rating"]?[2].label.english == "Neither positive nor negative")
        #expect(SharedOptionLists.all["agency_rating"]?[5].label.english == "No experience of this service")
        #expect(SharedOptionLists.all["prefer_not_to_say"]?[0].label.english == "Prefer not to say")
    }

    @Test func sharedOptionListsSplicedIntoAList() throws {
        let survey = try F.survey(F.onePage(F.lines(
            "      - id: age",
            "        type: single_choice",
            "        label: How old are you?",
            "        identifying: true",
            "        options:",
            "          - {id: under_25, label: Under 25}",
            "          - {id: \"25_34\", label: 25 to 34}",
            "          - yes_no",
            "          - prefer_not_to_say")))
        let question = survey.questions[0]
        #expect(question.options.map(\.id) == ["under_25", "25_34", "yes", "no", "prefer_not_to_say"])
        #expect(question.option("25_34")?.label.english == "25 to 34")
        #expect(question.option("prefer_not_to_say")?.label.english == "Prefer not to say")
        #expect(question.identifying)
    }

    @Test func localOptionLists() throws {
        let survey = try F.survey(F.head + F.lines(
            "option_lists:",
            "  areas:",
            "    - {id: north, label: North}",
            "    - {id: south, label: South}",
            "    - prefer_not_to_say",
            "  frequency:",
            "    - {id: never, label: Never}",
            "    - {id: often, label: Often}",
            "pages:",
            "  - title: P",
            "    questions:",
            "      - id: area",
            "        type: single_choice",
            "        label: Where do you live?",
            "        options: areas",
            "      - id: how_often",
            "        type: scale",
            "        label: How often?",
            "        options:",
            "          - frequency",
            "          - {id: sometimes, label: Sometimes}"))
        #expect(survey.question("area")?.options.map(\.id) == ["north", "south", "prefer_not_to_say"])
        #expect(survey.question("how_often")?.options.map(\.id) == ["never", "often", "sometimes"])
        #expect(survey.question("how_often")?.options[0].label.english == "Never")
    }

    @Test func defaults() throws {
        let survey = try F.survey(F.onePage(F.lines(
            "      - id: words",
            "        type: text",
            "        label: Your words",
            "      - id: count",
            "        type: number",
            "        label: How many?",
            "      - id: pick",
            "        type: single_choice",
            "        label: Choose",
            "        options: yes_no")))
        for question in survey.questions {
            #expect(question.required == false)
            #expect(question.identifying == false)
            #expect(question.quotePermission == false)
            #expect(question.relevant == nil)
            #expect(question.relevantSource == nil)
            #expect(question.hint == nil)
            #expect(question.maxLength == 2000)
            #expect(question.minimum == nil)
            #expect(question.maximum == nil)
            #expect(question.integerOnly == false)
        }
        #expect(Question.defaultMaxLength == 2000)
        #expect(survey.question("words")?.options == [])
    }

    @Test func everySettingIsRead() throws {
        let survey = try F.survey(F.onePage(F.lines(
            "      - id: contact",
            "        type: multiple_choice",
            "        label: Which services?",
            "        required: true",
            "        options:",
            "          - {id: police, label: Police}",
            "      - id: note",
            "        type: note",
            "        label: Read this.",
            "      - id: words",
            "        type: text",
            "        label: Your words",
            "        max_length: 500",
            "        quote_permission: true",
            "        relevant: selected(${contact}, 'police')",
            "      - id: count",
            "        type: number",
            "        label: How many?",
            "        min: 0",
            "        max: 12.5",
            "        integer: true",
            "      - id: band",
            "        type: scale",
            "        label: Which band?",
            "        options: agreement",
            "        identifying: true")))
        let contact = try #require(survey.question("contact"))
        #expect(contact.type == .multipleChoice)
        #expect(contact.required)
        let words = try #require(survey.question("words"))
        #expect(words.maxLength == 500)
        #expect(words.quotePermission)
        #expect(words.relevantSource == "selected(${contact}, 'police')")
        #expect(words.relevant == .selected(question: "contact", option: "police"))
        #expect(words.isRelevant(given: ["contact": .options(["police"])]))
        #expect(!words.isRelevant(given: [:]))
        let count = try #require(survey.question("count"))
        #expect(count.minimum == 0)
        #expect(count.maximum == 12.5)
        #expect(count.integerOnly)
        #expect(!count.identifying)
        #expect(survey.question("band")?.identifying == true)
        #expect(survey.questions.map(\.id) == ["contact", "note", "words", "count", "band"])
        #expect(survey.answerableQuestions.map(\.id) == ["contact", "words", "count", "band"])
    }

    @Test func relevantMayNameAnEarlierQuestionOnTheSamePageOrAnEarlierPage() throws {
        let survey = try F.survey(F.head + F.lines(
            "pages:",
            "  - title: One",
            "    questions:",
            "      - id: a",
            "        type: single_choice",
            "        label: A",
            "        options: yes_no",
            "      - id: b",
            "        type: text",
            "        label: B",
            "        relevant: ${a} = 'yes'",
            "  - title: Two",
            "    questions:",
            "      - id: c",
            "        type: text",
            "        label: C",
            "        relevant: ${a} = 'yes' and ${b} != ''"))
        #expect(survey.pages.count == 2)
        #expect(survey.pageIndex(ofQuestion: "c") == 1)
        #expect(survey.question("c")?.relevant?.referencedQuestions == ["a", "b"])
    }

    @Test func everyAudienceIsAccepted() throws {
        for audience in Audience.allCases {
            let yaml = F.head.replacingOccurrences(of: "audience: survivors", with: "audience: \(audience.rawValue)")
                + F.lines("pages:", "  - title: P", "    questions:", "      - id: q", "        type: text", "        label: L")
            #expect(try F.survey(yaml).audience == audience)
        }
    }

    /// XLSForm's type names read as Chorus's own: `select_one LIST` takes its options from the list.
    @Test func xlsFormTypeNamesAreRead() throws {
        let survey = try F.survey(F.onePage(F.lines(
            "      - id: helped",
            "        type: select_one yes_no",
            "        label: Did it help?",
            "      - id: which",
            "        type: select_multiple",
            "        label: Which?",
            "        options: [{id: a, label: A}, {id: b, label: B}]",
            "      - id: visits",
            "        type: integer",
            "        label: How many?",
            "      - id: hours",
            "        type: decimal",
            "        label: How long?")))
        let questions = survey.pages[0].questions
        #expect(questions.map(\.type) == [.singleChoice, .multipleChoice, .number, .number])
        #expect(questions[0].options.map(\.id) == ["yes", "no"])
        #expect(questions[2].integerOnly && !questions[3].integerOnly)
        #expect(F.problems(F.onePage(F.lines(
            "      - id: helped",
            "        type: select_one no_such_list",
            "        label: Did it help?"))).map(\.message).first?.contains("no_such_list") == true)
    }

    /// One wrong type gives one problem: conditions that name the question that could not be read
    /// are not reported again.
    @Test func oneMistakeGivesOneProblem() {
        let problems = F.problems(F.onePage(F.lines(
            "      - id: contact",
            "        type: multiple",
            "        label: Which services?",
            "        options: [{id: police, label: Police}]",
            "      - id: rating",
            "        type: single_choice",
            "        label: How were the police?",
            "        options: yes_no",
            "        relevant: selected(${contact}, 'police')",
            "      - id: comment",
            "        type: text",
            "        label: Anything else?",
            "        relevant: ${contact} != ''")))
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.message.contains("unknown question type 'multiple'") == true)
    }
}
