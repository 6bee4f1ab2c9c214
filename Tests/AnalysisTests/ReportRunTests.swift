import Analysis
import Disclosure
import Findings
import Foundation
import SurveyKit
import TestSupport
import Testing
import Unsealing

/// The report pipeline without its command line: what it counts, what it refuses, and the order
/// that keeps releases safe (recorded in the ledger before anything is written).
@Suite struct ReportRunTests {
    static func report(_ round: AnalysisRound, out: URL? = nil, ledger: URL? = nil) throws -> ReportRun {
        try ReportRun(
            surveys: round.surveys, control: try DisclosureControl(k: 5), ledgerURL: ledger ?? round.ledger, out: out ?? round.out, day: "2026-12-01")
    }

    @Test func countsWhatOpensAndFitsAndRecordsWhatItPublished() async throws {
        try await withTemporaryDirectoryAsync { folder in
            let round = try AnalysisRound(folder: folder)
            let withdrawnID = AnalysisRound.randomID()
            let stranger = KeyPair.generate().publicKey
            try round.writeBundle(
                try round.people(7, helped: "yes", age: "under_35") + round.people(6, helped: "no", age: "over_35")
                    + [try round.line(["helped": .option("no")], id: withdrawnID), try round.line(["helped": .option("yes")], key: stranger), "not json"])
            let outcome = try await Self.report(round).run(round.source(withdrawn: [withdrawnID]))

            #expect(outcome.findings.surveys.map(\.responses) == [13])
            #expect(outcome.analysis.withdrawnLeftOut == 1)
            #expect(outcome.analysis.problems.map(\.line) == [15, 16])
            // What is published says which line and a fixed reason, never what the line held.
            #expect(outcome.findings.problems.allSatisfy { $0.id == nil })
            #expect(!outcome.findings.problems.contains { $0.reason.contains("json") })

            let releases = try round.releases()
            #expect(releases.count == 1)
            #expect(releases.first?.numbers == outcome.findings.publishedNumbers)
            #expect(releases.first?.numbers["mini/_respondents"] == 13)
            #expect(releases.first?.surveys.first?.records?.count == 13)
            for name in [ReportWriter.csvName, ReportWriter.publicJSONName, ReportWriter.htmlName] {
                #expect(FileManager.default.fileExists(atPath: round.out.appendingPathComponent(name).path), "\(name) was not written")
            }
        }
    }

    @Test func theReleaseIsRecordedBeforeAnythingIsWritten() async throws {
        try await withTemporaryDirectoryAsync { folder in
            let round = try AnalysisRound(folder: folder)
            try round.writeBundle(try round.people(12, helped: "yes", age: "under_35"))
            // An output folder that cannot be made: the write fails after the ledger is saved.
            let blocker = folder.appendingPathComponent("a-file")
            try Data("x".utf8).write(to: blocker)
            await #expect { try await Self.report(round, out: blocker.appendingPathComponent("findings")).run(round.source()) } throws: { error in
                "\(error)".contains("already recorded as number 1")
            }
            #expect(try round.releases().count == 1, "a release that may have been written must be in the ledger")

            // A ledger that cannot be saved: nothing is written at all.
            let unsavable = blocker.appendingPathComponent("releases.json")
            await #expect { try await Self.report(round, ledger: unsavable).run(round.source()) } throws: { error in
                "\(error)".hasPrefix("Nothing was written")
            }
            #expect(!FileManager.default.fileExists(atPath: round.out.path), "findings were written but not recorded")
        }
    }

    @Test func aBundleThatRepeatsAResponseWritesAndRecordsNothing() async throws {
        try await withTemporaryDirectoryAsync { folder in
            let round = try AnalysisRound(folder: folder)
            let people = try round.people(4, helped: "yes", age: "under_35") + round.people(6, helped: "no", age: "over_35")
            // The fifth "yes" is the fourth again: counted, the group would reach k.
            try round.writeBundle(people + [people[3]])
            await #expect { try await Self.report(round).run(round.source()) } throws: { error in
                "\(error)".contains("repeats responses (lines 11)")
            }
            #expect(try round.releases().isEmpty)
            #expect(!FileManager.default.fileExists(atPath: round.out.path))
        }
    }

    @Test func aResponseToAVersionThatIsNotInTheFolderStopsTheRun() async throws {
        try await withTemporaryDirectoryAsync { folder in
            let round = try AnalysisRound(folder: folder)
            try round.writeBundle(try round.people(10, helped: "yes", age: "under_35") + [try round.line(["helped": .option("no")], version: 2)])
            await #expect { try await Self.report(round).run(round.source()) } throws: { error in
                "\(error)".contains("1 answer 'mini' version 2, whose definition is not in")
            }
            #expect(try round.releases().isEmpty)
        }
    }

    @Test func aSecondReportThatDiffersByOnePersonIsRefused() async throws {
        try await withTemporaryDirectoryAsync { folder in
            let round = try AnalysisRound(folder: folder)
            let first = try round.people(8, helped: "yes", age: "under_35") + round.people(8, helped: "no", age: "over_35")
            try round.writeBundle(first)
            _ = try await Self.report(round).run(round.source())

            // One more person: the two releases side by side would give her answers by subtraction.
            let second = folder.appendingPathComponent("second")
            try round.writeBundle(first + [try round.line(["helped": .option("yes"), "age": .option("over_35")])])
            await #expect { try await Self.report(round, out: second).run(round.source()) } throws: { error in
                "\(error)".contains("differ from it by only 1 response")
            }
            #expect(!FileManager.default.fileExists(atPath: second.path))
            #expect(try round.releases().count == 1)

            // k more people: the next release may go out, and the ledger holds both.
            try round.writeBundle(first + (try round.people(5, helped: "yes", age: "over_35")))
            let after = try await Self.report(round, out: second).run(round.source())
            #expect(after.release.number == 2)
            #expect(after.findings.surveys.first?.responses == 21)
            #expect(try round.releases().count == 2)
        }
    }
}
