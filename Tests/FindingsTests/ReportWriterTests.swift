import Findings
import Foundation
import Testing

@Suite("ReportWriter")
struct ReportWriterTests {
    private func scratch() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("findings-tests-\(UUID().uuidString)")
    }

    @Test("writes tables.csv, findings.json and report.html, making the folder")
    func writesThreeFiles() async throws {
        let root = scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("nested/out")
        let input = Fixtures.input([try Fixtures.twoWayClear()])
        try await ReportWriter.write(input, to: folder)

        let csv = try String(contentsOf: folder.appendingPathComponent("tables.csv"), encoding: .utf8)
        #expect(csv == TidyTableCSV.render(input))
        let json = try Data(contentsOf: folder.appendingPathComponent("findings.json"))
        #expect(try JSONSerialization.jsonObject(with: json) is [String: Any])
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["findings-public.json", "findings.json", "report-internal.html", "report.html", "tables.csv"])

        // Writing again over an existing report replaces it.
        try await ReportWriter.write(input, to: folder)
    }

    @Test("a file in the way gives a clear error")
    func fileInTheWay() async throws {
        let root = scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let blocker = root.appendingPathComponent("out")
        try Data("x".utf8).write(to: blocker)
        await #expect {
            try await ReportWriter.write(Fixtures.input([]), to: blocker)
        } throws: { error in
            guard let error = error as? FindingsError, case .cannotCreateFolder(let path, _) = error else { return false }
            return path == blocker.path && error.description.contains("Cannot create the output folder")
        }
        #expect(try String(contentsOf: blocker, encoding: .utf8) == "x")
    }
}
