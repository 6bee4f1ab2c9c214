import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Storage
import Testing
@testable import WebApp

/// The standing safety rules of ARCHITECTURE.md, on every kind of survivor-facing response.
@Suite struct SafetyRulesTests {
    static let getPages = ["/", "/s/test-survey", "/s/one-page", "/withdraw", "/safety", "/no-such-page", "/chorus.css", "/quick-exit.js"]

    @Test(arguments: getPages)
    func everyResponseCarriesTheSafetyHeadersAndNoCookie(_ path: String) async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = try await client.execute(uri: path, method: .get)
            let headers = response.headers
            #expect(headers[.cacheControl] == "no-store, max-age=0")
            #expect(headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
            let csp = try #require(headers[.contentSecurityPolicy])
            #expect(csp.contains("default-src 'none'"))
            #expect(csp.contains("script-src 'self'"))
            #expect(!csp.contains("unsafe-inline"))
            #expect(!csp.contains("http"))
            let permissions = try #require(headers[HTTPField.Name("Permissions-Policy")!])
            for feature in ["camera=()", "microphone=()", "geolocation=()"] { #expect(permissions.contains(feature)) }
            #expect(headers[.setCookie] == nil)
            #expect(headers[.eTag] == nil)
            #expect(headers[.lastModified] == nil)
        }
    }

    @Test(arguments: ["/", "/s/test-survey", "/withdraw", "/safety", "/no-such-page"])
    func everyPageHasTheQuickExitSupportLineAndANeutralTitle(_ path: String) async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let html = try await client.execute(uri: path, method: .get).text
            #expect(html.contains("<title>Feedback</title>"))
            #expect(html.contains("<a class=\"quick-exit-button\" href=\"https://www.bbc.co.uk/weather\""))
            #expect(html.contains("<script src=\"/quick-exit.js\" defer></script>"))
            #expect(html.contains("0808 2000 247"))
            #expect(html.contains("href=\"/safety\""))
            // She can take her answers back from any page, not only from the thank-you page.
            #expect(html.contains("<a href=\"/withdraw\">Take my answers back</a>"))
            // No inline script: the CSP would block it, and the page must work without it anyway.
            let scripts = html.components(separatedBy: "<script").dropFirst()
            #expect(!scripts.isEmpty)
            for script in scripts { #expect(script.hasPrefix(" src=\"/") && script.contains("></script>")) }
            #expect(!html.contains("onclick"))
        }
    }

    @Test func aSubmissionSetsNoCookieAndTheThankYouPageIsNotCached() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/s/one-page", method: .post, headers: formHeaders,
                body: formBody([("helped", "no"), ("_page", "0")]))
            #expect(response.status == .ok)
            #expect(response.headers[.setCookie] == nil)
            #expect(response.headers[.cacheControl] == "no-store, max-age=0")
        }
    }

    @Test func theSiteNameIsTheDeploymentsNeutralName() async throws {
        let fixture = try Fixture()
        var configuration = fixture.configuration
        configuration.siteName = "Community noticeboard"
        let app = try await buildApplication(configuration)
        try await app.test(.router) { client in
            let html = try await client.execute(uri: "/s/one-page", method: .get).text
            #expect(html.contains("<title>Community noticeboard</title>"))
            #expect(!html.contains("<title>Quick survey"))
        }
    }

    @Test func thePrivateLogHandlerDropsMetadataAndDebug() {
        let lines = LockedLines()
        var logger = Logger(label: "test") { _ in PrivateLogHandler(minimumLevel: .trace) { lines.append($0) } }
        logger[metadataKey: "hb.request.id"] = "abc"
        logger.debug("debug line", metadata: ["remote": "10.1.2.3"])
        logger.info("info line", metadata: ["user-agent": "SecretBrowser/1.0"])
        #expect(lines.all == ["[info] info line"])
    }
}

import Logging

final class LockedLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
}
