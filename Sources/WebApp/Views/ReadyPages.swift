import Hummingbird
import Localisation
import SurveyKit

/// Each survey's first page as a link opens it (no answers yet), rendered once per language when
/// the server starts: a survey does not change while it runs, so rendering the templates and
/// splitting the intro into paragraphs on every visit was work thrown away. Only the page token
/// differs between visits, and it is put into its place in the stored page.
struct FirstPages: Sendable {
    /// A page with a gap where each visit's token goes.
    struct Page: Sendable {
        let pieces: [String]

        func html(token: String) -> String { pieces.joined(separator: token) }
    }

    /// Stands for the token while the page is rendered; letters only, so escaping leaves it alone.
    static let tokenPlaceholder = "ChorusPageTokenPlaceholderQz"

    private let pages: [String: Page]

    init(library: SurveyLibrary, renderer: PageRenderer) {
        var pages: [String: Page] = [:]
        for survey in library.surveys {
            for catalogue in Catalogue.all {
                let speaking = renderer.speaking(catalogue, offersChoice: true)
                var values = SurveyPageView.blankFirstPage(of: survey, catalogue: catalogue).values
                values["token"] = Self.tokenPlaceholder
                let html = speaking.html("survey", values)
                pages[Self.key(survey.id, catalogue.language)] = Page(pieces: html.components(separatedBy: Self.tokenPlaceholder))
            }
        }
        self.pages = pages
    }

    private static func key(_ survey: String, _ language: String) -> String { survey + "\u{0}" + language }

    /// The first page of `survey` in `language`, or nil if there is none (an unknown survey).
    func page(survey: String, language: String) -> Page? { pages[Self.key(survey, language)] }
}
