import Findings
import Foundation
import SurveyKit
import Testing

@Suite("report.html")
struct ReportHTMLTests {
    /// The internal variant says why each number is hidden; the public one never does.
    private func render(_ input: ReportInput, _ variant: ReportVariant = .internal) async throws -> String {
        try await ReportHTML().render(input, variant: variant)
    }

    @Test("a self-contained English page with a neutral title, no script and nothing fetched")
    func page() async throws {
        let html = try await render(Fixtures.input([try Fixtures.twoWayClear()]), .public)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("<title>What you told us, and what we are doing</title>"))
        let lower = html.lowercased()
        for forbidden in ["<script", "http:", "https:", "src=", "<link", "@import", "url("] {
            #expect(!lower.contains(forbidden), "the page has \(forbidden)")
        }
        #expect(html.contains("<h3>Survey</h3>"))
        #expect(html.contains("Survey: 27 people took part."))
        #expect(!html.contains("Responses counted"))
    }

    @Test("the method note gives k, the rules, the multiple-choice caveat, and what was left out")
    func methodNote() async throws {
        let input = Fixtures.input(
            [try Fixtures.twoWayClear()], k: 5,
            problems: [BundleProblem(line: 12, id: "abc123", reason: "the box would not open"), BundleProblem(line: 40, id: nil, reason: "not JSON")],
            withdrawn: 3)
        let html = try await render(input)
        #expect(html.contains("no number from 1 to 4 is published (k = 5)"))
        #expect(html.contains("“fewer than 5”"))
        #expect(html.contains("can add up to more than 100%"))
        #expect(html.contains("3 withdrawn"))
        #expect(html.contains("2 that could not be used"))
        let problems = HTMLTable.rows(in: html, caption: "could not be used")
        #expect(problems.contains(["12", "abc123", "the box would not open"]))
        #expect(problems.contains(["40", "(none)", "not JSON"]))
    }

    @Test("a suppressed cell reads 'fewer than 5' and shows no number; percentages show their base")
    func suppressedOneWay() async throws {
        let html = try await render(Fixtures.input([try Fixtures.oneWaySuppressed()]))
        let caption = "Did you get support? (n = 23)"
        #expect(HTMLTable.row(in: html, caption: caption, label: "Yes") == ["Yes", "12", "52%"])
        // The column's one base is in its heading (and the caption), not repeated in every cell.
        #expect(html.contains(#"<th scope="col">Percent (n = 23)</th>"#))
        let unsure = try #require(HTMLTable.row(in: html, caption: caption, label: "Not sure"))
        #expect(unsure == ["Not sure", "fewer than 5", "not shown"])
        // "no" (8) is hidden only to protect "unsure": it is not fewer than 5, so it does not say so.
        let no = try #require(HTMLTable.row(in: html, caption: caption, label: "No"))
        #expect(no == ["No", "hidden to protect another number", "not shown"])
        #expect(!(unsure + no).joined().contains("3") && !(unsure + no).joined().contains("8"))
    }

    @Test("the public report never says why a number is hidden: every hidden number reads the same")
    func publicHidesReasons() async throws {
        let html = try await render(Fixtures.input([try Fixtures.oneWaySuppressed(), try Fixtures.twoWaySuppressed()]), .public)
        // Hidden answers fold into one row: with the base and "yes" published their sum is known anyway.
        #expect(HTMLTable.row(in: html, caption: "Did you get support? (n = 23)", label: "Not sure") == nil)
        #expect(HTMLTable.row(in: html, caption: "Did you get support? (n = 23)", label: "No") == nil)
        #expect(HTMLTable.row(in: html, caption: "Did you get support? (n = 23)", label: "Other answers, not shown one by one") == [
            "Other answers, not shown one by one", "11", "48%",
        ])
        let yes = try #require(HTMLTable.row(in: html, caption: "Did you get support?, by Area", label: "Yes"))
        let no = try #require(HTMLTable.row(in: html, caption: "Did you get support?, by Area", label: "No"))
        #expect(yes[1] == "not shown" && no[2] == "not shown")
        for reasonWords in [">fewer than 5<", "fewer than 5 (no bar)", "hidden to protect", "held back", "For the lead only"] {
            #expect(!html.contains(reasonWords), "the public report says \(reasonWords)")
        }
    }

    @Test("the chart draws bars only for published counts and says what it shows")
    func chart() async throws {
        let html = try await render(Fixtures.input([try Fixtures.oneWaySuppressed()]))
        let svg = try #require(html.firstMatch(of: #/<svg[^>]*>[\s\S]*?</svg>/#)).output
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("aria-label=\"Bar chart of answers to Did you get support? (n = 23). Yes: 12 (52%); No: hidden to protect another number; Not sure: fewer than 5.\""))
        #expect(svg.contains("<title>"))
        #expect(svg.matches(of: #/<rect /#).count == 1)
        #expect(svg.contains("fewer than 5 (no bar)"))
        // Only the published bar's numbers appear: nothing for the hidden 3 or 8.
        let numbers = svg.replacing(#/"[^"]*"/#, with: "").matches(of: #/\d+(\.\d+)?/#).map { String($0.output.0) }
        #expect(Set(numbers).isSubset(of: ["12", "52", "5", "23"]), "numbers in the chart text: \(numbers)")
    }

    @Test("the wording uses the report's own k")
    func actualK() async throws {
        let html = try await render(Fixtures.input([try Fixtures.oneWaySuppressed(k: 7)], k: 7))
        #expect(html.contains("fewer than 7"))
        #expect(!html.contains("fewer than 5"))
    }

    @Test("a suppressed base reads 'fewer than 5' too, and no percentage is given")
    func suppressedBase() async throws {
        let few = try Fixtures.findings(Fixtures.survey("few", [Fixtures.support]), [(2, Fixtures.one("yes")), (1, Fixtures.one("no"))])
        let html = try await render(Fixtures.input([few]))
        let rows = HTMLTable.rows(in: html, caption: "Did you get support? (fewer than 5)")
        #expect(rows.dropFirst() == [
            ["Yes", "fewer than 5", "not shown"], ["No", "fewer than 5", "not shown"], ["Not sure", "fewer than 5", "not shown"],
        ])
        #expect(!html.contains("(n = 3)"))
    }

    @Test("two-way tables: groups across, totals, percentages of the column base")
    func twoWay() async throws {
        let html = try await render(Fixtures.input([try Fixtures.twoWayClear()]))
        #expect(html.contains("<summary>Broken down by Area</summary>"))
        #expect(html.contains("<th scope=\"col\">North</th>"))
        let caption = "Did you get support?, by Area"
        let rows = HTMLTable.rows(in: html, caption: caption)
        #expect(rows.first == ["Answer", "North", "South", "All groups"])
        #expect(HTMLTable.row(in: html, caption: caption, label: "Yes") == ["Yes", "6 55% (n = 11)", "7 44% (n = 16)", "13 48% (n = 27)"])
        #expect(HTMLTable.row(in: html, caption: caption, label: "Everyone who answered") == ["Everyone who answered", "n = 11", "n = 16", "n = 27"])
    }

    @Test("two-way suppressed cells read 'fewer than 5' or 'not shown', never their number")
    func twoWaySuppressed() async throws {
        let html = try await render(Fixtures.input([try Fixtures.twoWaySuppressed()]))
        let caption = "Did you get support?, by Area"
        let yes = try #require(HTMLTable.row(in: html, caption: caption, label: "Yes"))
        #expect(yes[1] == "fewer than 5")  // north: 2
        let no = try #require(HTMLTable.row(in: html, caption: caption, label: "No"))
        #expect(no[2] == "hidden to protect another number")  // south: 7, hidden to protect the 2
        #expect(!yes[1].contains("2") && !no[2].contains("7"))
    }

    @Test("labels and titles are escaped")
    func escaping() async throws {
        let hostile = Question(
            id: "support", type: .singleChoice, label: LocalizedText("<script>alert(\"x\")</script> & more"),
            options: [Fixtures.option("yes", "<b>Yes</b>"), Fixtures.option("no", "No 'really'"), Fixtures.option("unsure", "Unsure")])
        let input = Fixtures.input(
            [try Fixtures.oneWaySuppressed(label: hostile, title: "Voices <img src=x onerror=alert(1)>")],
            problems: [BundleProblem(line: 1, id: "<i>id</i>", reason: "<script>bad</script>")])
        let html = try await render(input)
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>Yes"))
        #expect(!html.contains("<i>id"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more"))
        #expect(html.contains("Voices &lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("No &#39;really&#39;"))
    }
}
