import Hummingbird
import SurveyKit

/// The page that explains what the quick exit can and cannot hide.
struct SafetyController: Sendable {
    let renderer: PageRenderer

    func addRoutes(to router: Router<ChorusRequestContext>) {
        router.get("/safety") { request, _ in
            let renderer = renderer.speaking(request.chosenCatalogue())
            return renderer.page("safety", ["paragraphs": textBlocks(renderer.catalogue[.safetyBody])])
        }
    }
}
