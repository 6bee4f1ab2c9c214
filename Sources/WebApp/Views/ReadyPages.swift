import Hummingbird
import Localisation
import SurveyKit

/// Each survey's first page (as a link opens it, with no answers yet) and its thank-you page,
/// rendered once per language when the server starts. A survey does not change while it runs, so
/// rendering the templates and splitting its texts into paragraphs on every visit and every
/// submission was work thrown away (measured: over a quarter of a submission's time went on the
/// thank-you page). Only one thing differs between visits, the first page's token or the
/// withdrawal code, and it is put into its place in the stored page.
struct ReadyPages: Sendable {
    /// A page with a gap where one visit's own value goes.
    struct Page: Sendable {
        let pieces: [String]

        /// The page with `value` in the gap, escaped as a template would escape it.
        func html(filling value: String) -> String { pieces.joined(separator: ChorusHTMLEscaping.escape(value)) }
    }

    /// Stands for the visit's value while the page is rendered; letters only, so escaping leaves
    /// it alone. Found once, in pages made from the survey files and the catalogues; what she
    /// sends is never searched for it.
    static let placeholder = "ChorusReadyPageGapQz"

    private let firstPages: [String: Page]
    private let thanksPages: [String: Page]

    init(library: SurveyLibrary, renderer: PageRenderer) {
        var firstPages: [String: Page] = [:], thanksPages: [String: Page] = [:]
        for survey in library.surveys {
            for catalogue in Catalogue.all {
                let key = Self.key(survey.id, catalogue.language)
                var values = SurveyPageView.blankFirstPage(of: survey, catalogue: catalogue).values
                values["token"] = Self.placeholder
                firstPages[key] = Self.page(renderer.speaking(catalogue, offersChoice: true).html("survey", values))
                thanksPages[key] = Self.page(renderer.speaking(catalogue, offersChoice: false).html(
                    "thanks", Self.thanksValues(survey, language: catalogue.language, code: Self.placeholder)))
            }
        }
        self.firstPages = firstPages
        self.thanksPages = thanksPages
    }

    /// What the thank-you page shows: her withdrawal code and the survey's closing words.
    static func thanksValues(_ survey: Survey, language: String, code: String) -> [String: Any] {
        ["code": code, "closing": survey.closing.map { textBlocks($0.text(in: language)) } ?? []]
    }

    private static func page(_ html: String) -> Page { Page(pieces: html.components(separatedBy: placeholder)) }

    private static func key(_ survey: String, _ language: String) -> String { survey + "\u{0}" + language }

    /// The first page of `survey` in `language`, or nil if there is none (an unknown survey).
    func firstPage(survey: String, language: String) -> Page? { firstPages[Self.key(survey, language)] }

    /// The thank-you page of `survey` in `language`, or nil if there is none.
    func thanksPage(survey: String, language: String) -> Page? { thanksPages[Self.key(survey, language)] }
}
