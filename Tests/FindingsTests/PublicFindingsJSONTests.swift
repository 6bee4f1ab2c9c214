import PublicFindingsFormat
import Foundation
import Testing

/// Writing public findings: one canonical text, every key present, and never a file the server
/// would refuse. Decoding with `JSONDecoder` is as strict as the validator.
@Suite struct PublicFindingsJSONTests {
    @Test func encodingThenReadingGivesTheSameFindings() throws {
        let findings = try ExampleFindings.findings()
        let data = try PublicFindingsJSON.encode(findings)
        #expect(try PublicFindingsValidator.read(data) == findings)
        // The same findings always give the same bytes.
        #expect(try PublicFindingsJSON.encode(PublicFindingsValidator.read(data)) == data)
    }

    @Test func everyKeyIsWrittenWithNullWhereThereIsNoValue() throws {
        let text = String(decoding: try PublicFindingsJSON.encode(ExampleFindings.findings()), as: UTF8.self)
        #expect(text.contains("\"rounding\" : null"))
        #expect(text.contains("\"update\" : null"))
        #expect(text.contains("\"agreement\" : null"))
        #expect(text.contains("\"count\" : null"))
        #expect(text.contains("\"format\" : \"chorus-public-findings\""))
        #expect(text.contains("\"version\" : 2"))
        #expect(text.contains("\"key_points\" : ["))
        #expect(text.contains("\"published\" : \"2026-11\""))
        #expect(text.contains("\"due\" : \"2027-03-31\""))
        #expect(text.contains("\"kind\" : \"multiple_choice\""))
        #expect(text.contains("\"audience\" : \"police\""))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func theEncoderRefusesToWriteASmallCell() throws {
        var findings = try ExampleFindings.findings()
        findings.reports[0].sections[1].tables[0].rows[3].cells[0] = .init(count: 2, percent: 5)
        #expect {
            try PublicFindingsJSON.encode(findings)
        } throws: { error in
            (error as? PublicFindingsRefusal)?.problems.first?.path == "reports[0].sections[1].tables[0].rows[3].cells[0].count"
        }
    }

    @Test func theEncoderRefusesANonFiniteNumber() throws {
        var findings = try ExampleFindings.findings()
        findings.reports[0].sections[1].tables[0].rows[3].cells[0].percent = .nan
        #expect(throws: PublicFindingsRefusal.self) { try PublicFindingsJSON.encode(findings) }
    }

    @Test func jsonDecoderIsAsStrictAsTheValidator() throws {
        let decoder = JSONDecoder()
        #expect(try decoder.decode(PublicFindings.self, from: ExampleFindings.data()) == ExampleFindings.findings())
        #expect(throws: DecodingError.self) {
            try decoder.decode(PublicFindings.self, from: ExampleFindings.changing(["reports", 0, "sections", 1, "tables", 0, "rows", 3, "cells", 0, "count"], .set(2)))
        }
        #expect(throws: DecodingError.self) {
            try decoder.decode(PublicFindings.Cell.self, from: Data(#"{"count": 5, "percent": null, "id": "x"}"#.utf8))
        }
        #expect(throws: DecodingError.self) { try decoder.decode(PublicFindings.Cell.self, from: Data(#"{"count": 5}"#.utf8)) }
        #expect(try decoder.decode(PublicFindings.Cell.self, from: Data(#"{"count": 5, "percent": null}"#.utf8)) == .init(count: 5, percent: nil))
        #expect(try decoder.decode(PublicFindings.Month.self, from: Data(#""2026-02""#.utf8)) == PublicFindings.Month(year: 2026, month: 2))
        #expect(throws: DecodingError.self) { try decoder.decode(PublicFindings.Month.self, from: Data(#""2026-02-01""#.utf8)) }
    }

    @Test func monthsAndDaysAreExactlyTheirFormat() {
        #expect(PublicFindings.Month("2026-11")?.description == "2026-11")
        #expect(PublicFindings.Month("2026-11-05") == nil)
        #expect(PublicFindings.Month("2026-00") == nil)
        #expect(PublicFindings.Month("２０２６-11") == nil)
        #expect(PublicFindings.Day("2024-02-29")?.description == "2024-02-29")
        #expect(PublicFindings.Day("2023-02-29") == nil)
        #expect(PublicFindings.Day("2100-02-29") == nil)
        #expect(PublicFindings.Day("2000-02-29") != nil)
        #expect(PublicFindings.Day("2027-04-31") == nil)
        #expect(PublicFindings.Month(year: 2026, month: 13) == nil)
        #expect(PublicFindings.Month("2026-01")! < PublicFindings.Month("2026-02")!)
    }
}
