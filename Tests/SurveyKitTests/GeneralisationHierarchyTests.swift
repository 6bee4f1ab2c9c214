import Foundation
import SurveyKit
import Testing

/// The `hierarchy` of an identifying question: read into levels of groups, and every mistake an
/// author can make reported with its line and column and what to do.
@Suite struct GeneralisationHierarchyTests {
    typealias F = SurveyFixture

    /// The question of every case, lines 9 to 17; its `hierarchy:` key is on line 18.
    static func question(type: String = "single_choice", identifying: Bool = true, hierarchy: [String]) -> String {
        F.onePage(([
            "      - id: age",
            "        type: \(type)",
            "        label: Age",
            identifying ? "        identifying: true" : "        required: false",
            "        options:",
            "          - {id: a, label: A}",
            "          - {id: b, label: B}",
            "          - {id: c, label: C}",
            "          - prefer_not_to_say",
        ] + hierarchy).joined(separator: "\n") + "\n")
    }

    static let place = "level 1 of the hierarchy of question 'age'"
    static let belowOptions = "a, b, c, prefer_not_to_say"

    // MARK: - A valid hierarchy

    @Test func levelsGroupsAndLabelsAreRead() throws {
        let survey = try F.survey(Self.question(hierarchy: [
            "        hierarchy:",
            "          - label: {en: Wider, cy: Ehangach}",
            "            groups:",
            "              - {id: ab, label: {en: A or B, cy: A neu B}, merges: [a, b]}",
            "              - {id: c, merges: [c]}",
            "              - {id: prefer_not_to_say, merges: [prefer_not_to_say]}",
            "          - label: Widest",
            "            groups:",
            "              - {id: abc, label: A to C, merges: [ab, c]}",
            "              - {id: prefer_not_to_say, merges: [prefer_not_to_say]}",
        ]))
        let hierarchy = try #require(survey.question("age")).hierarchy
        #expect(hierarchy.levels.count == 2)
        #expect(hierarchy.anyLevel == 3)
        let wider = hierarchy.levels[0]
        #expect(wider.label.text(in: "cy") == "Ehangach")
        #expect(wider.groups.map(\.id) == ["ab", "c", "prefer_not_to_say"])
        #expect(wider.groups.map(\.members) == [["a", "b"], ["c"], ["prefer_not_to_say"]])
        #expect(wider.groups[0].label.text(in: "cy") == "A neu B")
        // A group that keeps one value as it is takes that value's label.
        #expect(wider.groups[1].label.english == "C")
        #expect(wider.groups[2].label.english == "Prefer not to say")
        #expect(hierarchy.levels[1].label.english == "Widest")
        #expect(hierarchy.levels[1].groups.map(\.id) == ["abc", "prefer_not_to_say"])

        #expect(hierarchy.group(of: "b", at: 0) == "b")
        #expect(hierarchy.group(of: "b", at: 1) == "ab")
        #expect(hierarchy.group(of: "b", at: 2) == "abc")
        #expect(hierarchy.group(of: "c", at: 1) == "c")
        #expect(hierarchy.group(of: "prefer_not_to_say", at: 2) == "prefer_not_to_say")
        #expect(hierarchy.group(of: "b", at: 3) == nil, "'any' has no group: the answer is removed")
        #expect(hierarchy.group(of: "z", at: 1) == nil)
    }

    @Test func aQuestionWithoutAHierarchyHasNoLevels() throws {
        let survey = try F.survey(Self.question(hierarchy: []))
        let hierarchy = try #require(survey.question("age")).hierarchy
        #expect(hierarchy == .none)
        #expect(hierarchy.anyLevel == 1)
    }

    @Test func aScaleQuestionMayHaveOne() throws {
        let survey = try F.survey(Self.question(type: "scale", hierarchy: [
            "        hierarchy:",
            "          - label: Wider",
            "            groups:",
            "              - {id: ab, label: A or B, merges: [a, b]}",
            "              - {id: c, merges: [c]}",
            "              - {id: prefer_not_to_say, merges: [prefer_not_to_say]}",
        ]))
        #expect(survey.question("age")?.hierarchy.levels.count == 1)
    }

