import Foundation
import Localisation
import Mustache
import SurveyKit

/// `report.html`: one self-contained page a person can read and print. No script, nothing fetched
/// from anywhere (the style is inline, the charts are inline SVG), so it opens offline and tells no
/// server who read it. Mustache escapes every value; the templates never use triple braces.
/// The templates hold only markup: every word on the page comes from the string catalogue.
public struct ReportHTML: Sendable {
    private let library: MustacheLibrary
    private let catalogue: Catalogue

    static let template = "report"
    static let contentsTemplate = "contents"

    /// Loads the templates bundled with this module; the page is worded from `catalogue`.
    public init(catalogue: Catalogue = .english) async throws {
        self.catalogue = catalogue
        guard let directory = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw FindingsError.templatesMissing
        }
        library = try await MustacheLibrary(directory: directory.path)
        guard library.getTemplate(named: Self.template) != nil, library.getTemplate(named: Self.contentsTemplate) != nil else { throw FindingsError.templatesMissing }
    }

    public func render(_ input: ReportInput, variant: ReportVariant = .public) -> String {
        render(input, variant: variant, otherReports: [])
    }

    func render(_ input: ReportInput, variant: ReportVariant, otherReports: [AudienceReportLink]) -> String {
        // The template is known to exist (checked in init), so this never falls back.
        library.render(ReportPage(input, catalogue: catalogue, variant: variant, otherReports: otherReports), withTemplate: Self.template) ?? ""
    }

    /// `report.html` when a round has several audiences: a short page that leads to each report.
    func renderContents(_ input: ReportInput, reports: [(link: AudienceReportLink, respondents: String)]) -> String {
        library.render(ReportContentsPage(input, catalogue: catalogue, reports: reports), withTemplate: Self.contentsTemplate) ?? ""
    }
}
