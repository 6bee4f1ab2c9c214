import Forum
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Storage
import Testing
@testable import WebApp

/// Input an attacker sends: each is refused with a page, and the server answers the next request.
@Suite("hostile input is refused, never crashes the server")
struct HostileInputTests {
    /// A multipart part whose header name starts with the byte 0xFF: this body used to trap in
    /// NIO's header store, taking the whole server down from any staff session.
    static func multipart(headerName: [UInt8]) -> ByteBuffer {
        ByteBuffer(bytes: Array("--B\r\n".utf8) + headerName + Array(": y\r\n\r\nz\r\n--B--\r\n".utf8))
    }

    @Test("header names that are not HTTP tokens are refused by the multipart reader", arguments: [
        [0xFF, 0x58], [0x80], Array("é".utf8), Array("X Y".utf8), [], Array("X\u{0}".utf8),
    ] as [[UInt8]])
    func multipartHeaderNames(_ name: [UInt8]) {
        #expect(MultipartFields.parse(Self.multipart(headerName: name), boundary: "B") == nil)
    }

    @Test("a well-formed part still reads")
    func multipartStillReads() throws {
        let body = ByteBuffer(string: "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue\r\n--B--\r\n")
        let form = try #require(MultipartFields.parse(body, boundary: "B"))
        #expect(form["a"] == "value")
    }

    @Test("the crashing upload is refused for a lead, and not even read for a moderator", arguments: [StaffRole.lead, .moderator])
    func crashingUpload(_ role: StaffRole) async throws {
        let fixture = try Fixture()
        try await StaffTest.addStaff(fixture, name: "Robin", role: role)
        try await fixture.withApp { client in
            let browser = try await StaffTest.signIn(client, name: "Robin")
            for path in ["/staff/findings/preview", "/staff/findings/publish"] {
                let response = try await client.execute(
                    uri: path, method: .post, headers: [.contentType: "multipart/form-data; boundary=B", .cookie: browser.cookie],
                    body: Self.multipart(headerName: [0xFF, 0x58]))
                #expect(response.status == (role == .lead ? .badRequest : .forbidden), "\(path)")
            }
            let after = try await client.execute(uri: "/", method: .get)
            #expect(after.status == .ok)
        }
    }

    @Test("control characters are refused in form fields; tabs and line breaks are not", arguments: [
        ("name=Robin%00x1", false), ("name=Robin%01", false), ("name=a%7Fb", false), ("name=a%C2%85b", false),
        ("text=one%0D%0Atwo%09three", true), ("name=Robin", true),
    ])
    func controlCharacters(_ body: String, _ accepted: Bool) {
        #expect((FormFields.parse(body) != nil) == accepted)
    }

    @Test("a sign-in name with a NUL never reaches the lockout: it is refused at the door")
    func nulInSignInName() async throws {
        let fixture = try Fixture()
        try await StaffTest.addStaff(fixture, name: "Robin", role: .moderator)
        try await fixture.withApp { client in
            for attempt in 0..<8 {
                let response = try await client.execute(
                    uri: "/staff/sign-in", method: .post, headers: formHeaders,
                    body: StaffTest.signInForm(name: "Robin\u{0}x\(attempt)", passphrase: "wrong"))
                #expect(response.status == .badRequest)
            }
            // Five wrong tries under her real name still bring the pause (the lockout counts her).
            for _ in 0..<5 {
                _ = try await client.execute(uri: "/staff/sign-in", method: .post, headers: formHeaders,
                                             body: StaffTest.signInForm(name: "Robin", passphrase: "wrong"))
            }
            let locked = try await client.execute(uri: "/staff/sign-in", method: .post, headers: formHeaders, body: StaffTest.signInForm(name: "Robin"))
            #expect(locked.status != .seeOther, "the right passphrase straight after five wrong ones should wait")
        }
    }

    @Test("an oversized forum or staff form answers 413 with a page that says what to do", arguments: ["/forum/sign-in", "/staff/sign-in"])
    func oversizedForm(_ path: String) async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let body = ByteBuffer(string: "name=" + String(repeating: "a", count: 400 * 1024))
            let response = try await client.execute(uri: path, method: .post, headers: formHeaders, body: body)
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("Please shorten them and try again"))
            let after = try await client.execute(uri: "/", method: .get)
            #expect(after.status == .ok)
        }
    }
}

/// What monitors and odd clients send: HEAD, a health check, ranges.
@Suite("HEAD, the health check and ranges")
struct MonitoringRequestTests {
    @Test("HEAD answers as GET would, without a body", arguments: ["/", "/safety", "/chorus.css", "/health"])
    func head(_ path: String) async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let get = try await client.execute(uri: path, method: .get)
            let head = try await client.execute(uri: path, method: .head)
            #expect(get.status == .ok && head.status == .ok, "\(head.status)")
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentType] == get.headers[.contentType])
            #expect(head.headers[.contentSecurityPolicy] == get.headers[.contentSecurityPolicy])
        }
    }

    @Test("HEAD of an address that does not exist is still 404")
    func headMissing() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/no-such-page", method: .head)
            #expect(response.status == .notFound)
        }
    }

    @Test("the health check says ok and nothing else")
    func health() async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let response = try await client.execute(uri: "/health", method: .get)
            #expect(response.status == .ok)
            #expect(String(buffer: response.body) == "ok\n")
            #expect(response.headers[.setCookie] == nil)
        }
    }

    @Test("a Range header is ignored: the whole file, never 206", arguments: ["bytes=100000-", "bytes=0-10", "bytes=-5"])
    func ranges(_ range: String) async throws {
        let fixture = try Fixture()
        try await fixture.withApp { client in
            let whole = try await client.execute(uri: "/chorus.css", method: .get)
            let ranged = try await client.execute(uri: "/chorus.css", method: .get, headers: [.range: range])
            #expect(ranged.status == .ok)
            #expect(ranged.body == whole.body)
        }
    }
}
