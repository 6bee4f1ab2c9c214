import PublicFindingsFormat
import Foundation
import Testing

/// The validator refuses anything that is not exactly the public findings format, naming where.
@Suite struct PublicFindingsShapeTests {
    typealias Step = ExampleFindings.Step

    @Test func theExampleFilePassesAndReadsAsWritten() throws {
        let findings = try ExampleFindings.findings()
        #expect(findings.k == 5)
        #expect(findings.rounding == nil)
        #expect(findings.reports[0].respondents == 42)
        #expect(findings.published.description == "2026-11")
        #expect(findings.period.from.description == "2026-09")
        #expect(findings.reports[0].coverage.map(\.title) == ["Age", "Ethnic group"])
        #expect(findings.reports[0].sections.map(\.heading) == ["Police", "Getting help"])
        let scale = findings.reports[0].sections[0].tables[0]
        #expect(scale.kind == .scale)
        #expect(scale.asked == 30 && scale.answered == 25)
        #expect(scale.rows[3].cells[0] == PublicFindings.Cell(count: nil, percent: nil))
        #expect(scale.agreement?.cells == [PublicFindings.Cell(count: 10, percent: 40)])
        #expect(findings.reports[0].sections[0].tables[1].columns.count == 2)
        #expect(findings.reports[0].recommendations.map(\.audience) == [.police, .partnership, .housing])
        #expect(findings.reports[0].recommendations.map(\.status) == [.amber, .red, .green])
        #expect(findings.reports[0].recommendations[0].due.description == "2027-03-31")
        #expect(findings.reports[0].recommendations[1].update == nil)
        #expect(findings.reports[0].quotes.count == 3)
    }

    // MARK: - Not the format at all

    @Test func notJSONIsRefused() {
        let refusal = ExampleFindings.refusal(Data("{\"format\": \"chorus-public-findings\", ".utf8))
        #expect(refusal?.problems.count == 1)
        #expect(refusal?.problems.first?.path == "(the file)")
        #expect(refusal?.problems.first?.message.contains("not valid JSON") == true)
    }

    @Test func notUTF8IsRefused() {
        let refusal = ExampleFindings.refusal(Data([0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x7D]))
        #expect(refusal?.problems.first?.message.contains("not UTF-8") == true)
    }

    @Test func anEmptyFileIsRefused() {
        #expect(ExampleFindings.refusal(Data(" \n".utf8))?.problems.first?.message.contains("empty") == true)
    }

    @Test func aFileOverOneMegabyteIsRefusedBeforeItIsRead() throws {
        // Valid JSON, padded with spaces past the limit: the size alone refuses it.
        var data = try ExampleFindings.data()
        data.append(Data(repeating: 0x20, count: PublicFindingsLimits.bytes + 1 - data.count))
        let refusal = ExampleFindings.refusal(data)
        #expect(refusal?.problems.count == 1)
        #expect(refusal?.problems.first?.message.contains("larger than 1000000 bytes (1 MB)") == true)
        // One byte less passes.
        data.removeLast()
        #expect(throws: Never.self) { try PublicFindingsValidator.read(data) }
    }

    @Test func deepNestingIsRefusedBeforeDecoding() throws {
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let text = "{\"format\": \"chorus-public-findings\", \"version\": 1, \"summary\": \(deep)}"
        let refusal = ExampleFindings.refusal(Data(text.utf8))
        #expect(refusal?.problems.count == 1)
        #expect(refusal?.problems.first?.message.contains("nested more than") == true)
    }

    @Test func aListAtTheTopIsRefused() {
        #expect(ExampleFindings.refusal(Data("[1, 2]".utf8))?.problems.first?.message.contains("one JSON object") == true)
    }

    @Test func theInternalFindingsFileIsRefusedWithAdvice() {
        let internalFile = #"{"k": 5, "generated": "2026-11-20", "withdrawn_left_out": 0, "problems": [], "surveys": []}"#
        let problems = ExampleFindings.refusal(Data(internalFile.utf8))?.problems ?? []
        #expect(problems.count == 1)
        #expect(problems.has("format", "findings-public.json"))
    }

