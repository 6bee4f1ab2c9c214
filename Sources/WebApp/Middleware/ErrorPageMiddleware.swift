import Hummingbird
import SurveyKit

/// Turns every error into a page with the quick exit and the support line, and never into a crash
/// or a bare message. The error itself is not logged: it may carry what was sent.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = ChorusRequestContext
    let renderer: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let renderer = renderer.speaking(request.chosenCatalogue(), offersChoice: false)
        let catalogue = renderer.catalogue
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            switch error.status {
            case .notFound:
                return renderer.message(catalogue[.errorNotFound], catalogue[.errorNotFound], status: .notFound)
            case .methodNotAllowed:
                return renderer.message(catalogue[.errorSummaryTitle], catalogue[.errorMethod], status: .methodNotAllowed)
            case .contentTooLarge:
                return renderer.message(catalogue[.errorSummaryTitle], catalogue[.errorTooLarge], status: .contentTooLarge)
            default:
                let status = error.status.code < 500 ? error.status : .internalServerError
                return renderer.message(catalogue[.errorSummaryTitle], catalogue[.errorMethod], status: status)
            }
        } catch {
            context.logger.error("A request failed with an unexpected error; details withheld to protect the person using the site.")
            return renderer.message(catalogue[.errorSummaryTitle], catalogue[.errorServer], status: .internalServerError)
        }
    }
}
