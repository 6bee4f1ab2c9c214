import Disclosure
import Findings
import Foundation
@testable import Localisation
@testable import SurveyKit
import Testing

/// report.html takes every word from the string catalogue: rendered with a catalogue of markers,
/// the page holds markers, numbers and survey labels, and no English of its own.
@Suite("report.html wording from the catalogue")
struct ReportCatalogueTests {
    /// Each entry becomes "⟦index⟧" followed by the English entry's placeholders, so numbers and
    /// labels still reach the page but no word of the English table does.
    static let markers: Catalogue = {
        var table: [StringKey: String] = [:]
        for (index, key) in StringKey.allCases.enumerated() {
            let english = Catalogue.english[key]
            let placeholders = english.matches(of: #/\{[A-Za-z]+\}/#).map { String($0.output) }
            table[key] = "⟦\(index)⟧" + placeholders.joined(separator: " ")
        }
        return Catalogue(language: "x-test", table: table)
    }()

    static func marker(_ key: StringKey) -> String {
        "⟦\(StringKey.allCases.firstIndex(of: key) ?? -1)⟧"
    }

    /// Report keys that report.html does not show: the margin label is for findings.json, and
    /// the themes limitation appears only when a coding sheet was used.
    /// The theme titles and "No theme" are worded by the analyst into `ThemeWording`.
    static let notOnThePage: Set<StringKey> = [.reportTotal, .reportThemesTitle, .reportThemesAllTitle, .reportNoTheme, .reportDefaultPartnership]

    static var reportKeys: [StringKey] {
        StringKey.allCases.filter { $0.rawValue.hasPrefix("report") && !notOnThePage.contains($0) }
    }

    static let agreement = Question(
        id: "listened", type: .scale, label: LocalizedText("They listened to me"),
        options: SharedOptionLists.all["agreement"] ?? [])

    /// One input that reaches every sentence of the page: problems (one without an id),
    /// one-way and two-way tables with hidden numbers, multiple choice, a scale broken down by
    /// group, a group nobody is in (no percentage to give), a survey with nothing to count, and
    /// notes with a finding, every audience and every status.
    static func everything() throws -> ReportInput {
        let services = try Fixtures.findings(Fixtures.survey("mc", [Fixtures.services]), [
            (6, ["services": .options(["police", "helpline"])]), (5, ["services": .options(["helpline"])]), (9, ["services": .options(["refuge"])]),
        ])
        let onlyNorth = try Fixtures.findings(Fixtures.survey("north", [Fixtures.support, Fixtures.area]), [
            (6, Fixtures.two("yes", "north")), (5, Fixtures.two("no", "north")),
        ])
        let scale = try Fixtures.findings(Fixtures.survey("scale", [Self.agreement, Fixtures.area]), [
            (6, ["listened": .option("agree"), "area": .option("north")]), (7, ["listened": .option("disagree"), "area": .option("north")]),
            (8, ["listened": .option("strongly_agree"), "area": .option("south")]), (5, ["listened": .option("disagree"), "area": .option("south")]),
        ])
        let noZeros = try Fixtures.findings(Fixtures.survey("zeros", [Fixtures.support]), suppressZeros: true, [
            (12, Fixtures.one("yes")), (9, Fixtures.one("no")),
        ])
        var heldTally = Tally(survey: Fixtures.survey("held", [Fixtures.support]))
        for choice in Array(repeating: "yes", count: 12) + Array(repeating: "no", count: 9) { heldTally.add(Fixtures.one(choice)) }
        var ledger = ReleaseLedger()
        ledger.record(kind: .report, day: "2026-10-01", k: 5, rounding: nil, surveys: [], output: "earlier", numbers: [
            heldTally.tables[0].releaseKey(of: .cell(row: 0, column: 0)): 10,
        ])
        let held = SurveyFindings(try SurveyProtection.protect(heldTally, with: try DisclosureControl(k: 5), ledger: ledger))
        let fewSouth = try Fixtures.findings(Fixtures.survey("covered", [Fixtures.area]), [
            (12, ["area": .option("north")]), (3, ["area": .option("south")]),
        ])
        let comment = Question(id: "comment", type: .text, label: LocalizedText("Anything else?"))
        var themeTable = CrossTable(survey: "coded", question: "comment#themes", byQuestion: nil, rowOptions: ["believed", "lottery"], columnOptions: [], rowsAreAdditive: false)
        for rows in Array(repeating: [0], count: 6) + Array(repeating: [0, 1], count: 5) { themeTable.add(rows: rows, column: 0) }
        var codedTally = Tally(survey: Fixtures.survey("coded", [comment]))
        for _ in 0..<11 { codedTally.add(["comment": .text("words")]) }
        let coded = SurveyFindings(
            try SurveyProtection.protect(codedTally, themeTables: [themeTable], themeSources: ["comment#themes": "comment"], with: try DisclosureControl(k: 5), ledger: ReleaseLedger()),
            themes: ThemeWording(titles: ["comment#themes": "Themes: comment"], labels: ["believed": "Believed", "lottery": "Lottery"], sources: ["comment#themes": "comment"]))
        // A group nobody is in, beside two that can be compared: no percentage of nobody.
        let areas = Question(
            id: "area", type: .singleChoice, label: LocalizedText("Area"),
            options: [Fixtures.option("north", "North"), Fixtures.option("south", "South"), Fixtures.option("east", "East")], identifying: true)
        // And an identifying question so few answered that its breakdown is left out, said under the question.
        let age = Question(
            id: "age", type: .singleChoice, label: LocalizedText("Age"),
            options: [Fixtures.option("young", "Young"), Fixtures.option("old", "Old")], identifying: true)
        var withAge = Fixtures.two("yes", "north")
        withAge["age"] = .option("young")
        let emptyEast = try Fixtures.findings(Fixtures.survey("east", [Fixtures.support, areas, age]), [
            (6, Fixtures.two("yes", "north")), (5, Fixtures.two("no", "north")), (7, Fixtures.two("yes", "south")), (6, Fixtures.two("no", "south")),
            (1, withAge),
        ])
        // A scale with two people at one end: its halves are merged.
        let merged = try Fixtures.findings(Fixtures.survey("merged", [Self.agreement]), [
            (2, ["listened": .option("strongly_agree")]), (9, ["listened": .option("agree")]), (8, ["listened": .option("disagree")]),
        ])
        // Everyone's answer hidden: one sentence in the public report.
        let few = try Fixtures.findings(Fixtures.survey("few", [Fixtures.support]), [(2, Fixtures.one("yes")), (1, Fixtures.one("no"))])
        // A breakdown that protection left mostly hidden, as the analyst would report it.
        let mostlyHidden = SurveyFindings(
            survey: Fixtures.survey("mostly", [Fixtures.support, Fixtures.area]), responses: 30, respondents: try DisclosureControl(k: 5).protect(count: 30),
            tables: try Fixtures.oneWaySuppressed().tables, leftOutBreakdowns: [.init(question: "support", byQuestion: "area", reason: .mostlyHidden), .init(question: "support", byQuestion: "area", reason: .linked)],
            mergedBreakdowns: [.init(question: "support", byQuestion: "area")])
        let nothingToCount = SurveyFindings(survey: Fixtures.survey("none", []), responses: 0, respondents: try DisclosureControl(k: 5).protect(count: 0), tables: [])
        var input = Fixtures.input(
            [try Fixtures.oneWaySuppressed(), try Fixtures.twoWaySuppressed(), services, onlyNorth, emptyEast, scale, fewSouth, noZeros, held, coded, merged, few, mostlyHidden, nothingToCount],
            problems: [BundleProblem(line: 12, id: "abc123", reason: "the box would not open"), BundleProblem(line: 40, id: nil, reason: "not JSON")],
            withdrawn: 3)
        let recommendations = LeadNotes.Audience.allCases.enumerated().map { index, audience in
            LeadNotes.Recommendation(
                id: "R\(index)", text: "Do better \(index)", audience: audience, owner: "Owner \(index)",
                status: LeadNotes.Status.allCases[index % 3], due: "2027-03-31", update: index == 0 ? nil : "Done \(index)")
        }
        input.notes = LeadNotes(
            title: "Our title", partnership: "Westshire", summary: ["Summary words"],
            findings: [LeadNotes.Finding(
                id: "1.1", heading: "One worker", text: ["Finding words"],
                evidence: [.init(survey: "scale", question: "listened"), .init(survey: "one", question: "support"), .init(survey: "none", question: "gone")],
                keyPoints: ["Point words"], recommendations: recommendations)],
            limitations: ["Limit words"])
        input.period = ReportPeriod(days: ["2025-01-02", "2025-03-10"])
        input.heldSinceEarlierRelease = 4
        input.quotes = [ApprovedQuote(survey: "coded", question: "comment", text: "Quoted words")]
        input.quotesLeftOut = [(reason: "left-out reason", count: 2)]
        input.themesCoded = true
        return input
    }

    /// Every HTML file of a round with one survey per audience, worded with the markers: the
    /// sentences only a round split by audience shows.
    static func splitByAudience() async throws -> [String] {
        let surveys = try Audience.allCases.map { audience in
            try Fixtures.findings(
                Survey(id: audience.rawValue, version: 1, title: LocalizedText(audience.rawValue), audience: audience, intro: LocalizedText("Intro"),
                       pages: [Page(title: LocalizedText("Page"), questions: [Fixtures.support])]),
                [(12, Fixtures.one("yes"))])
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("markers-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try await ReportWriter.write(Fixtures.input(surveys), to: folder, catalogue: markers)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }.map {
            try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }
    }

    /// What a reader sees: the text between tags, without the style sheet.
    static func visibleText(_ html: String) -> String {
        html.replacing(#/<style>[\s\S]*?</style>/#, with: " ").replacing(#/<[^>]+>/#, with: " ")
    }

    @Test("every sentence is the catalogue's: no English is left in the templates or the Swift")
    func noEnglishLeft() async throws {
        let renderer = try await ReportHTML(catalogue: Self.markers)
        let full = renderer.render(try Self.everything())
        let empty = renderer.render(Fixtures.input([]), variant: .internal)
        var rounded = try Self.everything()
        rounded.rounding = 5  // only for the sentence that says so
        let lead = renderer.render(rounded, variant: .internal)
        let split = try await Self.splitByAudience()

        #expect(!full.contains("How to read this report"))
        #expect(full.contains("<html lang=\"x-test\">"))
        for key in Self.reportKeys {
            #expect(([full, empty, lead] + split).contains { $0.contains(Self.marker(key)) }, "\(key) is not on the page")
        }
        // The numbers and labels still reach the sentences that hold them.
        #expect(lead.contains("\(Self.marker(.reportMethodHiding))4 5"))
        #expect(lead.contains("\(Self.marker(.reportSurveyFacts))one 2 23"))
        #expect(full.contains("\(Self.marker(.reportMethodPublicHiding))5"))
        #expect(full.contains("\(Self.marker(.reportTwoWayCaption))Did you get support? Area"))

        // Take away the markers and everything that comes from the input: no word may be left.
        let fromInput = [
            "Did you get support?", "Which services did you use?", "Not sure", "Yes", "No", "Area", "North", "South",
            "Police", "Helpline", "Refuge", "Survey", "one", "two", "mc", "north", "none", "gone", "M01", "M03",
            "abc123", "the box would not open", "not JSON", "They listened to me", "Strongly agree or Agree", "Disagree or Strongly disagree",
            "Strongly agree", "Agree", "East", "east", "merged", "few", "mostly", "Young", "Old", "Age",
            "Neither agree nor disagree", "Disagree", "Strongly disagree", "scale", "Our title", "Westshire", "Summary words",
            "One worker", "Finding words", "Point words", "Do better", "Owner", "Done", "Limit words", "Page", "covered", "zeros", "held", "coded", "Anything else?", "Themes: comment", "Believed", "Lottery", "Quoted words", "left-out reason", "R0", "R1", "R2", "R3", "R4", "R5",
        ]
        for html in [full, empty, lead] {
            var text = Self.visibleText(html).replacing(#/⟦\d+⟧/#, with: " ")
            for words in fromInput.sorted(by: { $0.count > $1.count }) { text = text.replacingOccurrences(of: words, with: " ") }
            let left = text.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter } }
            #expect(left.isEmpty, "words not from the catalogue: \(left)")
        }
        // The chart's spoken summary is the catalogue's too.
        let label = try #require(full.firstMatch(of: #/aria-label="([^"]*)"/#)?.output.1)
        #expect(label.hasPrefix(Self.marker(.reportChartSummary)))
    }

    @Test("the English catalogue gives the page as it reads today")
    func englishByDefault() async throws {
        let input = try Self.everything()
        let byDefault = try await ReportHTML().render(input)
        let lead = try await ReportHTML().render(input, variant: .internal)
        #expect(try await ReportHTML(catalogue: .english).render(input) == byDefault)
        #expect(byDefault.contains("<h2 id=\"method-heading\">How to read this report</h2>"))
        #expect(lead.contains("<td>(none)</td>"))
        #expect(!byDefault.contains("(none)"))
        #expect(lead.contains("<p>Survey none, version 2. Responses counted: 0.</p>"))
        #expect(byDefault.contains("<p>This survey has no choice questions to count.</p>"))
        #expect(byDefault.contains("<h3>Finding 1.1: One worker</h3>"))
        #expect(byDefault.contains("<span class=\"status status-amber\">Amber: started, not yet done</span>"))
        #expect(byDefault.contains("<p>Answers arrived from January 2025 to March 2025.</p>"))
        // Nobody is in the east group: 0 people, and no percentage of nobody.
        let caption = "Did you get support?, by Area"
        let emptyEast = HTMLTable.rows(in: byDefault.components(separatedBy: "<h3>Survey</h3>")[5], caption: caption)
        #expect(emptyEast.first { $0.first == "Yes" } == ["Yes", "7 58% (n = 12)", "7 54% (n = 13)", "0 –", "14 56% (n = 25)"])
        // Only north answered: no breakdown to compare, said once.
        let onlyNorth = byDefault.components(separatedBy: "<h3>Survey</h3>")[4]
        #expect(HTMLTable.rows(in: onlyNorth, caption: caption).isEmpty)
        #expect(onlyNorth.contains("No answers in this survey are broken down by group: too few people in each group to show."))
        #expect(!onlyNorth.contains("Not broken down by"))
    }

    @Test("a label holding a placeholder's name is shown as written")
    func placeholdersInLabels() async throws {
        let odd = Question(
            id: "support", type: .singleChoice, label: LocalizedText("Support {group} {question} {k}"),
            options: [Fixtures.option("yes", "Yes {base}"), Fixtures.option("no", "No"), Fixtures.option("unsure", "Unsure")])
        let findings = try Fixtures.findings(Fixtures.survey("odd", [odd, Fixtures.area]), [
            (6, Fixtures.two("yes", "north")), (5, Fixtures.two("no", "north")), (7, Fixtures.two("yes", "south")), (9, Fixtures.two("no", "south")),
        ])
        let html = try await ReportHTML().render(Fixtures.input([findings]))
        #expect(html.contains("<caption>Support {group} {question} {k}, by Area</caption>"))
        #expect(html.contains("<caption>Support {group} {question} {k} (n = 27)</caption>"))
        #expect(html.contains("Bar chart of answers to Support {group} {question} {k} (n = 27). Yes {base}: 13 (48%);"))
    }

    @Test("the catalogue words report.html only: tables.csv and findings.json stay the same")
    func machineFilesUnchanged() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("findings-catalogue-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = try Self.everything()
        try await ReportWriter.write(input, to: root, catalogue: Self.markers)
        let csv = try String(contentsOf: root.appendingPathComponent(ReportWriter.csvName), encoding: .utf8)
        let json = try String(contentsOf: root.appendingPathComponent(ReportWriter.jsonName), encoding: .utf8)
        let html = try String(contentsOf: root.appendingPathComponent(ReportWriter.htmlName), encoding: .utf8)
        #expect(csv == TidyTableCSV.render(input))
        #expect(json == FindingsJSON.render(input))
        #expect(html.contains(Self.marker(.reportMethodHeading)))
        #expect(!html.contains("How to read this report"))
    }
}
