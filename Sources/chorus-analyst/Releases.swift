import ArgumentParser
import Disclosure
import Foundation

struct Releases: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every report and microdata release recorded in the ledger beside the key.",
        discussion: """
            The ledger (releases.json) is how a new report knows what has already gone out: keep it \
            with the key, back it up with the key, and never delete it.
            """
    )

    @ArgumentParser.Option(help: "The secret key file (analysis.key); the ledger is beside it.")
    var key: String?

    @ArgumentParser.Option(help: "The release ledger itself, instead of the one beside --key.")
    var ledger: String?

    func run() throws {
        guard let url = ledger.map(URL.init(fileURLWithPath:))
            ?? key.map({ URL(fileURLWithPath: $0).deletingLastPathComponent().appendingPathComponent(ReleaseLedger.fileName) }) else {
            throw Failure("Say where the ledger is: --key FILE (the ledger beside it) or --ledger FILE.")
        }
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("Nothing has been released yet (there is no \(url.path)).")
            return
        }
        let releases: ReleaseLedger
        do { releases = try ReleaseLedger.load(from: url) } catch { throw Failure(error.description) }
        print("\(releases.releases.count) release\(releases.releases.count == 1 ? "" : "s") in \(url.path):")
        for release in releases.releases { print(Self.describe(release)) }
    }

    static func describe(_ release: Release) -> String {
        let surveys = release.surveys.map { "\($0.survey) v\($0.version): \($0.responses) responses" }.joined(separator: "; ")
        let rounding = release.rounding.map { ", rounded to \($0)" } ?? ""
        var line = "  \(release.number). \(release.day)  \(release.kind.rawValue)  k = \(release.k)\(rounding)  \(surveys)\n"
        line += "     \(release.numbers.count) numbers published, written to \(release.output)"
        if let note = release.note { line += "\n     \(note)" }
        return line
    }
}
