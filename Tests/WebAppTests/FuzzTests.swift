import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Storage
import Testing
@testable import WebApp

/// A bounded fuzz run of the endpoints anyone can post to (and the lead's upload): malformed form
/// encodings, control characters, stray multipart bodies, odd content types and query strings.
/// Any 5xx, trap or hang fails it. `CHORUS_FUZZ_ITERATIONS` runs it longer (`make fuzz`).
@Suite("fuzzing the form endpoints")
struct FuzzTests {
    static let iterations = ProcessInfo.processInfo.environment["CHORUS_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 400

    /// xorshift64*: the same requests for the same seed, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            return state &* 2_685_821_657_736_338_717
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
        mutating func bytes(_ count: Int) -> [UInt8] { (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) } }
    }

    static let paths = ["/s/test-survey", "/withdraw", "/forum/sign-in", "/forum/join", "/forum/recover", "/staff/sign-in", "/staff/findings/preview"]
    static let pieces = [
        "%00", "%FF", "%C0%80", "%", "%G1", "+", "&&", "==", "%0D%0A", "%E2%80%AE", "\u{301}", "<script>", "\"", "'", "_page", "_action",
        "_token", "_csrf", "next", "submit", "back", "contact", "police", "age", "over_35", "name", "pseudonym", "passphrase", "code",
        "999999999999999999999", "-1", "0", "lang", "cy", "ur", "xx",
    ]

    static func formBody(_ random: inout Generator) -> [UInt8] {
        var text = ""
        for _ in 0..<random.below(12) {
            let name = (0..<(1 + random.below(3))).map { _ in random.pick(pieces) }.joined()
            let value = (0..<random.below(4)).map { _ in random.pick(pieces) }.joined()
            text += (text.isEmpty ? "" : "&") + name + (random.below(5) == 0 ? "" : "=" + value)
            if random.below(20) == 0 { text += String(repeating: "a", count: random.below(5_000)) }
        }
        return Array(text.utf8)
    }

    static func multipartBody(_ random: inout Generator, boundary: String) -> [UInt8] {
        var body: [UInt8] = []
        for _ in 0..<random.below(4) {
            body += Array("--\(boundary)\r\n".utf8)
            if random.below(3) == 0 {
                body += random.bytes(random.below(40)) + Array(": y\r\n".utf8)
            } else {
                body += Array("Content-Disposition: form-data; name=\"\(random.pick(pieces))\"\(random.below(2) == 0 ? "; filename=\"f.json\"" : "")\r\n".utf8)
            }
            body += Array("\r\n".utf8) + random.bytes(random.below(200)) + Array("\r\n".utf8)
        }
        if random.below(2) == 0 { body += Array("--\(boundary)--\r\n".utf8) }
        return body
    }

    @Test("no request makes the server answer 5xx, trap or hang")
    func fuzzForms() async throws {
        let fixture = try Fixture()
        try await StaffTest.addStaff(fixture, name: "Lee", role: .lead)
        try await fixture.withApp { client in
            let lead = try await StaffTest.signIn(client, name: "Lee")
            var random = Generator(state: 0x9E37_79B9_7F4A_7C15)
            var statuses: [Int: Int] = [:]
            for iteration in 0..<Self.iterations {
                let path = random.pick(Self.paths)
                let query = random.below(4) == 0 ? "?" + String(decoding: Self.formBody(&random), as: UTF8.self) : ""
                var headers: HTTPFields = [:]
                let body: [UInt8]
                switch random.below(5) {
                case 0:
                    headers[.contentType] = "application/x-www-form-urlencoded"
                    body = Self.formBody(&random)
                case 1:
                    let boundary = random.below(4) == 0 ? "" : "B\(random.below(1_000))"
                    headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
                    body = Self.multipartBody(&random, boundary: boundary.isEmpty ? "B" : boundary)
                case 2:
                    headers[.contentType] = random.pick(["application/json", "text/plain", "multipart/form-data", "garbage/\u{7F}", ""])
                    body = random.bytes(random.below(2_000))
                case 3:
                    body = random.bytes(random.below(300))
                default:
                    headers[.contentType] = "application/x-www-form-urlencoded"
                    body = Self.formBody(&random) + random.bytes(random.below(50))
                }
                if path.hasPrefix("/staff") || random.below(6) == 0 {
                    headers[.cookie] = lead.cookie
                }
                let response = try await client.execute(uri: path + query, method: .post, headers: headers, body: ByteBuffer(bytes: body))
                statuses[Int(response.status.code), default: 0] += 1
                #expect(response.status.code < 500, "request \(iteration) to \(path) answered \(response.status)")
            }
            let after = try await client.execute(uri: "/", method: .get)
            #expect(after.status == .ok)
            // The run reached past the front door: some requests were refused, some accepted.
            #expect(statuses.keys.contains { $0 < 400 } && statuses.keys.contains { $0 >= 400 }, "\(statuses)")
        }
    }
}
