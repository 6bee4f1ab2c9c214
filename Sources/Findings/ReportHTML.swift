import Foundation
import Mustache

/// `report.html`: one self-contained page a person can read and print. No script, nothing fetched
/// from anywhere (the style is inline, the charts are inline SVG), so it opens offline and tells no
/// server who read it. Mustache escapes every value; the templates never use triple braces.
public struct ReportHTML: Sendable {
    private let library: MustacheLibrary

    static let template = "report"

    /// Loads the templates bundled with this module.
    public init() async throws {
        guard let directory = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw FindingsError.templatesMissing
        }
        library = try await MustacheLibrary(directory: directory.path)
        guard library.getTemplate(named: Self.template) != nil else { throw FindingsError.templatesMissing }
    }

    public func render(_ input: ReportInput) -> String {
        // The template is known to exist (checked in init), so this never falls back.
        library.render(ReportPage(input), withTemplate: Self.template) ?? ""
    }
}
