import Foundation
import SurveyKit

/// Writes a report into one folder: the published files `tables.csv`, `findings.json`,
/// `report.html` and `findings-public.json` (what the server shows at /findings), and
/// `report-internal.html` for the lead alone.
public enum ReportWriter {
    public static let csvName = "tables.csv"
    public static let jsonName = "findings.json"
    public static let htmlName = "report.html"
    public static let internalHTMLName = "report-internal.html"
    public static let publicJSONName = "findings-public.json"

    /// Creates `directory` if needed. Everything is rendered before anything is written, so a
    /// rendering failure leaves no half-made report; each file is written atomically, so a reader
    /// never sees a partly written one. `catalogue` words report.html; the CSV and JSON are for
    /// other tools and do not change with it.
    public static func write(_ input: ReportInput, to directory: URL, catalogue: Catalogue = .english) async throws {
        let html = try await ReportHTML(catalogue: catalogue)
        // Encoding checks the file as the server will, so a report the server would refuse is
        // never written.
        let publicJSON = String(decoding: try PublicFindingsJSON.encode(PublicFindings(report: input)), as: UTF8.self)
        let files = [
            (publicJSONName, publicJSON),
            (csvName, TidyTableCSV.render(input)),
            (jsonName, FindingsJSON.render(input)),
            (htmlName, html.render(input, variant: .public)),
            (internalHTMLName, html.render(input, variant: .internal)),
        ]
        try makeFolder(directory)
        for (name, text) in files {
            let file = directory.appendingPathComponent(name)
            do {
                try Data(text.utf8).write(to: file, options: .atomic)
            } catch {
                throw FindingsError.cannotWrite(path: file.path, detail: reason(error))
            }
        }
    }

    private static func makeFolder(_ directory: URL) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw FindingsError.cannotCreateFolder(path: directory.path, detail: "a file with that name is already there")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw FindingsError.cannotCreateFolder(path: directory.path, detail: reason(error))
        }
    }

    /// The system's own words for a file error, without the noise of the full error dump.
    private static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        return underlying?.localizedDescription ?? error.localizedDescription
    }
}
