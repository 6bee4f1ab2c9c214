import HTTPTypes
import Hummingbird

/// The standing safety headers (ARCHITECTURE.md, "Standing safety rules"), on every response the
/// app sends, static files included:
/// - nothing is cached, so a page or its stylesheet does not stay on a shared device;
/// - no referrer leaves, so the site she goes to next does not learn where she was;
/// - scripts and styles only from this origin, no inline script, no framing; scripts may fetch
///   only this origin (one-history-entry.js shows each page in place of the last);
/// - no camera, microphone or location.
public struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var headers: HTTPFields { SecurityHeaders.fields }

    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        for field in Self.headers {
            response.headers[field.name] = field.value
        }
        // Validators would let a browser keep a copy to revalidate; with no-store there is nothing to validate.
        response.headers[.eTag] = nil
        response.headers[.lastModified] = nil
        return response
    }
}

/// The headers themselves, made once: a generic type cannot keep a stored static, and building
/// them (each name checked again) on every response was a hundredth of a forum page.
enum SecurityHeaders {
    static let fields: HTTPFields = [
        .contentSecurityPolicy: "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        .xContentTypeOptions: "nosniff",
        .cacheControl: "no-store, max-age=0",
        HTTPField.Name("Referrer-Policy")!: "no-referrer",
        HTTPField.Name("Permissions-Policy")!: "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        HTTPField.Name("X-Frame-Options")!: "DENY",
        HTTPField.Name("Cross-Origin-Opener-Policy")!: "same-origin",
        HTTPField.Name("Cross-Origin-Resource-Policy")!: "same-origin",
    ]
}
