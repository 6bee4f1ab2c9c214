import Disclosure
import Findings
import SurveyKit

/// Small surveys built in code, tallied and protected the way the analyst does it, so the tests
/// render real `ProtectedTable`s with known counts.
enum Fixtures {
    static let support = Question(
        id: "support", type: .singleChoice, label: LocalizedText("Did you get support?"),
        options: [option("yes", "Yes"), option("no", "No"), option("unsure", "Not sure")])

    static let area = Question(
        id: "area", type: .singleChoice, label: LocalizedText("Area"),
        options: [option("north", "North"), option("south", "South")], identifying: true)

    static let services = Question(
        id: "services", type: .multipleChoice, label: LocalizedText("Which services did you use?"),
        options: [option("police", "Police"), option("helpline", "Helpline"), option("refuge", "Refuge")])

    static func option(_ id: String, _ label: String) -> Option { Option(id: id, label: LocalizedText(label)) }

    static func survey(_ id: String, title: String = "Survey", _ questions: [Question]) -> Survey {
        Survey(
            id: id, version: 2, title: LocalizedText(title), audience: .survivors, intro: LocalizedText("Intro"),
            pages: [Page(title: LocalizedText("Page"), questions: questions)])
    }

    /// Adds `count` respondents giving `answers`, for each pair, then protects every table at k.
    static func findings(_ survey: Survey, k: Int = 5, suppressZeros: Bool = false, _ groups: [(Int, Answers)]) throws -> SurveyFindings {
        var tally = Tally(survey: survey)
        for (count, answers) in groups {
            for _ in 0..<count { tally.add(answers) }
        }
        let control = try DisclosureControl(k: k, suppressZeros: suppressZeros)
        return try SurveyFindings(protecting: tally, with: control)
    }

    static func input(_ surveys: [SurveyFindings], k: Int = 5, problems: [BundleProblem] = [], withdrawn: Int = 0) -> ReportInput {
        ReportInput(k: k, generatedDay: "2025-03-14", surveys: surveys, problems: problems, withdrawnLeftOut: withdrawn)
    }

    static func one(_ choice: String) -> Answers { ["support": .option(choice)] }
    static func two(_ choice: String, _ group: String) -> Answers { ["support": .option(choice), "area": .option(group)] }

    /// One-way, k = 5: yes 12 is published; "unsure" (3) is under k, and "no" (8) is then hidden
    /// too, or it would give 3 away as 23 − 12 − 8.
    static func oneWaySuppressed(k: Int = 5, label: Question = support, title: String = "Survey") throws -> SurveyFindings {
        try findings(survey("one", title: title, [label]), k: k, [(12, one("yes")), (8, one("no")), (3, one("unsure"))])
    }

    /// Two-way with nothing to hide: north yes 6, no 5; south yes 7, no 9; nobody "unsure".
    static func twoWayClear() throws -> SurveyFindings {
        try findings(survey("two", [support, area]), [
            (6, two("yes", "north")), (5, two("no", "north")), (7, two("yes", "south")), (9, two("no", "south")),
        ])
    }

    /// Three areas, for a breakdown that keeps more than half its counts when four are hidden
    /// (one with more than half hidden is left out: `BreakdownChoice`).
    static let threeAreas = Question(
        id: "area", type: .singleChoice, label: LocalizedText("Area"),
        options: [option("north", "North"), option("south", "South"), option("east", "East")], identifying: true)

    /// Two-way where north/yes is 2: hidden, and others with it so no line gives it away.
    static let suppressedRaw: [String: [String: Int]] = [
        "yes": ["north": 2, "south": 8, "east": 12], "no": ["north": 9, "south": 7, "east": 11], "unsure": ["north": 0, "south": 0, "east": 0],
    ]
    static func twoWaySuppressed() throws -> SurveyFindings {
        var groups: [(Int, Answers)] = []
        for (choice, byGroup) in suppressedRaw {
            for (group, count) in byGroup where count > 0 { groups.append((count, two(choice, group))) }
        }
        return try findings(survey("two", [support, threeAreas]), groups)
    }
}
