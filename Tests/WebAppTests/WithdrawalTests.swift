import Services
import Foundation
import Hummingbird
import HummingbirdTesting
import Sealing
import Storage
import Testing
@testable import WebApp

@Suite struct WithdrawalTests {
    /// Submits the one-page survey and returns the withdrawal code from the thank-you page.
    static func submit(_ client: any TestClientProtocol) async throws -> String {
        let html = try await client.execute(uri: "/s/one-page", method: .post, headers: formHeaders,
            body: formBody([("helped", "yes"), ("_page", "0")])).text
        let start = try #require(html.range(of: "id=\"withdrawal-code\">"))
        return String(html[start.upperBound...].prefix(19))
    }

    @Test func aCodeDeletesItsResponse() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let code = try await Self.submit(client)
            #expect(code.count == 19)
            #expect(WithdrawalCode(typed: code) != nil)
            #expect(try await fixture.store.count() == 1)
            // Typed in lower case with spaces: still hers.
            let typed = code.lowercased().replacingOccurrences(of: "-", with: " ")
            let response = try await client.execute(uri: "/withdraw", method: .post, headers: formHeaders, body: formBody([("code", typed)]))
            #expect(response.status == .ok)
            #expect(response.text.contains("Your answers have been deleted."))
            #expect(try await fixture.store.count() == 0)
            let again = try await client.execute(uri: "/withdraw", method: .post, headers: formHeaders, body: formBody([("code", code)]))
            #expect(again.status == .notFound)
            #expect(again.text.contains("We could not find answers for that code."))
        }
    }

    @Test func aWithdrawalAfterExportIsPassedToTheNextReport() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let code = try await Self.submit(client)
            var exported: [String] = []
            _ = try fixture.store.export { exported.append($0.id) }
            let response = try await client.execute(uri: "/withdraw", method: .post, headers: formHeaders, body: formBody([("code", code)]))
            #expect(response.status == .ok)
            let withdrawn = try fixture.store.export { _ in }
            #expect(withdrawn == exported)
        }
    }

    @Test(arguments: ["", "hello", "ABCD-EFGH-JKMN-PQR", "ABCD-EFGH-JKMN-PQRSU", "ABCD-EFGH-JKMN-PQR!"])
    func aMalformedCodeGetsAClearMessage(_ typed: String) async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/withdraw", method: .post, headers: formHeaders, body: formBody([("code", typed)]))
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("That does not look like a code from us."))
        }
    }

    @Test func codesAreRandomAndReadable() {
        let codes = (0..<200).map { _ in WithdrawalCode.generate() }
        #expect(Set(codes.map(\.characters)).count == 200)
        for code in codes {
            #expect(code.display.count == 19)
            #expect(WithdrawalCode(typed: code.display) == code)
            #expect(code.characters.allSatisfy { CrockfordCode.alphabet.contains($0) })
        }
        // Look-alike letters read as the digits they resemble.
        #expect(WithdrawalCode(typed: "oooo-iiii-llll-0000")?.characters == "0000111111110000")
    }
}
