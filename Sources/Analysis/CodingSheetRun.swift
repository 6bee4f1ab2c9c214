import Foundation
import SurveyKit
import Themes

/// A coding sheet for the lead to review: one row per text answer, with suggested themes. It holds
/// survivors' words unredacted, so it is written on the offline machine only, and never over a
/// sheet she may have spent hours on unless she says so.
public struct CodingSheetRun: Sendable {
    public let library: SurveyLibrary
    public let taxonomy: ThemeTaxonomy
    public let redactor: Redactor
    public let out: URL

    public init(surveys: URL, themes: URL?, places: URL?, out: URL, replace: Bool) throws(AnalysisFailure) {
        if FileManager.default.fileExists(atPath: out.path), !replace {
            throw AnalysisFailure("\(out.path) already exists. Nothing was written: it may hold hours of review. Choose another --out, or add --force to replace it.")
        }
        library = try SurveyFolder.load(surveys)
        taxonomy = try ThemeFile.load(themes, surveys: surveys)
        redactor = Redactor(places: try ThemeFile.places(places))
        self.out = out
    }

    public func run(_ source: BundleSource, progress: (UInt64) -> Void = { _ in }) throws(AnalysisFailure) -> (analysis: BundleAnalysis, sheet: CodingSheet) {
        var builder = CodingSheetBuilder(taxonomy: taxonomy, redactor: redactor)
        let analysis = try BundleAnalysis.open(source, library: library, progress: progress) { response in
            builder.add(key: response.key, survey: response.survey, document: response.document)
        }
        let sheet = builder.sheet()
        do {
            try Data(sheet.csv().utf8).write(to: out, options: .atomic)
        } catch {
            throw AnalysisFailure("Cannot write the coding sheet to \(out.path): \(error.localizedDescription). Check that the folder exists and can be written.")
        }
        return (analysis, sheet)
    }
}
