import Hummingbird
import Services
import SurveyKit

/// Why a forum or staff route will not go on. Thrown by the access checks and turned into a page
/// (or a redirect to sign in) by `ForumRefusalMiddleware`, so each route reads as its happy path.
enum ForumRefusal: Error {
    /// Nobody is signed in: go to this sign-in page.
    case signInFirst(path: String)
    /// Signed in, but this is not hers (or her standing's, or her role's) to do.
    case forbidden(String)
    /// No such space, thread or post, or not one she may see (the same answer, so nobody learns
    /// that a restricted space or a held post exists).
    case notFound
}

struct ForumRefusalMiddleware: RouterMiddleware {
    typealias Context = ChorusRequestContext
    let renderer: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let refusal as ForumRefusal {
            let renderer = renderer.refusing(request)
            let catalogue = renderer.catalogue
            switch refusal {
            case .signInFirst(let path):
                return Response.seeOther(path)
            case .forbidden(let message):
                return renderer.message(catalogue[.forumNotAllowedHeading], message, status: .forbidden)
            case .notFound:
                return renderer.message(catalogue[.errorNotFound], catalogue[.errorNotFound], status: .notFound)
            }
        } catch is PassphraseWork.Busy {
            // Too many passphrase checks are running or waiting: try again shortly.
            let catalogue = renderer.refusing(request).catalogue
            var response = renderer.refusing(request).message(catalogue[.errorBusyHeading], catalogue[.errorBusyBody], status: .serviceUnavailable)
            response.headers[.retryAfter] = "5"
            return response
        }
    }
}

extension Response {
    /// Post, then redirect, then get: a reload does not send the form again.
    static func seeOther(_ path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path])
    }
}
