import Findings
import PublicFindingsFormat
import Foundation
import SurveyKit
import Testing

/// Version 2 of the public findings: one report per audience, "you said" with each
/// recommendation, the surveys' own words in Welsh and Urdu, and version 1 files still read.
@Suite("public findings: audiences, languages, version 1")
struct PublicFindingsAudienceTests {
    @Test("two audiences make two reports, each with its own count; nothing adds them up")
    func twoReports() throws {
        let input = try AudienceReportTests.twoAudiences(notes: AudienceReportTests.notes)
        let findings = try PublicFindingsValidator.read(try PublicFindingsJSON.encode(PublicFindings(report: input)))
        #expect(findings.reports.map(\.who) == [.survivors, .professionals])
        #expect(findings.reports.map(\.respondents) == [23, 14])
        #expect(findings.reports[0].sections.map(\.heading) == ["Finding 1.1: Support mattered"])
        #expect(findings.reports[1].sections.map(\.heading) == ["Finding 2.1: Training is patchy"])
        #expect(findings.reports[0].coverage.isEmpty && findings.reports[1].coverage.isEmpty)
        #expect(findings.reports[0].recommendations.map(\.youSaid) == [["Support came too late.", "Nobody called back."]])
        #expect(findings.reports[1].recommendations.map(\.youSaid) == [["Half of you had no training."]])
        let json = String(decoding: try PublicFindingsJSON.encode(findings), as: UTF8.self)
        #expect(!json.contains("37"), "no total of both audiences anywhere")
    }

    /// A survey with Welsh words for its question, options and page.
    static func welshSurvey() throws -> ReportInput {
        let question = Question(
            id: "support", type: .singleChoice, label: LocalizedText(byLanguage: ["en": "Did you get support?", "cy": "Gawsoch chi gymorth?"]),
            options: [Option(id: "yes", label: LocalizedText(byLanguage: ["en": "Yes", "cy": "Do"])),
                      Option(id: "no", label: LocalizedText(byLanguage: ["en": "No", "cy": "Naddo"]))])
        let survey = Survey(
            id: "voices", version: 1, title: LocalizedText(byLanguage: ["en": "Your views", "cy": "Eich barn"]), audience: .survivors,
            intro: LocalizedText("Intro"), pages: [Page(title: LocalizedText(byLanguage: ["en": "Support", "cy": "Cymorth"]), questions: [question])])
        return Fixtures.input([try Fixtures.findings(survey, [(12, ["support": .option("yes")]), (9, ["support": .option("no")])])])
    }

    @Test("the surveys' Welsh words travel with the findings; Urdu, which the survey lacks, does not")
    func translations() throws {
        let findings = try PublicFindingsValidator.read(try PublicFindingsJSON.encode(PublicFindings(report: try Self.welshSurvey())))
        let welsh = try #require(findings.translations["cy"])
        #expect(welsh["Did you get support?"] == "Gawsoch chi gymorth?")
        #expect(welsh["Yes"] == "Do")
        #expect(welsh["No"] == "Naddo")
        #expect(welsh["Support"] == "Cymorth")
        #expect(findings.translations["ur"] == nil)
        #expect(findings.words("Did you get support?", in: "cy") == "Gawsoch chi gymorth?")
        #expect(findings.words("Did you get support?", in: "ur") == "Did you get support?")
    }

    @Test("a translation may only give the file's own words: anything else is refused")
    func translationsAreTheFilesOwnWords() throws {
        let smuggled = try ExampleFindings.problems(["translations", "cy", "Call this number now"], .set("Ffoniwch"))
        #expect(smuggled.has("translations.cy[\"Call this number now\"]", "is not a title, label, heading, note or question of this file"), "\(smuggled)")
        let language = try ExampleFindings.problems(["translations", "fr"], .set(["Police": "Police"]))
        #expect(language.has("translations.fr", "is not a language the findings page is shown in"), "\(language)")
        let control = try ExampleFindings.problems(["translations", "cy", "Police"], .set("Yr\u{7}heddlu"))
        #expect(control.has("translations.cy.Police", "control character"), "\(control)")
    }

    @Test("each audience has one report, and a version 2 report must say whose it is")
    func oneReportPerAudience() throws {
        var tree = try #require(try ExampleFindings.tree() as? [String: Any])
        let reports = try #require(tree["reports"] as? [[String: Any]])
        var second = reports[0]
        second["recommendations"] = [Any]()
        tree["reports"] = [reports[0], second]
        let twice = ExampleFindings.refusal(try ExampleFindings.serialise(tree))?.problems ?? []
        #expect(twice.has("reports[1].who", "already has a report"), "\(twice)")
        #expect(try ExampleFindings.problems(["reports", 0, "who"], .set(NSNull())).has("reports[0].who", "must be one of"))
        #expect(try ExampleFindings.problems(["reports", 0, "who"], .set("everyone")).has("reports[0].who", "\"professionals\""))
    }

    /// The example as version 1 wrote it: one report's keys at the top, no "you said", no translations.
    static func version1() throws -> [String: Any] {
        var tree = try #require(try ExampleFindings.tree() as? [String: Any])
        let report = try #require((tree["reports"] as? [[String: Any]])?.first)
        for key in ["respondents", "coverage", "sections", "key_points", "quotes"] { tree[key] = report[key] }
        tree["recommendations"] = (report["recommendations"] as? [[String: Any]] ?? []).map { recommendation in
            var old = recommendation
            old["you_said"] = nil
            return old
        }
        tree["reports"] = nil
        tree["translations"] = nil
        tree["version"] = 1
        return tree
    }

    @Test("findings published as version 1 are still read, as one report that does not say whose")
    func versionOneStillReads() throws {
        let old = try PublicFindingsValidator.read(try ExampleFindings.serialise(try Self.version1()))
        let new = try ExampleFindings.findings()
        #expect(old.reports.count == 1)
        #expect(old.reports[0].who == nil)
        #expect(old.reports[0].respondents == new.reports[0].respondents)
        #expect(old.reports[0].sections == new.reports[0].sections)
        #expect(old.reports[0].recommendations.allSatisfy { $0.youSaid.isEmpty })
        #expect(old.translations.isEmpty)
        // Its rules still hold: a small number in an old file is refused as it always was.
        var small = try Self.version1()
        small["respondents"] = 3
        #expect(ExampleFindings.refusal(try ExampleFindings.serialise(small))?.problems.has("reports[0].respondents", "below k = 5") == true)
        // And a version 1 file cannot claim the new keys' shape at its top level.
        var mixed = try Self.version1()
        mixed["reports"] = [Any]()
        #expect(ExampleFindings.refusal(try ExampleFindings.serialise(mixed))?.problems.has("reports", "is not a key of version 1") == true)
    }
}
