import Findings
import Foundation
import SurveyKit
import Testing

/// One report per audience: a board reading a report must know whose voice each number is, so
/// survivors' and professionals' answers are never on one page, never summed, never side by side.
@Suite("One report per audience")
struct AudienceReportTests {
    static let age = Question(
        id: "age", type: .singleChoice, label: LocalizedText("How old are you?"),
        options: [Fixtures.option("young", "Under 40"), Fixtures.option("old", "40 or over")])
    static let training = Question(
        id: "training", type: .singleChoice, label: LocalizedText("Have you had training?"),
        options: [Fixtures.option("yes", "Yes"), Fixtures.option("no", "No")])

    static func survey(_ id: String, _ audience: Audience, _ questions: [Question]) -> Survey {
        Survey(
            id: id, version: 1, title: LocalizedText("Survey \(id)"), audience: audience, intro: LocalizedText("Intro"),
            pages: [Page(title: LocalizedText("Page of \(id)"), questions: questions)])
    }

    /// 23 survivors (the `support` question and an age question) and 14 professionals (training and
    /// the same age question): the two "How old are you?" tables the issue found side by side.
    static func twoAudiences(notes: LeadNotes = .empty) throws -> ReportInput {
        let survivors = try Fixtures.findings(survey("voices", .survivors, [Fixtures.support, age]), [
            (12, ["support": .option("yes"), "age": .option("young")]), (11, ["support": .option("no"), "age": .option("old")]),
        ])
        let professionals = try Fixtures.findings(survey("staff", .professionals, [training, age]), [
            (6, ["training": .option("yes"), "age": .option("old")]), (8, ["training": .option("no"), "age": .option("young")]),
        ])
        var input = Fixtures.input([survivors, professionals])
        input.notes = notes
        return input
    }

    static let notes = LeadNotes(title: "Autumn round", findings: [
        .init(id: "1.1", heading: "Support mattered", evidence: [.init(survey: "voices", question: "support")],
              keyPoints: ["Support came too late.", "Nobody called back."],
              recommendations: [.init(id: "R1", text: "Call back within a day.", audience: .partnership, owner: "Lead", status: .amber, due: "2027-03-31")]),
        .init(id: "2.1", heading: "Training is patchy", evidence: [.init(survey: "staff", question: "training")],
              recommendations: [.init(id: "R2", text: "Train every team.", audience: .partnership, owner: "Trainer", status: .red, due: "2027-01-31",
                                      youSaid: "Half of you had no training.")]),
    ])

