import Foundation
import Sealing

/// A fresh directory for one test, removed afterwards, so tests can run in parallel.
public func withTemporaryDirectory<R>(_ body: (URL) throws -> R) throws -> R {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("sealing-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory)
}

/// The same, for a body that awaits.
public func withTemporaryDirectoryAsync<R>(_ body: (URL) async throws -> R) async throws -> R {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("sealing-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try await body(directory)
}

public func path(_ url: URL) -> String { url.path(percentEncoded: false) }

public func hex(_ bytes: [UInt8]) -> String {
    bytes.hex
}

extension SealingError {
    /// The case name, so a test can check which failure it got without matching the
    /// human-readable problem text.
    public var caseName: String {
        Mirror(reflecting: self).children.first?.label ?? String(describing: self)
    }
}

public let testPassphrase = Array("correct horse battery staple".utf8)
