import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import Forum
import Sealing

/// Guards every form post on the forum and staff pages, before any route sees it:
///
/// - a browser that says the post came from another site (`Sec-Fetch-Site`) is refused, which
///   also stops another site signing her in to somebody else's account;
/// - with a session, the form must carry the session's CSRF token (`_csrf`), compared in
///   constant time; without one, it may only reach the sign-in and joining routes, which need none.
///
/// The body is read here once, up to the context's limit, and handed on in `context.form`. Only the
/// paths in `uploads` take `multipart/form-data` (a file input), each up to its own limit, and only
/// from a signed-in staff account whose role grants the upload's permission: nobody else's upload
/// is even read.
struct FormMiddleware: RouterMiddleware {
    typealias Context = ChorusRequestContext
    let renderer: PageRenderer
    /// Paths whose forms upload a file: the largest body each takes, and who may send it.
    var uploads: [String: Upload] = [:]

    struct Upload: Sendable {
        let limit: Int
        let permission: Permission
    }

    static let tokenField = "_csrf"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .post else { return try await next(request, context) }
        // Forum forms carry her language in their address (`?lang=`); refusals speak it.
        func notOurs() -> Response {
            let renderer = renderer.refusing(request)
            return renderer.message(renderer.catalogue[.errorSummaryTitle], renderer.catalogue[.errorFormNotOurs], status: .badRequest)
        }
        func refused() -> Response {
            let renderer = renderer.refusing(request)
            return renderer.message(renderer.catalogue[.forumFormExpiredHeading], renderer.catalogue[.forumFormExpiredBody], status: .forbidden)
        }
        if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!], site != "same-origin", site != "none" {
            return refused()
        }
        var request = request
        let form: FormValues
        if let upload = uploads[request.uri.path], let boundary = MultipartFields.boundary(contentType: request.headers[.contentType]) {
            let limit = upload.limit
            guard context.sessions.session != nil else { return refused() }
            guard let staff = context.staff, StaffPermissions.permits(staff, upload.permission) else {
                let renderer = renderer.refusing(request)
                return renderer.message(renderer.catalogue[.forumNotAllowedHeading], renderer.catalogue[.forumNotAllowedBody], status: .forbidden)
            }
            let body: ByteBuffer
            do {
                body = try await request.collectBody(upTo: limit)
            } catch {
                return renderer.message("The file is too large", "Files sent here can be at most \(limit / 1000) kB. Nothing was saved.", status: .contentTooLarge)
            }
            guard let values = MultipartFields.parse(body, boundary: boundary) else { return notOurs() }
            form = values
        } else {
            let body: ByteBuffer
            do {
                body = try await request.collectBody(upTo: context.maxUploadSize)
            } catch {
                // Too large (or cut off): a clear page, not a server error.
                let renderer = renderer.refusing(request)
                return renderer.message(renderer.catalogue[.errorSummaryTitle], renderer.catalogue[.errorTooLarge], status: .contentTooLarge)
            }
            guard let fields = FormFields.parse(String(buffer: body)) else { return notOurs() }
            form = FormValues(fields: fields)
        }
        if let session = context.sessions.session {
            guard let sent = form[Self.tokenField], Self.sameToken(sent, session.csrfToken) else { return refused() }
        }
        var context = context
        context.form = form
        return try await next(request, context)
    }

    static func sameToken(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