    // MARK: - Mistakes

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let yaml: String
        let expected: [SurveyDefinitionProblem]
        var testDescription: String { name }
    }

    static let level1 = ["        hierarchy:", "          - label: Wider", "            groups:"]
    static let keepC = "              - {id: c, merges: [c]}"
    static let keepPrefer = "              - {id: prefer_not_to_say, merges: [prefer_not_to_say]}"
    static let mergeAB = "              - {id: ab, label: A or B, merges: [a, b]}"

    static let cases: [Case] = [
        Case(name: "an id that is not an option",
             yaml: question(hierarchy: level1 + ["              - {id: ab, label: A or B, merges: [a, b, d]}", keepC, keepPrefer]),
             expected: [F.problem(21, 56, "'d' in group 'ab' of \(place) is not an option of question 'age'. Use ids of the level below: \(belowOptions).")]),
        Case(name: "an option in two groups",
             yaml: question(hierarchy: level1 + [mergeAB, "              - {id: bc, label: B or C, merges: [b, c]}", keepPrefer]),
             expected: [F.problem(22, 50, "'b' is in group 'ab' and in group 'bc' of \(place). Put it in one group only.")]),
        Case(name: "an option listed twice in one group",
             yaml: question(hierarchy: level1 + ["              - {id: ab, label: A or B, merges: [a, b, a]}", keepC, keepPrefer]),
             expected: [F.problem(21, 56, "'a' is in group 'ab' and in group 'ab' of \(place). Keep one.")]),
        Case(name: "an option in no group",
             yaml: question(hierarchy: level1 + [mergeAB, keepPrefer]),
             expected: [F.problem(21, 15, "\(place) leaves out 'c'. Put each in a group; one that stays as it is needs a group of its own, like {id: c, merges: [c]}.")]),
        Case(name: "a group id used twice in a level",
             yaml: question(hierarchy: level1 + [mergeAB, "              - {id: ab, label: C, merges: [c]}", keepPrefer]),
             expected: [F.problem(22, 22, "duplicate group id 'ab' in \(place). Give each group its own id.")]),
        Case(name: "a group id that is an option with another meaning",
             yaml: question(hierarchy: level1 + ["              - {id: a, label: A or B, merges: [a, b]}", keepC, keepPrefer]),
             expected: [F.problem(21, 22, "the group id 'a' in \(place) is already an option, which means something else. Choose another id (only a group that keeps one value as it is may reuse that value's id).")]),
        Case(name: "a group id of an earlier level given another meaning",
             yaml: question(hierarchy: level1 + [mergeAB, keepC, keepPrefer,
                                                 "          - label: Widest", "            groups:",
                                                 "              - {id: ab, label: A to C, merges: [ab, c]}", keepPrefer]),
             expected: [F.problem(26, 22, "the group id 'ab' in level 2 of the hierarchy of question 'age' is already a group of level 1, which means something else. Choose another id (only a group that keeps one value as it is may reuse that value's id).")]),
        Case(name: "an option named in a level above the first",
             yaml: question(hierarchy: level1 + [mergeAB, keepC, keepPrefer,
                                                 "          - label: Widest", "            groups:",
                                                 "              - {id: abc, label: A to C, merges: [a, c]}", keepPrefer]),
             expected: [
                F.problem(26, 51, "'a' in group 'abc' of level 2 of the hierarchy of question 'age' is not a group of level 1. Use ids of the level below: ab, c, prefer_not_to_say."),
                F.problem(26, 15, "level 2 of the hierarchy of question 'age' leaves out 'ab'. Put each in a group; one that stays as it is needs a group of its own, like {id: ab, merges: [ab]}."),
             ]),
        Case(name: "a merging group without a label",
             yaml: question(hierarchy: level1 + ["              - {id: ab, merges: [a, b]}", keepC, keepPrefer]),
             expected: [F.problem(21, 17, "group 'ab' of \(place) has no 'label'. Add it (only a group that keeps one value as it is, under the same id, may leave it out).")]),
        Case(name: "a group without merges",
             yaml: question(hierarchy: level1 + ["              - {id: ab, label: A or B}", keepC, keepPrefer]),
             expected: [
                F.problem(21, 17, "group 'ab' of \(place) has no 'merges'. List the ids of the level below that it merges, like merges: [a, b]."),
                F.problem(21, 15, "\(place) leaves out 'a', 'b'. Put each in a group; one that stays as it is needs a group of its own, like {id: a, merges: [a]}."),
             ]),
        Case(name: "a group that merges nothing",
             yaml: question(hierarchy: level1 + ["              - {id: ab, label: A or B, merges: []}", "              - {id: abc, label: A to C, merges: [a, b, c]}", keepPrefer]),
             expected: [F.problem(21, 49, "group 'ab' of \(place) merges nothing. List the ids of the level below that it merges.")]),
        Case(name: "a misspelt key in a group",
             yaml: question(hierarchy: level1 + ["              - {id: ab, label: A or B, merge: [a, b]}", keepC, keepPrefer]),
             expected: [
                F.problem(21, 41, "unknown key 'merge' in a group of \(place). Did you mean 'merges'? Allowed: id, label, merges."),
                F.problem(21, 17, "group 'ab' of \(place) has no 'merges'. List the ids of the level below that it merges, like merges: [a, b]."),
                F.problem(21, 15, "\(place) leaves out 'a', 'b'. Put each in a group; one that stays as it is needs a group of its own, like {id: a, merges: [a]}."),
             ]),
        Case(name: "a level that merges nothing",
             yaml: question(hierarchy: level1 + ["              - {id: a, merges: [a]}", "              - {id: b, merges: [b]}", keepC, keepPrefer]),
             expected: [F.problem(21, 15, "\(place) merges nothing: each group holds one id of the level below. Merge some, or remove the level.")]),
        Case(name: "a level that merges everything",
             yaml: question(hierarchy: level1 + ["              - {id: all, label: Everyone, merges: [a, b, c, prefer_not_to_say]}"]),
             expected: [F.problem(21, 15, "\(place) merges everything into one group, which the top level, 'any', already does. Remove the level.")]),
        Case(name: "a level without groups",
             yaml: question(hierarchy: ["        hierarchy:", "          - label: Wider"]),
             expected: [F.problem(19, 13, "\(place) has no 'groups'. Add the groups that merge the ids of the level below.")]),
        Case(name: "a level without a label",
             yaml: question(hierarchy: ["        hierarchy:", "          - groups:", mergeAB, keepC, keepPrefer]),
             expected: [F.problem(19, 13, "\(place) has no 'label'. Add it.")]),
        Case(name: "a level that is not a map",
             yaml: question(hierarchy: ["        hierarchy:", "          - wider"]),
             expected: [F.problem(19, 13, "\(place) must be a set of 'key: value' lines.")]),
        Case(name: "no levels",
             yaml: question(hierarchy: ["        hierarchy: []"]),
             expected: [F.problem(18, 20, "the 'hierarchy' of question 'age' has no levels. Add a level, or remove 'hierarchy' (the answer can always be removed altogether).")]),
        Case(name: "not a list",
             yaml: question(hierarchy: ["        hierarchy: wider"]),
             expected: [F.problem(18, 20, "'hierarchy' of question 'age' must be a list (lines starting with '- ').")]),
        Case(name: "an id YAML reads as a boolean",
             yaml: F.onePage([
                "      - id: hurt",
                "        type: single_choice",
                "        label: Hurt?",
                "        identifying: true",
                "        options:",
                "          - yes_no_dont_know",
                "        hierarchy:",
                "          - label: Known",
                "            groups:",
                "              - {id: known, label: Yes or no, merges: [yes, \"no\"]}",
                "              - {id: dont_know, merges: [dont_know]}",
             ].joined(separator: "\n") + "\n"),
             expected: [F.problem(18, 56, "the option id yes in group 'known' of level 1 of the hierarchy of question 'hurt' was read by YAML as true or false. Put it in quotes: \"yes\".")]),
        Case(name: "a question that is not identifying",
             yaml: question(identifying: false, hierarchy: level1 + [mergeAB, keepC, keepPrefer]),
             expected: [F.problem(18, 9, "question 'age' has a 'hierarchy' but is not identifying, and only identifying questions are generalised. Add 'identifying: true', or remove the hierarchy.")]),
        Case(name: "a multiple choice question",
             yaml: question(type: "multiple_choice", identifying: false, hierarchy: level1 + [mergeAB, keepC, keepPrefer]),
             expected: [F.problem(18, 9, "'hierarchy' is for identifying single_choice or scale questions; question 'age' is multiple_choice. Remove it.")]),
    ]

    @Test(arguments: cases)
    func eachMistakeIsReportedWhereItIs(_ testCase: Case) {
        #expect(F.problems(testCase.yaml) == testCase.expected)
    }

    @Test func aTextQuestionWithAHierarchyIsRefused() {
        let yaml = F.onePage([
            "      - id: words",
            "        type: text",
            "        label: Words",
            "        hierarchy: []",
        ].joined(separator: "\n") + "\n")
        #expect(F.problems(yaml) == [F.problem(12, 9, "'hierarchy' is for identifying single_choice or scale questions; question 'words' is text. Remove it.")])
    }

    // MARK: - The shipped surveys

    /// Every identifying question of the shipped surveys can be generalised before it is removed,
    /// and "prefer not to say" is never merged with an answer that says something else, except
    /// with "no" on a yes/no question (as "not known to be").
    @Test func everyShippedIdentifyingQuestionHasAHierarchy() throws {
        let surveys = try SurveyLibrary.load(directory: DefaultSurveysTests.folder).surveys
        let identifying = surveys.flatMap(\.questions).filter(\.identifying)
        #expect(identifying.count == 15)
        for survey in surveys {
            for question in survey.questions where question.identifying {
                let hierarchy = question.hierarchy
                #expect(!hierarchy.levels.isEmpty, "\(survey.id): \(question.id) has no hierarchy")
                for level in 1...max(hierarchy.levels.count, 1) where !hierarchy.levels.isEmpty {
                    let preferGroup = try #require(hierarchy.group(of: "prefer_not_to_say", at: level))
                    let sharing = question.options.map(\.id).filter { hierarchy.group(of: $0, at: level) == preferGroup }
                    #expect(sharing == ["prefer_not_to_say"] || sharing == ["no", "prefer_not_to_say"],
                            "\(survey.id): \(question.id) merges prefer_not_to_say with \(sharing) at level \(level)")
                    // Every option reaches a group at every level.
                    for option in question.options {
                        #expect(hierarchy.group(of: option.id, at: level) != nil, "\(survey.id): \(question.id).\(option.id) is lost at level \(level)")
                    }
                }
            }
        }
    }

    @Test func shippedAgeBandsWidenAsDeclared() throws {
        let survey = try #require(try SurveyLibrary.load(directory: DefaultSurveysTests.folder).survey("survivors-consultation"))
        let age = try #require(survey.question("age_band")).hierarchy
        #expect(age.group(of: "65_or_over", at: 1) == "55_or_over")
        #expect(age.group(of: "65_or_over", at: 2) == "35_or_over")
        #expect(age.group(of: "25_34", at: 2) == "18_34")
        let ethnicity = try #require(survey.question("ethnic_group")).hierarchy
        #expect(ethnicity.group(of: "white", at: 1) == "white")
        #expect(Set(["asian", "black", "mixed", "other"].compactMap { ethnicity.group(of: $0, at: 1) }) == ["asian_black_mixed_other"])
    }
}
