import Disclosure
import Findings
import Foundation
import SurveyKit
import Testing

/// The report in the reports' own shape: findings with their evidence, key points and
/// recommendations, the "you said, we did" tracker, all the results, and the method.
@Suite("the report's shape and the ways questions are reported")
struct ReportShapeTests {
    static let listened = Question(
        id: "listened", type: .scale, label: LocalizedText("They listened to me"),
        options: SharedOptionLists.all["agreement"] ?? [])
    static let police = Question(
        id: "police", type: .singleChoice, label: LocalizedText("Did you contact the police?"),
        options: [Fixtures.option("yes", "Yes"), Fixtures.option("no", "No")])
    /// Asked only of those who contacted the police.
    static let policeHelped = Question(
        id: "police_helped", type: .scale, label: LocalizedText("The police helped"),
        options: SharedOptionLists.all["agreement"] ?? [],
        relevant: try? RelevanceParser.parse("${police} = 'yes'"), relevantSource: "${police} = 'yes'")

    private func html(_ input: ReportInput, _ variant: ReportVariant = .public) async throws -> String {
        try await ReportHTML().render(input, variant: variant)
    }

    @Test("a scale shows its distribution and the agreeing share, over the same base")
    func agreementShare() async throws {
        let findings = try Fixtures.findings(Fixtures.survey("s", [Self.listened]), [
            (6, ["listened": .option("strongly_agree")]), (7, ["listened": .option("agree")]),
            (5, ["listened": .option("neither")]), (8, ["listened": .option("disagree")]),
        ])
        let page = try await html(Fixtures.input([findings]))
        #expect(page.contains("<p class=\"agreement\">Strongly agree or Agree: 13 (50% (n = 26))</p>"))
        #expect(HTMLTable.row(in: page, caption: "They listened to me (n = 26)", label: "Neither agree nor disagree") == ["Neither agree nor disagree", "5", "19%"])
    }

    @Test("a scale with a few people at one position shows its halves merged, with the agreeing share")
    func mergedHalves() async throws {
        let findings = try Fixtures.findings(Fixtures.survey("s", [Self.listened]), [
            (2, ["listened": .option("strongly_agree")]), (9, ["listened": .option("agree")]), (8, ["listened": .option("disagree")]),
        ])
        let page = try await html(Fixtures.input([findings]))
        #expect(HTMLTable.row(in: page, caption: "They listened to me (n = 19)", label: "Strongly agree or Agree") == ["Strongly agree or Agree", "11", "58%"])
        #expect(HTMLTable.row(in: page, caption: "They listened to me (n = 19)", label: "Disagree or Strongly disagree") == ["Disagree or Strongly disagree", "8", "42%"])
        #expect(page.contains("<p class=\"agreement\">Strongly agree or Agree: 11 (58% (n = 19))</p>"))
        #expect(!page.contains(">2<"))
    }

    @Test("an agreeing share that would include a hidden number is not shown")
    func agreementWithHiddenPart() async throws {
        // Merged, the agreeing half is still 3: hidden, and so is the share.
        let findings = try Fixtures.findings(Fixtures.survey("s", [Self.listened]), [
            (1, ["listened": .option("strongly_agree")]), (2, ["listened": .option("agree")]), (9, ["listened": .option("disagree")]),
            (8, ["listened": .option("strongly_disagree")]),
        ])
        let page = try await html(Fixtures.input([findings]))
        #expect(page.contains("<p class=\"agreement\">Strongly agree or Agree: not shown</p>"))
        #expect(!page.contains("Strongly agree or Agree: 3"))
    }

    @Test("bases: who was asked after skip logic beside who answered")
    func askedAndAnswered() async throws {
        // 20 contacted the police (asked); 14 of them answered; 9 did not contact the police.
        let findings = try Fixtures.findings(Fixtures.survey("s", [Self.police, Self.policeHelped]), [
            (8, ["police": .option("yes"), "police_helped": .option("agree")]),
            (6, ["police": .option("yes"), "police_helped": .option("disagree")]),
            (6, ["police": .option("yes")]),
            (9, ["police": .option("no")]),
        ])
        let page = try await html(Fixtures.input([findings]))
        #expect(page.contains("<p class=\"bases\">Asked: 20. Answered: 14.</p>"))
        #expect(page.contains("<p class=\"bases\">Asked: 29. Answered: 29.</p>"))
    }

    @Test("a blank is not an answer: asked is shown beside answered however few left it blank")
    func askedShownWhenFewSkipped() async throws {
        let findings = try Fixtures.findings(Fixtures.survey("s", [Self.police, Self.policeHelped]), [
            (8, ["police": .option("yes"), "police_helped": .option("agree")]),
            (6, ["police": .option("yes"), "police_helped": .option("disagree")]),
            (2, ["police": .option("yes")]),
        ])
        let page = try await html(Fixtures.input([findings]))
        // Hiding "asked" never protected the two: it is the count of "yes" to the police question.
        #expect(page.contains("<p class=\"bases\">Asked: 16. Answered: 14.</p>"))
    }

