import HTTPTypes
import Hummingbird

/// Ignores `Range` and `If-Range` before any file is served.
///
/// Nothing Chorus serves needs ranges (pages and small static files), and Hummingbird's file
/// middleware answered `Range: bytes=100000-` on a small file with 206 and a negative length. A
/// server may always answer a range request with the whole representation (RFC 9110, 14.2).
struct NoRangesMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.headers[.range] != nil || request.headers[.ifRange] != nil else { return try await next(request, context) }
        var head = request.head
        head.headerFields[.range] = nil
        head.headerFields[.ifRange] = nil
        return try await next(Request(head: head, body: request.body), context)
    }
}