    @Test func aWrongFormatOrVersionIsRefused() throws {
        #expect(try ExampleFindings.problems(["format"], .set("chorus-findings")).has("format", "not a public findings file"))
        #expect(try ExampleFindings.problems(["version"], .set(3)).has("version", "versions 1 and 2"))
        #expect(try ExampleFindings.problems(["version"], .set("2")).has("version", "versions 1 and 2"))
    }

    // MARK: - Keys

    /// Paths to an object at every level of the format.
    static let objects: [[Step]] = [
        [], ["period"], ["reports", 0, "coverage", 0], ["reports", 0, "coverage", 0, "columns", 0], ["reports", 0, "coverage", 0, "rows", 1],
        ["reports", 0, "coverage", 0, "rows", 1, "cells", 0], ["reports", 0, "sections", 0], ["reports", 0, "sections", 0, "tables", 0, "agreement"],
        ["reports", 0, "sections", 1, "tables", 0, "rows", 0, "cells", 0], ["reports", 0, "quotes", 0], ["reports", 0, "recommendations", 0],
    ]

    static func written(_ path: [Step]) -> String {
        path.reduce("") { text, step in
            switch step {
            case .key(let key): return text.isEmpty ? key : text + "." + key
            case .index(let index): return text + "[\(index)]"
            }
        }
    }

    @Test(arguments: objects)
    func anUnknownKeyIsRefusedAtEveryLevel(_ path: [Step]) throws {
        let problems = try ExampleFindings.problems(path + ["colour"], .set("blue"))
        let at = Self.written(path + ["colour"])
        #expect(problems.has(at, "is not a key of public findings here"), "\(problems)")
        #expect(problems.count == 1, "\(problems)")
    }

    @Test(arguments: ["records", "responses", "answers", "id", "microdata", "respondent_id", "Free-Text"])
    func recordLevelKeysAreNamedAsSuchAtAnyDepth(_ key: String) throws {
        let record: [String: Any] = ["age": "25 to 34", "police_rating": "very_helpful"]
        for path in [[], ["reports", 0, "sections", 0, "tables", 1], ["reports", 0, "coverage", 1, "rows", 0, "cells", 0]] as [[Step]] {
            let problems = try ExampleFindings.problems(path + [.key(key)], .set([record]))
            #expect(problems.contains { $0.message.contains("this looks like record-level data") }, "\(path) \(problems)")
        }
    }

    @Test func anIdIsAllowedOnlyOnARecommendation() throws {
        #expect(try ExampleFindings.findings().reports[0].recommendations[0].id == "R1")
        #expect(try ExampleFindings.problems(["reports", 0, "quotes", 0, "id"], .set("Q1")).has("reports[0].quotes[0].id", "record-level"))
    }

    @Test(arguments: [
        ["k"], ["rounding"], ["period", "to"], ["reports", 0, "coverage", 0, "note"], ["reports", 0, "sections", 0, "tables", 0, "agreement"],
        ["reports", 0, "sections", 1, "tables", 0, "rows", 0, "cells", 0, "percent"], ["reports", 0, "recommendations", 1, "update"], ["reports", 0, "key_points"],
    ] as [[Step]])
    func aMissingKeyIsRefusedEvenWhereNullIsAllowed(_ path: [Step]) throws {
        let problems = try ExampleFindings.problems(path, .remove)
        #expect(problems.has(Self.written(path), "is missing"), "\(problems)")
    }

    @Test func aKeyWrittenTwiceIsRefused() throws {
        let text = String(decoding: try ExampleFindings.data(), as: UTF8.self)
            .replacingOccurrences(of: "\"k\": 5,", with: "\"k\": 5, \"k\": 1,")
        let problems = ExampleFindings.refusal(Data(text.utf8))?.problems ?? []
        #expect(problems.has("k", "appears twice"), "\(problems)")
    }

    @Test func aKeyWrittenTwiceWithAnEscapeIsStillTheSameKey() throws {
        let text = String(decoding: try ExampleFindings.data(), as: UTF8.self)
            .replacingOccurrences(of: "\"k\": 5,", with: "\"k\": 5, \"\\u006b\": 1,")
        #expect(ExampleFindings.refusal(Data(text.utf8))?.problems.has("k", "appears twice") == true)
    }

    // MARK: - Types

