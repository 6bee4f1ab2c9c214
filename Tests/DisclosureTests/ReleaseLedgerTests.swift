@testable import Disclosure
import Foundation
import Testing

@Suite("the release ledger")
struct ReleaseLedgerTests {
    private func temporaryFile() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString).json")
    }

    @Test("no file yet is an empty ledger; a saved ledger reads back, owner-only, releases numbered in order")
    func roundTrip() throws {
        let url = temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        var ledger = try ReleaseLedger.load(from: url)
        #expect(ledger.releases.isEmpty)
        let first = ledger.record(kind: .report, day: "2026-10-01", k: 5, rounding: nil, surveys: [.init(survey: "s", version: 1, responses: 40)], output: "out", numbers: ["s/q//a/": 12])
        let second = ledger.record(kind: .microdata, day: "2026-11-01", k: 5, rounding: nil, surveys: [], output: "m.csv", numbers: [:], note: "age_band: level 1")
        #expect((first.number, second.number) == (1, 2))
        try ledger.save(to: url)
        #expect(try ReleaseLedger.load(from: url) == ledger)
        let permissions = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o600)
    }

    @Test("a damaged ledger stops the release with a clear error rather than starting afresh")
    func damaged() throws {
        let url = temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("{not json".utf8).write(to: url)
        #expect {
            _ = try ReleaseLedger.load(from: url)
        } throws: { error in
            "\(error)".contains("Restore it from your backup")
        }
    }

    @Test("a number that moved by 1 to k−1 since any earlier release is held; 0 or k or more is not")
    func moved() {
        var ledger = ReleaseLedger()
        ledger.record(kind: .report, day: "2026-09-01", k: 5, rounding: nil, surveys: [], output: "a", numbers: ["x": 20])
        ledger.record(kind: .report, day: "2026-10-01", k: 5, rounding: nil, surveys: [], output: "b", numbers: ["x": 30])
        #expect(ledger.release(whereMoved: "x", to: 20, k: 5) == nil)
        #expect(ledger.release(whereMoved: "x", to: 25, k: 5) == nil)
        #expect(ledger.release(whereMoved: "x", to: 21, k: 5)?.number == 1)
        #expect(ledger.release(whereMoved: "x", to: 33, k: 5)?.number == 2)
        #expect(ledger.release(whereMoved: "y", to: 1, k: 5) == nil)
    }

    @Test("table entries are compared by option ids as published, rounded when the release rounds")
    func tableEntries() throws {
        var table = CrossTable(survey: "s", question: "q", byQuestion: nil, rowOptions: ["a", "b"], columnOptions: [], rowsAreAdditive: true)
        for _ in 0..<11 { table.add(rows: [0], column: 0) }
        for _ in 0..<9 { table.add(rows: [1], column: 0) }
        var ledger = ReleaseLedger()
        ledger.record(kind: .report, day: "2026-10-01", k: 5, rounding: nil, surveys: [], output: "a", numbers: [
            table.releaseKey(of: .cell(row: 0, column: 0)): 10, table.releaseKey(of: .cell(row: 1, column: 0)): 9, table.releaseKey(of: .base): 15,
        ])
        #expect(ledger.movedEntries(of: table, k: 5, rounding: nil) == [.cell(row: 0, column: 0)])
        // Rounded to 5: 11 publishes as 10, unchanged; 20 against 15 moved by 5, not held.
        #expect(ledger.movedEntries(of: table, k: 5, rounding: PublishedRounding(base: 5)) == [.cell(row: 1, column: 0)])
    }
}
