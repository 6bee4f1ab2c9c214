import Services
import Hummingbird
import Storage

/// The survivor-facing findings page, `/findings`: served like the survey pages (no session, no
/// cookie, every safety header, the quick exit and the support line), showing the current public
/// findings, or a kind page saying results will appear here.
struct FindingsController: Sendable {
    let store: PublishedFindingsStore
    let renderer: PageRenderer

    func addRoutes(to router: Router<ChorusRequestContext>) {
        router.get("/findings", use: page)
    }

    @Sendable func page(_ request: Request, context: ChorusRequestContext) async throws -> Response {
        // The page's own words follow her language; the findings are in the words the lead wrote.
        let renderer = renderer.speaking(request.chosenCatalogue())
        switch try await FindingsPublication.current(store: store) {
        case .published(_, let findings):
            return renderer.page("findings", ["findings": FindingsPageView(findings: findings, catalogue: renderer.catalogue).values])
        case .unreadable:
            // Say nothing to her about it; the staff findings page explains it to the lead.
            context.logger.error("The published findings no longer pass the checks, so the findings page shows none. Publish them again or withdraw them.")
            return renderer.page("findings", [:])
        case .nothing:
            return renderer.page("findings", [:])
        }
    }
}
