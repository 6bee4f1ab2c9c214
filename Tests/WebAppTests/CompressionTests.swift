import CompressNIO
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import WebApp

/// Survivor pages, styles and scripts travel gzipped to browsers that accept it; forum and staff
/// pages, which put a CSRF token beside other people's words, never do (BREACH).
@Suite struct CompressionTests {
    static let gzip: HTTPFields = [.acceptEncoding: "gzip, deflate, br"]

    @Test(arguments: ["/", "/s/test-survey", "/safety", "/withdraw", "/chorus.css", "/quick-exit.js"])
    func survivorResponsesAreGzippedAndDecompressToThePage(_ path: String) async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let plain = try await client.execute(uri: path, method: .get)
            let zipped = try await client.execute(uri: path, method: .get, headers: Self.gzip)
            #expect(plain.headers[.contentEncoding] == nil)
            #expect(zipped.headers[.contentEncoding] == "gzip")
            #expect(zipped.headers[.vary] == "Accept-Encoding")
            #expect(zipped.headers[.cacheControl] == "no-store, max-age=0")
            var body = zipped.body
            #expect(body.readableBytes < plain.body.readableBytes)
            #expect(Int(zipped.headers[.contentLength] ?? "") == body.readableBytes)
            let unzipped = try body.decompress(with: .gzip())
            // A survey page carries a fresh one-use token each time: compare without hidden values.
            func withoutHiddenValues(_ text: String) -> String { text.replacing(#/type="hidden" name="([^"]*)" value="[^"]*"/#) { "hidden \($0.output.1)" } }
            #expect(withoutHiddenValues(String(buffer: unzipped)) == withoutHiddenValues(String(buffer: plain.body)))
        }
    }

    @Test func aBrowserThatRefusesGzipGetsThePlainPage() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/", method: .get, headers: [.acceptEncoding: "gzip;q=0, identity"])
            #expect(response.headers[.contentEncoding] == nil)
            #expect(String(buffer: response.body).contains("<html"))
        }
    }

    @Test(arguments: ["/forum/sign-in", "/forum/join", "/staff/sign-in"])
    func pagesWithATokenBesideOtherPeoplesWordsAreNeverCompressed(_ path: String) async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = try await client.execute(uri: path, method: .get, headers: Self.gzip)
            #expect(response.headers[.contentEncoding] == nil)
        }
    }
}
