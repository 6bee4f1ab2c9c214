import Localisation
import Services
import PublicFindingsFormat
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Storage
import SurveyKit
import Testing
@testable import WebApp

/// Example public findings, and a fixture with them published.
enum FindingsTest {
    static let exampleURL = Fixture.packageRoot.appendingPathComponent("docs/findings.example.json")

    static func exampleData() throws -> Data { try Data(contentsOf: exampleURL) }

    static func example() throws -> PublicFindings { try PublicFindingsValidator.read(exampleData()) }

    /// The example with the specialist services count (30 of 40) made a small cell.
    static func smallCellData() throws -> Data {
        let text = String(decoding: try exampleData(), as: UTF8.self)
        let small = text.replacingOccurrences(of: "\"count\": 30,\n", with: "\"count\": 2,\n")
        try #require(small != text)
        return Data(small.utf8)
    }

    static func store(_ fixture: Fixture) -> PublishedFindingsStore { PublishedFindingsStore(database: fixture.database) }

    @discardableResult
    static func publish(_ findings: PublicFindings, in fixture: Fixture) async throws -> PublishedFindingsRecord {
        try await FindingsPublication.publish(try PublicFindingsJSON.encode(findings), by: .commandLine, actor: "command line",
                                              now: StaffTest.now, store: store(fixture), audit: AuditLog(database: fixture.database)).record
    }

    /// The HTML between the first `start` and the next `end` after it.
    static func slice(_ html: String, from start: String, to end: String) -> String? {
        guard let open = html.range(of: start), let close = html.range(of: end, range: open.upperBound..<html.endIndex) else { return nil }
        return String(html[open.lowerBound..<close.upperBound])
    }
}

