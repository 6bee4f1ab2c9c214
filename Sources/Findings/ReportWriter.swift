import Localisation
import PublicFindingsFormat
import Disclosure
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
        ] + htmlFiles(input, html: html, catalogue: catalogue)
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

    /// The HTML a report is read as: one report per audience (each with the lead's internal
    /// twin), never two audiences' answers on one page. With one audience that report is
    /// `report.html`; with several, each is `report-AUDIENCE.html` and `report.html` leads to them.
    public static func htmlNames(for input: ReportInput) -> (published: [String], internal: [String]) {
        let audiences = input.audiences
        guard audiences.count > 1 else { return ([htmlName], [internalHTMLName]) }
        return ([htmlName] + audiences.map { publicName($0) }, audiences.map { internalName($0) })
    }

    static func publicName(_ audience: Audience) -> String { "report-\(audience.rawValue).html" }
    static func internalName(_ audience: Audience) -> String { "report-\(audience.rawValue)-internal.html" }

    private static func htmlFiles(_ input: ReportInput, html: ReportHTML, catalogue: Catalogue) -> [(String, String)] {
        let audiences = input.audiences
        guard audiences.count > 1 else {
            let whole = audiences.first.map(input.only) ?? input
            return [(htmlName, html.render(whole, variant: .public)), (internalHTMLName, html.render(whole, variant: .internal))]
        }
        let links = audiences.map { AudienceReportLink(title: catalogue[AudienceReportLink.headingKey($0)], file: publicName($0)) }
        var files: [(String, String)] = []
        var contents: [(link: AudienceReportLink, respondents: String)] = []
        let wording = CountWording(k: input.k, catalogue: catalogue, variant: .public)
        for (audience, link) in zip(audiences, links) {
            let cut = input.only(audience)
            let others = links.filter { $0.file != link.file }
            files.append((link.file, html.render(cut, variant: .public, otherReports: others)))
            files.append((internalName(audience), html.render(cut, variant: .internal, otherReports: others)))
            // A sum of published counts only: hidden when any survey's count is hidden.
            contents.append((link, wording.count(ProtectedCount.sum(cut.surveys.map(\.respondents)))))
        }
        return [(htmlName, html.renderContents(input, reports: contents))] + files
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
