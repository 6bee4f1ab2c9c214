import Hummingbird

/// A forum controller whose every route answers in the language the request asked for: the route
/// runs on a copy of the controller whose services speak it (`ForumServices.speaking`).
protocol ForumPageController: Sendable {
    var services: ForumServices { get set }
    /// This controller speaking the request's language.
    func speaking(_ request: Request) -> Self
}

extension ForumPageController {
    func speaking(_ request: Request) -> Self {
        var copy = self
        copy.services = services.speaking(request)
        return copy
    }

    /// `handler`, run on this controller speaking the language the request asked for.
    func localized(
        _ handler: @escaping @Sendable (Self) -> @Sendable (Request, ChorusRequestContext) async throws -> Response
    ) -> @Sendable (Request, ChorusRequestContext) async throws -> Response {
        { request, context in try await handler(self.speaking(request))(request, context) }
    }
}
