import Foundation
@testable import Unsealing
import Sealing

/// A fresh directory for one test, removed afterwards, so tests can run in parallel.
func withTemporaryDirectory<R>(_ body: (URL) throws -> R) throws -> R {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("sealing-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory)
}

func path(_ url: URL) -> String { url.path(percentEncoded: false) }

/// A copy of the secret key bytes, through the module-internal accessor (tests only).
func secretBytes(_ keyPair: KeyPair) -> [UInt8] {
    keyPair.secretKey.withUnsafeBytes { Array($0) }
}

func hex(_ bytes: [UInt8]) -> String {
    bytes.map { String(format: "%02x", $0) }.joined()
}

extension SealingError {
    /// The case name, so a test can check which failure it got without matching the
    /// human-readable problem text.
    var caseName: String {
        Mirror(reflecting: self).children.first?.label ?? String(describing: self)
    }
}

let testPassphrase = Array("correct horse battery staple".utf8)