    private func written(_ input: ReportInput) async throws -> (URL, [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audience-\(UUID().uuidString)")
        try await ReportWriter.write(input, to: folder)
        return (folder, try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted())
    }

    private func read(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test("two audiences make two reports and a contents page, with each audience's own count")
    func twoReports() async throws {
        let input = try Self.twoAudiences()
        let (folder, files) = try await written(input)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(files == [
            "findings-public.json", "findings.json", "report-professionals-internal.html", "report-professionals.html",
            "report-survivors-internal.html", "report-survivors.html", "report.html", "tables.csv",
        ])
        #expect(ReportWriter.htmlNames(for: input).published == ["report.html", "report-survivors.html", "report-professionals.html"])

        let contents = try read(folder, "report.html")
        #expect(contents.contains(#"<a href="report-survivors.html">What survivors told us (23 people took part)</a>"#))
        #expect(contents.contains(#"<a href="report-professionals.html">What professionals told us (14 people took part)</a>"#))
        #expect(!contents.contains("37"), "the contents page never adds the audiences together")
        #expect(!contents.contains("<table"))

        let survivors = try read(folder, "report-survivors.html")
        #expect(survivors.contains("Did you get support?"))
        #expect(!survivors.contains("Have you had training?"))
        #expect(survivors.components(separatedBy: "<caption>How old are you?").count == 2, "one age table, the survivors'")
        #expect(survivors.contains("Survey voices: 23 people took part."))
        #expect(!survivors.contains("14 people"))
        #expect(survivors.contains("What survivors told us"))
        #expect(survivors.contains("report-professionals.html"), "each report says where the other is")

        let professionals = try read(folder, "report-professionals.html")
        #expect(professionals.contains("Have you had training?"))
        #expect(!professionals.contains("Did you get support?"))
        #expect(professionals.contains("Survey staff: 14 people took part."))
        #expect(!professionals.contains("23 people"))
    }

    @Test("one audience keeps a single report.html, headed with its audience")
    func oneAudience() async throws {
        let (folder, files) = try await written(Fixtures.input([try Fixtures.twoWayClear()]))
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(files.filter { $0.hasSuffix(".html") } == ["report-internal.html", "report.html"])
        #expect(try read(folder, "report.html").contains(#"<p class="subtitle">What survivors told us</p>"#))
    }

    @Test("a finding, its recommendations and quotes go to the report of its evidence's audience")
    func findingsFollowTheirEvidence() async throws {
        var input = try Self.twoAudiences(notes: Self.notes)
        input.quotes = [ApprovedQuote(survey: "staff", question: "training", text: "We learn on the job.")]
        let survivors = input.only(.survivors)
        let professionals = input.only(.professionals)
        #expect(survivors.notes.findings.map(\.id) == ["1.1"])
        #expect(professionals.notes.findings.map(\.id) == ["2.1"])
        #expect(survivors.quotes.isEmpty)
        #expect(professionals.quotes.map(\.text) == ["We learn on the job."])

        let (folder, _) = try await written(input)
        defer { try? FileManager.default.removeItem(at: folder) }
        let professionalsHTML = try read(folder, "report-professionals.html")
        #expect(professionalsHTML.contains("Train every team."))
        #expect(!professionalsHTML.contains("Call back within a day."))
        #expect(professionalsHTML.contains("We learn on the job."))
        #expect(!(try read(folder, "report-survivors.html")).contains("We learn on the job."))
    }

    @Test("a question shown under a finding is not shown again in the results, but linked")
    func eachQuestionOnce() async throws {
        let (folder, _) = try await written(try Self.twoAudiences(notes: Self.notes))
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = try read(folder, "report-survivors.html")
        #expect(html.components(separatedBy: "<caption>Did you get support?").count == 2, "the support table once, under Finding 1.1")
        #expect(html.contains(#"<section class="finding" id="finding-1.1">"#))
        #expect(html.contains(##"<li><a href="#finding-1.1">Did you get support? (Finding 1.1)</a></li>"##))
        // The age question rests under no finding, so it is in the results.
        #expect(html.components(separatedBy: "<caption>How old are you?").count == 2)
    }

    @Test("you said, we did: the finding's key points, or the lead's own words; dates as people write them")
    func youSaidWeDid() async throws {
        let (folder, _) = try await written(try Self.twoAudiences(notes: Self.notes))
        defer { try? FileManager.default.removeItem(at: folder) }
        let survivors = try read(folder, "report-survivors.html")
        #expect(survivors.contains("<th scope=\"col\">You said</th>"))
        #expect(survivors.contains("<td><ul><li>Support came too late.</li><li>Nobody called back.</li></ul></td><th scope=\"row\"><span class=\"rec-id\">R1</span>"))
        #expect(survivors.contains("<td>31 March 2027</td>"))
        #expect(!survivors.contains("2027-03-31"))
        let professionals = try read(folder, "report-professionals.html")
        #expect(professionals.contains("<td><ul><li>Half of you had no training.</li></ul></td>"))
        #expect(professionals.contains("<td>31 January 2027</td>"))
    }

    @Test("the anchor of a finding is always a valid fragment, whatever its id")
    func anchors() async throws {
        var input = try Self.twoAudiences()
        input.notes = LeadNotes(findings: [.init(id: "2 a/\"é\"", heading: "H")])
        #expect(input.only(.survivors).notes.findings.count == 1, "a finding with no evidence goes to the first report")
        #expect(input.only(.professionals).notes.findings.isEmpty)
        let (folder, _) = try await written(input)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try read(folder, "report-survivors.html").contains(#"<section class="finding" id="finding-2-a----">"#))
    }
}
