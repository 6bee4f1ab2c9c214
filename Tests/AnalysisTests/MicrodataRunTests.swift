import Analysis
import Disclosure
import Foundation
import ResponseBundle
import SurveyKit
import TestSupport
import Testing

/// Microdata and coding sheets through the pipeline: no free text or ids in a release, never both
/// tables and records of the same people, and never over a sheet the lead has reviewed.
@Suite struct MicrodataRunTests {
    static func microdata(_ round: AnalysisRound, out: URL) throws -> MicrodataRun {
        try MicrodataRun(
            surveys: round.surveys, k: 5, survey: nil, suppressionLimit: try SuppressionLimit(percent: 5), out: out,
            inputs: [round.bundle], ledgerURL: round.ledger)
    }

    @Test func recordsCarryNoFreeTextAndNoIds() throws {
        try withTemporaryDirectory { folder in
            let round = try AnalysisRound(folder: folder)
            let lines = try round.people(6, helped: "yes", age: "under_35", story: "the officer at Elm Street") + round.people(6, helped: "no", age: "over_35")
            try round.writeBundle(lines)
            let out = folder.appendingPathComponent("records.csv")
            let outcome = try Self.microdata(round, out: out).run(round.source())
            let csv = try String(contentsOf: out, encoding: .utf8)
            #expect(outcome.released.summary.recordsKept == 12)
            #expect(csv.split(separator: "\n").count == 13)
            #expect(!csv.contains("Elm Street"))
            for line in lines {
                let id = try BundleLine.decode(Substring(line)).id
                #expect(!csv.contains(id))
            }
            #expect(try round.releases().map(\.kind) == [.microdata])
        }
    }

    @Test func recordsOfPeopleWhoseTablesWereReleasedAreRefused() async throws {
        try await withTemporaryDirectoryAsync { folder in
            let round = try AnalysisRound(folder: folder)
            try round.writeBundle(try round.people(6, helped: "yes", age: "under_35") + round.people(6, helped: "no", age: "over_35"))
            _ = try await ReportRunTests.report(round).run(round.source())
            let out = folder.appendingPathComponent("records.csv")
            #expect(throws: AnalysisFailure.self) { try Self.microdata(round, out: out).run(round.source()) }
            #expect(!FileManager.default.fileExists(atPath: out.path))
            #expect(try round.releases().count == 1)
        }
    }

    @Test func anOutputThatIsAnInputIsRefusedBeforeTheKeyIsNeeded() throws {
        try withTemporaryDirectory { folder in
            let round = try AnalysisRound(folder: folder)
            try round.writeBundle([])
            #expect { try Self.microdata(round, out: round.bundle) } throws: { "\($0)".contains("is one of the inputs") }
        }
    }

    @Test func aReviewedCodingSheetIsNeverReplacedUnasked() throws {
        try withTemporaryDirectory { folder in
            let round = try AnalysisRound(folder: folder)
            let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Surveys/themes.yaml").standardized
            let sheet = folder.appendingPathComponent("sheet.csv")
            try Data("hours of review".utf8).write(to: sheet)
            #expect { try CodingSheetRun(surveys: round.surveys, themes: themes, places: nil, out: sheet, replace: false) } throws: {
                "\($0)".contains("already exists")
            }
            #expect(try String(contentsOf: sheet, encoding: .utf8) == "hours of review")

            try round.writeBundle(try round.people(3, helped: "no", age: "over_35", story: "nobody called me back"))
            let (_, written) = try CodingSheetRun(surveys: round.surveys, themes: themes, places: nil, out: sheet, replace: true).run(round.source())
            #expect(written.rows.count == 3)
            #expect(try String(contentsOf: sheet, encoding: .utf8).contains("nobody called me back"))
        }
    }
}
