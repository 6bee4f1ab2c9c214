import ArgumentParser
import Foundation
import ResponseBundle
import Storage
import SurveyKit

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the sealed responses to a bundle for the analyst, in random order.",
        discussion: """
            Writes FILE (JSON Lines, one sealed response per line) and FILE.withdrawn (the ids of \
            responses withdrawn after an earlier export, one per line), both readable by their owner only. \
            Nothing in the bundle can be read without the analysis secret key.
            """
    )

    @ArgumentParser.Option(help: "The server's data folder.")
    var data: String

    @ArgumentParser.Option(help: "The bundle file to write. Must not exist yet.")
    var out: String

    func run() throws {
        restrictNewFilesToOwner()
        let bundleURL = URL(fileURLWithPath: out)
        let withdrawnURL = BundleLine.withdrawnFile(forBundle: bundleURL)
        for url in [bundleURL, withdrawnURL] where FileManager.default.fileExists(atPath: url.path) {
            throw Failure("Nothing was exported: \(url.path) already exists. Choose another --out, or move the old file away.")
        }
        guard FileManager.default.fileExists(atPath: data + "/" + ChorusDatabase.fileName) else {
            throw Failure("Nothing was exported: there is no Chorus database in \(data). Check --data.")
        }
        let database = try fail("Nothing was exported: cannot open the database in \(data)") {
            try ChorusDatabase(directory: URL(fileURLWithPath: data))
        }
        // Write beside the target and rename at the end, so a half-written bundle is never mistaken for a whole one.
        let partial = bundleURL.appendingPathExtension("partial")
        _ = FileManager.default.createFile(atPath: partial.path, contents: nil)
        let handle = try FileHandle(forWritingTo: partial)
        var count = 0
        let withdrawn: [String]
        do {
            withdrawn = try ResponseStore(database: database).export { response in
                let line = BundleLine(id: response.id, survey: response.survey, version: response.version, day: response.day, box: response.box)
                try handle.write(contentsOf: Data((line.json() + "\n").utf8))
                count += 1
            }
            try handle.synchronize()
            try handle.close()
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw Failure("Nothing was exported: \(error)")
        }
        let withdrawnText = withdrawn.map { $0 + "\n" }.joined()
        try Data(withdrawnText.utf8).write(to: withdrawnURL)
        try FileManager.default.moveItem(at: partial, to: bundleURL)
        print("Exported \(count) sealed responses to \(bundleURL.path)")
        print("Listed \(withdrawn.count) responses withdrawn since an earlier export in \(withdrawnURL.path)")
    }
}
