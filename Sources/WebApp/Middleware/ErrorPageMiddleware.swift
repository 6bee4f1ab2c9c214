import Hummingbird
import Localisation
import SurveyKit

/// Turns every error into a page with the quick exit and the support line, and never into a crash
/// or a bare message. The error itself is not logged: it may carry what was sent.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = ChorusRequestContext
    let renderer: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            switch error.status {
            case .notFound:
                return page(.errorNotFound, .errorNotFound, status: .notFound, for: request)
            case .methodNotAllowed:
                return page(.errorSummaryTitle, .errorMethod, status: .methodNotAllowed, for: request)
            case .contentTooLarge:
                return page(.errorSummaryTitle, .errorTooLarge, status: .contentTooLarge, for: request)
            default:
                let status = error.status.code < 500 ? error.status : .internalServerError
                return page(.errorSummaryTitle, .errorMethod, status: status, for: request)
            }
        } catch {
            context.logger.error("A request failed with an unexpected error; details withheld to protect the person using the site.")
            return page(.errorSummaryTitle, .errorServer, status: .internalServerError, for: request)
        }
    }

    /// The error's page, in the language the request asked for (worked out only when there is one).
    private func page(_ heading: StringKey, _ message: StringKey, status: HTTPResponse.Status, for request: Request) -> Response {
        let renderer = renderer.refusing(request)
        return renderer.message(renderer.catalogue[heading], renderer.catalogue[message], status: status)
    }
}
