import Hummingbird
import Storage

/// `GET /health` for uptime monitors and service managers: 200 "ok" when the database answers,
/// 503 when it does not. It says nothing else (no version, no counts): an outsider learns only
/// that the site is up, which the front page already tells.
struct HealthController: Sendable {
    let database: ChorusDatabase

    func addRoutes(to router: Router<ChorusRequestContext>) {
        router.get("/health") { _, _ -> Response in
            let healthy = (try? database.checkReadable()) != nil
            return Response(
                status: healthy ? .ok : .serviceUnavailable,
                headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: healthy ? "ok\n" : "unavailable\n")))
        }
    }
}