/// The survivor-facing findings page: every standing safety rule, every part of the example,
/// "not shown" for every hidden number, and the page for when nothing is published.
@Suite struct FindingsPageTests {
    @Test func withNothingPublishedThePageSaysResultsWillAppearHere() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/findings", method: .get)
            #expect(response.status == .ok)
            #expect(response.text.contains("<h1>Results will appear here</h1>"))
            #expect(response.text.contains("Please come back later."))
        }
    }

    @Test(arguments: [false, true])
    func thePageKeepsEveryStandingSafetyRule(_ published: Bool) async throws {
        let fixture = try Fixture()
        if published { try await FindingsTest.publish(try FindingsTest.example(), in: fixture) }
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/findings", method: .get)
            let headers = response.headers
            #expect(headers[.cacheControl] == "no-store, max-age=0")
            #expect(headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
            let csp = try #require(headers[.contentSecurityPolicy])
            #expect(csp.contains("default-src 'none'") && csp.contains("style-src 'self'") && csp.contains("script-src 'self'"))
            #expect(!csp.contains("unsafe-inline") && !csp.contains("http"))
            let permissions = try #require(headers[HTTPField.Name("Permissions-Policy")!])
            for feature in ["camera=()", "microphone=()", "geolocation=()"] { #expect(permissions.contains(feature)) }
            #expect(headers[.setCookie] == nil)

            let html = response.text
            // A neutral title: the site's name, never the findings' own title.
            #expect(html.contains("<title>Feedback</title>"))
            #expect(!html.contains("<title>What you told us"))
            #expect(html.contains("<a class=\"quick-exit-button\" href=\"https://www.bbc.co.uk/weather\""))
            #expect(html.contains("0808 2000 247"))
            #expect(html.contains("href=\"/safety\""))
            // No inline script or style (the CSP would block them, and the page works without JavaScript).
            let scripts = html.components(separatedBy: "<script").dropFirst()
            #expect(scripts.count == 2)
            for script in scripts {
                #expect(script.hasPrefix(" src=\"/quick-exit.js\" defer></script>") || script.hasPrefix(" src=\"/one-history-entry.js\" defer></script>"))
            }
            #expect(!html.contains("<style"))
            #expect(!html.contains("style="))
            #expect(!html.contains(/\son[a-z]+=/), "no event handler attributes")
            // Nothing from another origin: every link and source is on this site, bar the quick exit.
            for attribute in ["src=\"", "href=\""] {
                for value in html.components(separatedBy: attribute).dropFirst().map({ String($0.prefix { $0 != "\"" }) }) {
                    #expect(value.hasPrefix("/") || value.hasPrefix("#") || value.hasPrefix("?lang=") || value == "https://www.bbc.co.uk/weather", "\(value)")
                }
            }
        }
    }

    @Test func thePageShowsEveryPartOfTheExampleInTheReportsOrder() async throws {
        let fixture = try Fixture()
        try await FindingsTest.publish(try FindingsTest.example(), in: fixture)
        try await fixture.withApp { client in
            let html = try await client.execute(uri: "/findings", method: .get).text
            let inOrder = [
                "<h1 id=\"findings-title\">What you told us, and what we are doing</h1>",
                "Published in November 2026 by Your local domestic abuse partnership.",
                "These results come from answers given from September 2026 to November 2026.",
                "People who took part: 42.",
                "<h2>What we found</h2>",
                "<p>Between September and November 2026, 42 people",
                "<h2>What you told us</h2>",
                "<li>Being believed the first time you tell someone matters more than anything else.</li>",
                "<h2>Police</h2>",
                "How helpful were the police?",
                "Did you feel believed the first time you told someone?",
                "<h2>Getting help</h2>",
                "Which services did you contact?",
                "What would have helped most?",
                "<h2>In your own words</h2>",
                "They don&#39;t keep you in the loop.",
                "<h2>You said, we did</h2>",
                "Tell survivors what is happening with their case",
                "<h2>Who took part</h2>",
                "<h3 id=\"c-t1\">Age</h3>",
                "<h3 id=\"c-t2\">Ethnic group</h3>",
                "<h2>How we did this</h2>",
                "People answered an online survey.",
                "<h2>What these results cannot tell us</h2>",
                "42 people is a small group.",
            ]
            var position = html.startIndex
            for text in inOrder {
                let found = html.range(of: text, range: position..<html.endIndex)
                #expect(found != nil, "\(text) is missing or out of order")
                if let found { position = found.upperBound }
            }
        }
    }

    @Test func tablesShowCountsPercentagesBasesNotesAndBars() async throws {
        let fixture = try Fixture()
        try await FindingsTest.publish(try FindingsTest.example(), in: fixture)
        try await fixture.withApp { client in
            let html = try await client.execute(uri: "/findings", method: .get).text
            let scale = try #require(FindingsTest.slice(html, from: "<section class=\"finding\" aria-labelledby=\"s1-t1\">", to: "</section>"))
            #expect(scale.contains("People asked: 30. People who answered: 25."))
            #expect(scale.contains("<caption>Everyone (25 people)</caption>"))
            #expect(scale.contains("<th scope=\"row\">Not very helpful<svg class=\"bar\" viewBox=\"0 0 100 4\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"40.0\" height=\"4\"></rect></svg></th><td class=\"finding-value\">10 (40%)</td>"))
            // A hidden count: "not shown", no bar. A zero: shown, no bar.
            #expect(scale.contains("<th scope=\"row\">Not at all helpful</th><td class=\"finding-value\">not shown</td>"))
            #expect(scale.contains("<th scope=\"row\">Don&#39;t know</th><td class=\"finding-value\">0 (0%)</td>"))
            // The scale's agreeing share.
            #expect(scale.contains("<tfoot><tr><th scope=\"row\">Found them helpful<svg"))
            // A comparison: one small table per group, stacked.
            let comparison = try #require(FindingsTest.slice(html, from: "aria-labelledby=\"s1-t2\"", to: "</section>"))
            #expect(comparison.contains("<caption>First told the police (15 people)</caption>"))
            #expect(comparison.contains("<caption>First told another service (20 people)</caption>"))
            #expect(comparison.contains("<p class=\"hint\">This compares people who first told the police"))
            #expect(comparison.components(separatedBy: "<table").count == 3)
            let multiple = try #require(FindingsTest.slice(html, from: "aria-labelledby=\"s2-t1\"", to: "</section>"))
            #expect(multiple.contains("percentages add up to more than 100%"))
            #expect(multiple.contains("30 (75%)"))
            #expect(try #require(FindingsTest.slice(html, from: "aria-labelledby=\"s2-t2\"", to: "</section>")).contains("14 (45%)"))
        }
    }

    @Test func everyHiddenNumberReadsNotShownAndNothingSaysWhy() async throws {
        var findings = try FindingsTest.example()
        findings.reports[0].respondents = nil
        findings.reports[0].sections[0].tables[0].asked = nil
        findings.reports[0].coverage[0].columns[0].base = nil
        for index in findings.reports[0].coverage[0].rows.indices { findings.reports[0].coverage[0].rows[index].cells[0].percent = nil }
        let fixture = try Fixture()
        try await FindingsTest.publish(findings, in: fixture)
        try await fixture.withApp { client in
            let html = try await client.execute(uri: "/findings", method: .get).text
            #expect(html.contains("People who took part: not shown."))
            #expect(html.contains("People asked: not shown. People who answered: 25."))
            #expect(html.contains("<caption>Everyone (number of people not shown)</caption>"))
            let age = try #require(FindingsTest.slice(html, from: "aria-labelledby=\"c-t1\"", to: "</section>"))
            #expect(age.contains("<th scope=\"row\">Under 25</th><td class=\"finding-value\">not shown</td>"))
            // With the base hidden, no bar (its length would give the base away).
            #expect(age.contains("<th scope=\"row\">25 to 34</th><td class=\"finding-value\">12</td>"))
            #expect(!age.contains("<svg"))
            // Hidden numbers are counted: 2 in the age table, 2 in ethnicity, 1 scale, 1 services, 1 themes, + respondents, asked, base.
            #expect(html.components(separatedBy: "not shown").count - 1 >= 10)
            for reason in ["fewer than", "below", "too few", "suppressed", "k = "] {
                #expect(!html.lowercased().contains(reason), "\(reason)")
            }
        }
    }

    @Test func quotesStandAloneAsBlockquotesWithOnlyTheirQuestion() async throws {
        let fixture = try Fixture()
        try await FindingsTest.publish(try FindingsTest.example(), in: fixture)
        try await fixture.withApp { client in
            let html = try await client.execute(uri: "/findings", method: .get).text
            let figures = html.components(separatedBy: "<figure class=\"findings-quote\">").dropFirst()
            #expect(figures.count == 3)
            for figure in figures {
                let quote = figure.components(separatedBy: "</figure>")[0]
                #expect(quote.contains("<blockquote>"))
                #expect(quote.contains("<figcaption>Answer to: What "))
                // Never beside group detail: no table, number or group label inside a quote.
                #expect(!quote.contains("<table") && !quote.contains("<caption>") && !quote.contains("Age"))
            }
            #expect(html.contains("<blockquote><p>The worker at [place] listened to me and called me back when she said she would.</p>\n</blockquote>"))
        }
    }

    @Test func recommendationsGiveAudienceOwnerStatusInWordsAndColourDueDateAndUpdate() async throws {
        let fixture = try Fixture()
        try await FindingsTest.publish(try FindingsTest.example(), in: fixture)
        try await fixture.withApp { client in
            let html = try await client.execute(uri: "/findings", method: .get).text
            let first = try #require(FindingsTest.slice(html, from: "<li class=\"recommendation\" id=\"recommendation-R1\">", to: "</dl>"))
            #expect(first.contains("<dt>You said</dt><dd><ul><li>Nobody told me what was happening with my case.</li></ul></dd>"))
            #expect(first.contains("<dt>For</dt><dd>The police</dd>"))
            #expect(first.contains("<dt>Who is doing it</dt><dd>Detective Inspector, public protection</dd>"))
            #expect(first.contains("<span class=\"status status-amber\">Amber: started</span>"))
            #expect(first.contains("<dt>To be done by</dt><dd>31 March 2027</dd>"))
            #expect(first.contains("You said nobody told you what happened next."))
            let second = try #require(FindingsTest.slice(html, from: "id=\"recommendation-R2\"", to: "</dl>"))
            #expect(!second.contains("You said"), "no 'you said' when the file gives none")
            #expect(second.contains("The local partnership"))
            #expect(second.contains("<span class=\"status status-red\">Red: behind or not started</span>"))
            #expect(second.contains("Nothing to report yet."))
            let third = try #require(FindingsTest.slice(html, from: "id=\"recommendation-R3\"", to: "</li>"))
            #expect(third.contains("Housing services"))
            #expect(third.contains("<span class=\"status status-green\">Green: done or on track</span>"))
        }
    }

    @Test func theLeadsWordsAreEscapedNeverMarkup() async throws {
        var findings = try FindingsTest.example()
        findings.title = "Results <script>alert(1)</script>"
        findings.reports[0].keyPoints = ["<b>Bold</b> & \"quoted\""]
        let fixture = try Fixture()
        try await FindingsTest.publish(findings, in: fixture)
        try await fixture.withApp { client in
            let html = try await client.execute(uri: "/findings", method: .get).text
            #expect(html.contains("Results &lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(html.contains("<li>&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot;</li>"))
            #expect(!html.contains("<script>alert"))
        }
    }

    @Test func roundedFindingsSaySo() async throws {
        let findings = PublicFindings(
            k: 5, rounding: 5, title: "Rounded", partnership: "Test partnership",
            published: .init(year: 2026, month: 11)!, period: .init(from: .init("2026-11")!, to: .init("2026-11")!),
            summary: [], method: [], limitations: [],
            reports: [.init(who: .survivors, respondents: 45, coverage: [], sections: [], keyPoints: [], quotes: [], recommendations: [])])
        let fixture = try Fixture()
        try await FindingsTest.publish(findings, in: fixture)
        try await fixture.withApp { client in
            let html = try await client.execute(uri: "/findings", method: .get).text
            #expect(html.contains("Numbers are rounded to a multiple of 5, so they may not add up exactly."))
            #expect(html.contains("These results come from answers given in November 2026."))
            // Nothing to show under the other headings: none of them appears.
            #expect(!html.contains("<h2>What we found</h2>") && !html.contains("<h2>You said, we did</h2>"))
        }
    }

    @Test func withdrawnFindingsLeaveTheNothingPublishedPage() async throws {
        let fixture = try Fixture()
        try await FindingsTest.publish(try FindingsTest.example(), in: fixture)
        try await FindingsPublication.withdraw(by: .commandLine, actor: "command line", now: StaffTest.now,
                                               store: FindingsTest.store(fixture), audit: AuditLog(database: fixture.database))
        try await fixture.withApp { client in
            let html = try await client.execute(uri: "/findings", method: .get).text
            #expect(html.contains("Results will appear here"))
            #expect(!html.contains("What you told us, and what we are doing"))
        }
    }

    @Test func storedFindingsThatNoLongerPassTheChecksAreNotShown() async throws {
        let fixture = try Fixture()
        // Written around the validator, as a database changed by hand would be.
        let bad = String(decoding: try FindingsTest.smallCellData(), as: UTF8.self)
        try await FindingsTest.store(fixture).publish(json: bad, day: "2023-11-14", by: .commandLine)
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/findings", method: .get)
            #expect(response.status == .ok)
            #expect(response.text.contains("Results will appear here"))
            #expect(!response.text.contains("Specialist domestic abuse service"))
        }
    }

    @Test(arguments: ["/", "/s/one-page"])
    func theHomeAndThankYouPagesLinkToTheFindings(_ path: String) async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = path == "/"
                ? try await client.execute(uri: path, method: .get)
                : try await client.execute(uri: path, method: .post, headers: formHeaders, body: formBody([("helped", "no"), ("_page", "0")]))
            #expect(response.text.contains("<a href=\"/findings\">What people told us, and what is changing</a>"))
        }
    }
}

