import Forum
import Foundation
import Hummingbird
import Localisation
import NIOCore
import HummingbirdAuth
import Logging
import Sealing
import Services
import Storage
import SurveyKit

/// Everything the web service needs. It holds the public key only: nothing here can open a response.
public struct WebAppConfiguration: Sendable {
    public var library: SurveyLibrary
    public var publicKey: PublicKey
    public var database: ChorusDatabase
    /// Folder of static files (CSS, the quick-exit script).
    public var publicDirectory: String
    /// The neutral name in every page title, so a tab or history entry gives nothing away.
    public var siteName: String
    /// Where the quick exit goes: an ordinary, neutral site.
    public var exitURL: String
    public var host: String
    public var port: Int
    /// Today's date; tests replace it.
    public var clock: @Sendable () -> Date
    /// The forum's spaces, watch list and rules.
    public var forum: ForumConfiguration
    /// Mark session cookies `Secure`: on whenever the site is served over TLS (behind a proxy too).
    public var secureCookies: Bool

    public init(
        library: SurveyLibrary, publicKey: PublicKey, database: ChorusDatabase,
        publicDirectory: String = "Public", siteName: String = Catalogue.english[.siteName],
        exitURL: String = "https://www.bbc.co.uk/weather", host: String = "127.0.0.1", port: Int = 8080,
        clock: @escaping @Sendable () -> Date = Date.init,
        forum: ForumConfiguration = ForumConfiguration(), secureCookies: Bool = false
    ) {
        self.library = library
        self.publicKey = publicKey
        self.database = database
        self.publicDirectory = publicDirectory
        self.siteName = siteName
        self.exitURL = exitURL
        self.host = host
        self.port = port
        self.clock = clock
        self.forum = forum
        self.secureCookies = secureCookies
    }
}

/// The server's logger: level and message only, never request metadata (see `PrivateLogHandler`).
public func makePrivateLogger(label: String = "chorus") -> Logger {
    Logger(label: label) { _ in PrivateLogHandler() }
}

/// Builds the router: static files, safety headers on everything, error pages, then the controllers.
public func buildRouter(_ configuration: WebAppConfiguration, logger: Logger = makePrivateLogger()) async throws -> Router<ChorusRequestContext> {
    let renderer = try await PageRenderer(siteName: configuration.siteName, exitURL: configuration.exitURL)
    let store = ResponseStore(database: configuration.database)
    // HEAD answers as GET without the body: uptime monitors ask with HEAD.
    let router = Router(context: ChorusRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: NoRangesMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: CompressionMiddleware())
    router.add(middleware: ErrorPageMiddleware(renderer: renderer))
    router.add(middleware: FileMiddleware(configuration.publicDirectory, searchForIndexHtml: false, logger: logger))
    let intake = ResponseIntake(sealer: Sealer(publicKey: configuration.publicKey), store: store, clock: configuration.clock)
    SurveyController(
        library: configuration.library, intake: intake, renderer: renderer,
        tokens: PageTokens(key: try PageTokens.key(in: configuration.database), clock: configuration.clock),
        readyPages: ReadyPages(library: configuration.library, renderer: renderer)
    ).addRoutes(to: router)
    WithdrawalController(intake: intake, renderer: renderer).addRoutes(to: router)
    SafetyController(renderer: renderer).addRoutes(to: router)
    let findings = PublishedFindingsStore(database: configuration.database)
    FindingsController(store: findings, renderer: renderer).addRoutes(to: router)
    HealthController(database: configuration.database).addRoutes(to: router)

    let services = try ForumServices(database: configuration.database, configuration: configuration.forum,
                                 renderer: renderer, clock: configuration.clock)
    let driver = DatabaseSessionDriver(store: services.sessions, clock: configuration.clock)
    let forum = signedInGroup(router, path: "forum", kind: .member, services: services, driver: driver, secure: configuration.secureCookies)
    let reading = ForumReadingController(services: services)
    reading.addRoutes(to: forum)
    PostingController(services: services, reading: reading).addRoutes(to: forum)
    JoinController(services: services, openSignUp: configuration.forum.openSignUp).addRoutes(to: forum)
    MemberSignInController(services: services, openSignUp: configuration.forum.openSignUp).addRoutes(to: forum)
    AccountController(services: services).addRoutes(to: forum)
    RecoveryController(services: services).addRoutes(to: forum)

    let staff = signedInGroup(router, path: "staff", kind: .staff, services: services, driver: driver,
                              secure: configuration.secureCookies, uploads: StaffFindingsController.uploads)
    addStaffRoutes(to: staff, services: services)
    StaffFindingsController(services: services, store: findings).addRoutes(to: staff)
    return router
}

/// A route group with its own session cookie, scoped to its path: the forum's cookie never goes
/// to the survey pages or the staff pages, and the staff cookie never to the forum. Every form
/// post in it passes the CSRF check.
func signedInGroup(
    _ router: Router<ChorusRequestContext>, path: String, kind: SignedInMiddleware.Kind,
    services: ForumServices, driver: DatabaseSessionDriver, secure: Bool, uploads: [String: FormMiddleware.Upload] = [:]
) -> RouterGroup<ChorusRequestContext> {
    let cookie = SessionCookieParameters(name: "chorus_\(path)", path: "/\(path)", secure: secure, sameSite: .strict)
    return router.group(RouterPath(path))
        .add(middleware: ForumRefusalMiddleware(renderer: services.renderer))
        .add(middleware: SessionMiddleware(storage: driver, configuration: .init(
            sessionCookieParameters: cookie, keyPrefix: path + ".", defaultSessionExpiration: services.idleTimeout)))
        .add(middleware: SignedInMiddleware(kind: kind, services: services))
        .add(middleware: FormMiddleware(renderer: services.renderer, uploads: uploads))
}

/// Builds the application, as Hummingbird's examples do, so tests can drive it with `app.test(.router)`.
public func buildApplication(_ configuration: WebAppConfiguration, logger: Logger = makePrivateLogger()) async throws -> some ApplicationProtocol {
    let router = try await buildRouter(configuration, logger: logger)
    return Application(
        router: router,
        server: .http1(configuration: .init(
            additionalChannelHandlers: [IdleStateHandler(readTimeout: ConnectionLimits.readTimeout)],
            idleTimeout: ConnectionLimits.idleTimeout)),
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port), serverName: nil,
            availableConnectionsDelegate: .maximum(ConnectionLimits.maximumConnections, logger: logger)),
        logger: logger
    )
}

/// What one client may hold of the server. Without them, 300 silent connections stopped it
/// answering, and a body sent a byte at a time was never closed.
public enum ConnectionLimits {
    /// A connection with no request for this long is closed.
    public static let idleTimeout = TimeAmount.seconds(30)
    /// A request whose next bytes do not arrive within this is closed (Hummingbird closes on the
    /// read-idle event while a request is being read, or before one has started).
    public static let readTimeout = TimeAmount.seconds(20)
    /// Connections open at once; more wait in the listen queue until one closes. A proxy in front
    /// (docs) keeps its own few connections open, so this is for direct exposure.
    public static let maximumConnections = 512
}
