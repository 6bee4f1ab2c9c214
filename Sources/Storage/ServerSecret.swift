import Foundation

extension ChorusDatabase {
    /// A secret of the server's own (the page-token key), in a file beside the database, readable
    /// by the server's user only: made by `make` the first time, the same bytes ever after, so
    /// what it signs survives a restart. Kept out of the database's tables, which hold only what
    /// the stores describe.
    public func serverSecret(named name: String, make: () -> [UInt8]) throws -> [UInt8] {
        let url = fileURL.deletingLastPathComponent().appendingPathComponent(name)
        if let stored = try? Data(contentsOf: url), !stored.isEmpty { return Array(stored) }
        let fresh = make()
        guard FileManager.default.createFile(atPath: url.path, contents: Data(fresh), attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        return fresh
    }
}
