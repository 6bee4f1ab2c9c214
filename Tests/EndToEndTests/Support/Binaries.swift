import Foundation
import Testing

/// Where the built executables and the package's folders are. `make test` builds them first
/// (`swift build --build-tests` builds every product).
enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let publicFolder = packageRoot.appendingPathComponent("Public")

    static var binDirectory: URL {
        if let custom = ProcessInfo.processInfo.environment["CHORUS_BIN"] { return URL(fileURLWithPath: custom) }
        return packageRoot.appendingPathComponent(".build/debug")
    }

    static func binary(_ name: String) throws -> URL {
        let url = binDirectory.appendingPathComponent(name)
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw TestFailure("\(url.path) is missing: build first with `swift build --build-tests` (as `make test` does), or set CHORUS_BIN.")
        }
        return url
    }

    static func temporaryDirectory(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chorus-e2e-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The result of running a command to the end.
struct CommandResult {
    let status: Int32
    let output: String
}

/// Runs one of the executables to completion, capturing standard output and error together.
func run(_ name: String, _ arguments: [String], in directory: URL = Paths.packageRoot) throws -> CommandResult {
    let process = Process()
    process.executableURL = try Paths.binary(name)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("chorus-out-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
    let handle = try FileHandle(forWritingTo: outputFile)
    process.standardOutput = handle
    process.standardError = handle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try handle.close()
    let output = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
    try? FileManager.default.removeItem(at: outputFile)
    return CommandResult(status: process.terminationStatus, output: output)
}