/// Every word of the findings page is in the catalogue, in plain English.
@Suite struct FindingsPageCatalogueTests {
    @Test func everyFindingsPageKeyHasEnglishWords() {
        let keys = StringKey.allCases.filter { $0.rawValue.hasPrefix("findings") }
        #expect(keys.count == 48)
        for key in keys {
            let words = Catalogue.english[key]
            #expect(words != key.rawValue && !words.isEmpty, "\(key) has no English")
        }
    }
}

/// Version 2 on the page: each audience under its own heading with its own count, never a total;
/// the surveys' words in the language she chose; "you said" beside what is being done.
@Suite struct FindingsPageAudienceTests {
    static func twoAudiences() throws -> PublicFindings {
        var findings = try FindingsTest.example()
        var professionals = findings.reports[0]
        professionals.who = .professionals
        professionals.respondents = 15
        professionals.recommendations = []
        professionals.keyPoints = ["Staff want more training."]
        findings.reports.append(professionals)
        return findings
    }

    @Test func eachAudienceHasItsOwnHeadingAndCount() async throws {
        let fixture = try Fixture()
        try await FindingsTest.publish(try Self.twoAudiences(), in: fixture)
        try await fixture.withApp { client in
            let html = try await client.execute(uri: "/findings", method: .get).text
            let survivors = try #require(FindingsTest.slice(html, from: "<h2 class=\"findings-report-heading\" id=\"findings-survivors\">", to: "</section>\n\n"))
            #expect(html.contains("<h2 class=\"findings-report-heading\" id=\"findings-survivors\">What survivors told us</h2>\n<p>People who took part: 42.</p>"))
            #expect(html.contains("<h2 class=\"findings-report-heading\" id=\"findings-professionals\">What professionals told us</h2>\n<p>People who took part: 15.</p>"))
            #expect(html.contains("Each group&#39;s answers are shown on their own, never added together."))
            #expect(!html.contains("57"), "no total of the two audiences")
            // The parts of each report sit one level under its heading.
            #expect(html.contains("<h3>You said, we did</h3>") && !html.contains("<h2>You said, we did</h2>"))
            #expect(html.contains("<h4 id=\"r2-s1-t1\">"))
            #expect(!survivors.isEmpty)
        }
    }

    @Test func theSurveysWordsFollowHerLanguage() async throws {
        let fixture = try Fixture()
        try await FindingsTest.publish(try FindingsTest.example(), in: fixture)
        try await fixture.withApp { client in
            let welsh = try await client.execute(uri: "/findings?lang=cy", method: .get).text
            #expect(welsh.contains(">Pa mor ddefnyddiol oedd yr heddlu?</h3>"))
            #expect(welsh.contains("<h2>Yr heddlu</h2>"))
            #expect(welsh.contains(">Oed</h3>"))
            // Words the file has no Welsh for stay as written; the lead's words are hers.
            #expect(welsh.contains("Did you feel believed the first time you told someone?"))
            let english = try await client.execute(uri: "/findings", method: .get).text
            #expect(english.contains(">How helpful were the police?</h3>"))
            #expect(!english.contains("Pa mor ddefnyddiol"))
        }
    }
}
