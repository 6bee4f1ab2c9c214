import CompressNIO
import HTTPTypes
import Hummingbird
import NIOCore

/// Gzips survivor-facing pages, styles and scripts for browsers that accept it, so the first page of
/// a survey costs little on a slow or metered phone connection.
///
/// The forum's and staff pages are never compressed: they carry a CSRF token beside text other
/// people wrote, the combination the BREACH attack needs to read a secret from compressed sizes.
/// Survivor pages hold no such pair (nothing another person chose is shown beside a secret).
public struct CompressionMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Smaller bodies gain little, and a gzip header costs about 20 bytes.
    static var smallestBody: Int { 860 }
    static var compressedTypes: [String] { ["text/html", "text/css", "application/javascript", "text/javascript", "image/svg+xml"] }
    static var uncompressedPaths: [String] { ["/forum", "/staff"] }

    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let response = try await next(request, context)
        guard acceptsGzip(request), !Self.uncompressedPaths.contains(where: { request.uri.path.hasPrefix($0) }),
              response.headers[.contentEncoding] == nil,
              let type = response.headers[.contentType], Self.compressedTypes.contains(where: { type.hasPrefix($0) }),
              (response.body.contentLength ?? Self.smallestBody) >= Self.smallestBody else { return response }
        var body = try await Self.collect(response.body)
        guard body.readableBytes >= Self.smallestBody else { return Self.with(response, body: body, encoding: nil) }
        let compressed = try body.compress(with: .gzip())
        return Self.with(response, body: compressed, encoding: "gzip")
    }

    private func acceptsGzip(_ request: Request) -> Bool {
        guard let accepted = request.headers[.acceptEncoding] else { return false }
        return accepted.split(separator: ",").contains { part in
            let fields = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            return fields.first?.lowercased() == "gzip" && !fields.dropFirst().contains { $0.replacingOccurrences(of: " ", with: "") == "q=0" }
        }
    }

    private static func with(_ response: Response, body: ByteBuffer, encoding: String?) -> Response {
        var edited = response
        edited.body = ResponseBody(byteBuffer: body)
        edited.headers[.contentLength] = String(body.readableBytes)
        if let encoding { edited.headers[.contentEncoding] = encoding }
        edited.headers[.vary] = "Accept-Encoding"
        return edited
    }

    /// The whole body, which for these responses is a page or a small file already in memory.
    private static func collect(_ body: ResponseBody) async throws -> ByteBuffer {
        let collector = BodyCollector()
        try await body.write(CollectingWriter(collector: collector))
        return collector.buffer
    }
}

/// Holds what `CollectingWriter` was given; only one response's body task touches it.
private final class BodyCollector: @unchecked Sendable {
    var buffer = ByteBuffer()
}

private struct CollectingWriter: ResponseBodyWriter {
    let collector: BodyCollector

    mutating func write(_ buffer: ByteBuffer) async throws {
        var copy = buffer
        collector.buffer.writeBuffer(&copy)
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
