import Disclosure
import Findings
import PublicFindingsFormat
import Foundation
import SurveyKit
import Testing

/// The analyst writes the public findings the server will accept: the same validator reads them back.
@Suite("findings-public.json from a report")
struct PublicFindingsFromReportTests {
    @Test("the whole report, notes, themes, quotes and all, passes the server's validator and keeps every hidden number null")
    func everythingPasses() throws {
        let input = try ReportCatalogueTests.everything()
        let data = try PublicFindingsJSON.encode(PublicFindings(report: input))
        let read = try PublicFindingsValidator.read(data)
        #expect(read.title == "Our title")
        #expect(read.reports[0].sections.first?.heading == "Finding 1.1: One worker")
        #expect(read.reports[0].recommendations.count == LeadNotes.Audience.allCases.count)
        #expect(read.reports[0].quotes == [.init(question: "Anything else?", text: "Quoted words")])
        #expect(read.reports[0].keyPoints == ["Point words"])
        let json = String(decoding: data, as: UTF8.self)
        for word in ["abc123", "the box would not open", "primary", "secondary", "reason"] {
            #expect(!json.contains(word), "the public findings carry \(word)")
        }
    }

    @Test("without notes, every page's questions are sections; every count is 0, at least k, or null")
    func pagesWithoutNotes() throws {
        let input = Fixtures.input([try Fixtures.oneWaySuppressed(), try Fixtures.twoWaySuppressed()])
        let findings = try PublicFindingsValidator.read(try PublicFindingsJSON.encode(PublicFindings(report: input)))
        #expect(findings.reports[0].sections.map(\.heading) == ["Page", "Page"])
        let counts = findings.reports[0].sections.flatMap(\.tables).flatMap(\.rows).flatMap(\.cells).map(\.count)
        #expect(counts.contains(nil))
        #expect(counts.allSatisfy { $0 == nil || $0 == 0 || $0! >= 5 })
        #expect(findings.reports[0].coverage.count == 1)
    }
}