    /// Each value is JSON text, so the arguments stay `Sendable`.
    @Test(arguments: [
        (["k"] as [Step], #""5""#, "k", "whole number"),
        (["reports", 0, "respondents"], "true", "reports[0].respondents", "whole number"),
        (["reports", 0, "sections", 1, "tables", 0, "rows", 0, "cells", 0, "count"], #""25""#, "reports[0].sections[1].tables[0].rows[0].cells[0].count", "whole number"),
        (["reports", 0, "sections", 1, "tables", 0, "rows", 0, "cells", 0, "count"], "25.5", "reports[0].sections[1].tables[0].rows[0].cells[0].count", "whole number"),
        (["reports", 0, "sections", 1, "tables", 0, "rows", 0, "cells", 0, "percent"], #""62.5%""#, "reports[0].sections[1].tables[0].rows[0].cells[0].percent", "a number or null"),
        (["title"], "7", "title", "must be text"),
        (["summary"], #""one paragraph""#, "summary", "must be a list"),
        (["reports", 0, "coverage", 0, "columns"], #"{"label": "Everyone", "base": 40}"#, "reports[0].coverage[0].columns", "must be a list"),
        (["reports", 0, "sections", 0], #""Police""#, "reports[0].sections[0]", "must be an object"),
    ])
    func aWrongTypeIsRefused(_ path: [Step], _ json: String, _ at: String, _ words: String) throws {
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        let problems = try ExampleFindings.problems(path, .set(value))
        #expect(problems.has(at, words), "\(problems)")
    }

    @Test func aRowMustHaveOneCellPerColumn() throws {
        let extra: [String: Any] = ["count": 0, "percent": 0]
        let path: [Step] = ["reports", 0, "sections", 0, "tables", 1, "rows", 0, "cells"]
        let problems = try ExampleFindings.problems(path, .set([extra]))
        #expect(problems.has("reports[0].sections[0].tables[1].rows[0].cells", "has 1 cell but the table has 2 columns"), "\(problems)")
        let agreement = try ExampleFindings.problems(["reports", 0, "sections", 0, "tables", 0, "agreement", "cells"], .set([extra, extra]))
        #expect(agreement.has("reports[0].sections[0].tables[0].agreement.cells", "has 2 cells but the table has 1 column"), "\(agreement)")
    }

    @Test func aTableNeedsColumnsAndRows() throws {
        #expect(try ExampleFindings.problems(["reports", 0, "coverage", 0, "columns"], .set([Any]())).has("reports[0].coverage[0].columns", "is empty"))
        #expect(try ExampleFindings.problems(["reports", 0, "coverage", 0, "rows"], .set([Any]())).has("reports[0].coverage[0].rows", "is empty"))
    }

    // MARK: - Text

    @Test func controlCharactersAreRefusedAndNewlinesOnlyInParagraphs() throws {
        #expect(try ExampleFindings.problems(["title"], .set("What you\u{7} told us")).has("title", "control character (U+0007)"))
        #expect(try ExampleFindings.problems(["reports", 0, "quotes", 0, "text"], .set("They\tsaid")).has("reports[0].quotes[0].text", "control character (U+0009)"))
        #expect(try ExampleFindings.problems(["title"], .set("Two\nlines")).has("title", "line break"))
        var findings = try ExampleFindings.findings()
        findings.reports[0].quotes[0].text = "First line.\nSecond line."
        #expect(throws: Never.self) { try PublicFindingsJSON.encode(findings) }
    }

    @Test func aMarkOnAQuotationMarkIsRefused() throws {
        // `"` followed by a combining accent is one character the templates would not escape.
        let problems = try ExampleFindings.problems(["reports", 0, "sections", 0, "heading"], .set("Police\"\u{301} onmouseover=x"))
        #expect(problems.has("reports[0].sections[0].heading", "combining mark"), "\(problems)")
    }

    @Test func emptyAndOverlongTextIsRefused() throws {
        #expect(try ExampleFindings.problems(["title"], .set("   ")).has("title", "is empty"))
        let long = String(repeating: "a", count: PublicFindingsLimits.shortText + 1)
        #expect(try ExampleFindings.problems(["reports", 0, "coverage", 0, "rows", 0, "label"], .set(long)).has("reports[0].coverage[0].rows[0].label", "at most 300"))
        #expect(throws: Never.self) { try PublicFindingsValidator.read(ExampleFindings.changing(["title"], .set(String(long.dropLast())))) }
    }

    @Test func tooManyRowsAreRefused() throws {
        let row: [String: Any] = ["label": "Option", "cells": [["count": 0, "percent": 0]]]
        let rows = Array(repeating: row, count: PublicFindingsLimits.rows + 1)
        #expect(try ExampleFindings.problems(["reports", 0, "coverage", 0, "rows"], .set(rows)).has("reports[0].coverage[0].rows", "at most 100"))
    }

    // MARK: - Dates and fixed words

    @Test(arguments: [
        (["published"] as [Step], "2026-11-05", "published", "month written YYYY-MM"),
        (["published"], "2026-13", "published", "month written YYYY-MM"),
        (["published"], "November 2026", "published", "month written YYYY-MM"),
        (["period", "from"], "2026-9", "period.from", "month written YYYY-MM"),
        (["reports", 0, "recommendations", 0, "due"], "2027-02-30", "reports[0].recommendations[0].due", "YYYY-MM-DD"),
        (["reports", 0, "recommendations", 0, "due"], "2027-03", "reports[0].recommendations[0].due", "YYYY-MM-DD"),
        (["reports", 0, "recommendations", 0, "due"], "2027-03-31T09:00:00Z", "reports[0].recommendations[0].due", "YYYY-MM-DD"),
        (["reports", 0, "recommendations", 0, "status"], "blue", "reports[0].recommendations[0].status", "\"red\", \"amber\", \"green\""),
        (["reports", 0, "recommendations", 0, "audience"], "courts", "reports[0].recommendations[0].audience", "\"childrens_services\""),
        (["reports", 0, "sections", 0, "tables", 0, "kind"], "two_way", "reports[0].sections[0].tables[0].kind", "\"comparison\""),
        (["reports", 0, "recommendations", 0, "id"], "R 1", "reports[0].recommendations[0].id", "short reference"),
    ])
    func datesAndWordsMustBeFromTheFormat(_ path: [Step], _ value: String, _ at: String, _ words: String) throws {
        let problems = try ExampleFindings.problems(path, .set(value))
        #expect(problems.has(at, words), "\(problems)")
    }

    @Test func aPeriodMustRunForwardsAndEndByPublication() throws {
        #expect(try ExampleFindings.problems(["period", "from"], .set("2026-12")).has("period", "runs backwards"))
        #expect(try ExampleFindings.problems(["published"], .set("2026-10")).has("published", "before the end of the period"))
    }

    @Test func recommendationIdsAreUnique() throws {
        #expect(try ExampleFindings.problems(["reports", 0, "recommendations", 2, "id"], .set("R1")).has("reports[0].recommendations[2].id", "earlier recommendation"))
    }

    // MARK: - Many problems

    @Test func everyProblemIsCollectedUpToTwenty() throws {
        var tree = try #require(try ExampleFindings.tree() as? [String: Any])
        tree["summary"] = (0..<25).map { _ in "\u{1}" }
        let refusal = try #require(ExampleFindings.refusal(try ExampleFindings.serialise(tree)))
        #expect(refusal.problems.count == PublicFindingsLimits.reportedProblems)
        #expect(refusal.unlisted == 5)
        #expect(refusal.problems.map(\.path) == (0..<20).map { "summary[\($0)]" })
        #expect(refusal.description.hasSuffix("... and 5 more problems."))
    }

    @Test func problemsOfDifferentKindsAreAllReported() throws {
        var tree = try #require(try ExampleFindings.tree() as? [String: Any])
        tree["colour"] = "blue"
        tree["published"] = "2026-11-05"
        let withThree = try ExampleFindings.changed(tree, ["reports", 0, "respondents"], .set(3))
        let problems = ExampleFindings.refusal(try ExampleFindings.serialise(withThree))?.problems ?? []
        #expect(problems.has("colour", "not a key"))
        #expect(problems.has("published", "YYYY-MM"))
        #expect(problems.has("reports[0].respondents", "below k = 5"))
    }

    @Test func aKeyThatIsNotAPlainNameIsQuotedSafelyInTheProblem() throws {
        let problems = try ExampleFindings.problems(["period", "to\u{1B}[31m"], .set(1))
        #expect(problems.has("period[\"toU+001B[31m\"]", "not a key"), "\(problems)")
    }
}