    @Test("one group against everyone else, within the same thresholds")
    func groupAgainstTheRest() async throws {
        let findings = try Fixtures.findings(Fixtures.survey("s", [Self.listened, Fixtures.area]), [
            (6, ["listened": .option("agree"), "area": .option("north")]), (7, ["listened": .option("disagree"), "area": .option("north")]),
            (8, ["listened": .option("strongly_agree"), "area": .option("south")]), (5, ["listened": .option("disagree"), "area": .option("south")]),
        ])
        let page = try await html(Fixtures.input([findings]))
        let caption = "They listened to me: Strongly agree or Agree, each group against everyone else"
        #expect(HTMLTable.row(in: page, caption: caption, label: "North") == ["North", "46% (n = 13)", "62% (n = 13)"])
        #expect(HTMLTable.row(in: page, caption: caption, label: "South") == ["South", "62% (n = 13)", "46% (n = 13)"])
    }

    @Test("everyone else is never shown when fewer than k are left")
    func smallRest() async throws {
        let areas = Question(
            id: "area", type: .singleChoice, label: LocalizedText("Area"),
            options: [Fixtures.option("north", "North"), Fixtures.option("south", "South"), Fixtures.option("east", "East")], identifying: true)
        // East's 3 are hidden; north against the rest would be south plus east.
        let findings = try Fixtures.findings(Fixtures.survey("s", [Self.listened, areas]), [
            (10, ["listened": .option("agree"), "area": .option("north")]), (6, ["listened": .option("disagree"), "area": .option("south")]),
            (3, ["listened": .option("disagree"), "area": .option("east")]),
        ])
        let page = try await html(Fixtures.input([findings]))
        // East's 3 disagree would be the one-way "disagree" (9) less south's 6: audited together,
        // the tables cannot show the breakdown at all, so no group is set against the rest.
        let rows = HTMLTable.rows(in: page, caption: "They listened to me: Strongly agree or Agree, each group against everyone else")
        #expect(rows.isEmpty)
        #expect(page.contains("No answers in this survey are broken down by group: too few people in each group to show."))
        #expect(!page.contains("(n = 3)"))
        #expect(!page.contains("(n = 9)"))
    }

    @Test("findings come first with their evidence, key points and recommendations; then the tracker, results and method")
    func order() async throws {
        let findings = try Fixtures.findings(Fixtures.survey("s", [Self.listened]), [
            (6, ["listened": .option("agree")]), (7, ["listened": .option("disagree")]),
        ])
        var input = Fixtures.input([findings])
        input.notes = LeadNotes(
            title: "Autumn round", summary: ["In short."],
            findings: [LeadNotes.Finding(
                id: "1.1", heading: "Being listened to", text: ["Half felt listened to."],
                evidence: [.init(survey: "s", question: "listened")], keyPoints: ["Listen first."],
                recommendations: [.init(id: "R1", text: "Train call handlers.", audience: .police, owner: "Inspector", status: .red, due: "2027-01-31")])])
        let page = try await html(input)
        let marks = ["<h1>Autumn round</h1>", "In short.", "Finding 1.1: Being listened to", "Half felt listened to.",
                     "They listened to me (n = 13)", "Key points from survivors (1.1)", "Listen first.", "Recommendations (1.1)",
                     "You said, we did", "All the results", "How to read this report", "Who took part, and who is missing"]
        let positions = marks.map { page.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "missing: \(zip(marks, positions).filter { $0.1 == nil }.map(\.0))")
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted())
        let tracker = try #require(HTMLTable.row(in: page, caption: "Every recommendation", label: "Listen first."))
        #expect(tracker == ["Listen first.", "R1 Train call handlers.", "Police", "Inspector", "Red: not on track", "31 January 2027", "No update yet."])
    }

    @Test("coverage: groups nobody chose, and groups whose number is not shown")
    func coverage() async throws {
        let areas = Question(
            id: "area", type: .singleChoice, label: LocalizedText("Area"),
            options: [Fixtures.option("north", "North"), Fixtures.option("south", "South"), Fixtures.option("east", "East"), Fixtures.option("west", "West")],
            identifying: true)
        let findings = try Fixtures.findings(Fixtures.survey("s", [areas]), [
            (12, ["area": .option("north")]), (9, ["area": .option("south")]), (2, ["area": .option("east")]),
        ])
        let page = try await html(Fixtures.input([findings]))
        #expect(page.contains("Nobody who took part chose: West."))
        #expect(page.contains("The numbers for these groups are not shown:"))
        #expect(page.contains("East"))
    }
}
