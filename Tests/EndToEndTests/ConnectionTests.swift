import Foundation
import Testing

/// The real server, as a client that misbehaves or a service manager sees it.
@Suite("connections and output of the running server")
struct ConnectionTests {
    @Test("start-up lines reach a file at once, not when the buffer fills or the process ends")
    func outputIsFlushed() throws {
        let round = try RoundTripTests.prepare("flush")
        let server = try ServerProcess(data: round.data, surveys: Paths.fixtures, publicKey: round.keys.appendingPathComponent("analysis.pub"))
        defer { server.stop() }
        #expect(server.process.isRunning)
        #expect(server.output.contains("Press Ctrl+C to stop."), "output so far: \(server.output)")
    }

    @Test("a connection that stops sending halfway through a request is closed, and the server still answers")
    func silentConnectionIsClosed() throws {
        let round = try RoundTripTests.prepare("silent")
        let server = try ServerProcess(data: round.data, surveys: Paths.fixtures, publicKey: round.keys.appendingPathComponent("analysis.pub"))
        defer { server.stop() }
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = in_port_t(UInt16(server.port).bigEndian)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
        try #require(connected)
        let partial = Array("GET / HTTP/1.1\r\nHost: localhost\r\n".utf8)
        _ = partial.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        // Wait for the server to close it: recv returns 0. Give up after 60 s.
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let started = Date()
        var buffer = [UInt8](repeating: 0, count: 256)
        let received = recv(fd, &buffer, buffer.count, 0)
        let waited = Date().timeIntervalSince(started)
        #expect(received <= 0, "the server answered an unfinished request")
        #expect(waited < 55, "the silent connection was still open after \(Int(waited)) s")
        let after = try RawHTTP.request(host: "127.0.0.1", port: server.port, method: "GET", path: "/health")
        #expect(after.status == 200)
    }
}
