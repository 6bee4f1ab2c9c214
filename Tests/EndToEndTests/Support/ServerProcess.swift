import Foundation

/// A real `chorus-server serve` on a free loopback port, with its output captured to a file.
final class ServerProcess {
    let process = Process()
    let port: Int
    let outputFile: URL
    private let outputHandle: FileHandle

    init(data: URL, surveys: URL, publicKey: URL, host: String = "127.0.0.1") throws {
        port = try Self.freePort()
        outputFile = data.deletingLastPathComponent().appendingPathComponent("server-output-\(port).txt")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        outputHandle = try FileHandle(forWritingTo: outputFile)
        process.executableURL = try Paths.binary("chorus-server")
        process.arguments = [
            "serve", "--data", data.path, "--surveys", surveys.path, "--public-key", publicKey.path,
            "--host", host, "--port", String(port), "--public", Paths.publicFolder.path,
        ]
        process.standardOutput = outputHandle
        process.standardError = outputHandle
        try process.run()
        try waitUntilListening(host: host)
    }

    var output: String { (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "" }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? outputHandle.close()
    }

    deinit { stop() }

    private func waitUntilListening(host: String) throws {
        for _ in 0..<300 {
            if !process.isRunning { throw TestFailure("chorus-server exited early:\n\(output)") }
            if (try? RawHTTP.request(host: host, port: port, method: "GET", path: "/safety")) != nil { return }
            usleep(100_000)
        }
        throw TestFailure("chorus-server did not start listening within 30 seconds:\n\(output)")
    }

    /// Asks the kernel for a free port.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw TestFailure("could not find a free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
