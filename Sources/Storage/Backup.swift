import Foundation
import GRDB

/// What a backup or a restore holds, to print and to check.
public struct BackupSummary: Sendable, Equatable {
    public var responses: Int
    public var members: Int
    public var posts: Int
    public var staff: Int
}

public enum BackupError: Error, Sendable, Equatable, CustomStringConvertible {
    case destinationExists(String)
    case notABackup(String)
    case damaged(String, detail: String)

    public var description: String {
        switch self {
        case .destinationExists(let path):
            return "\(path) already exists. Choose a new folder, or move the old one aside first: nothing is written over."
        case .notABackup(let path):
            return "\(path) holds no \(ChorusDatabase.fileName). Point at a folder made by `chorus-server backup`."
        case .damaged(let path, let detail):
            return "the database in \(path) is damaged (SQLite's integrity check says: \(detail)). Use another backup."
        }
    }
}

extension ChorusDatabase {
    /// A consistent copy of the database, taken while the server runs (SQLite's online backup:
    /// submissions carry on meanwhile), and of the server's secrets beside it, into `folder`,
    /// which must not exist. Everything is readable by this user only. Checked after it is written.
    public func backup(to folder: URL) throws -> BackupSummary {
        guard !FileManager.default.fileExists(atPath: folder.path) else { throw BackupError.destinationExists(folder.path) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let copy = try DatabaseQueue(path: folder.appendingPathComponent(Self.fileName).path, configuration: Self.configuration())
        try connection.backup(to: copy)
        try copy.close()
        try Self.copySecrets(from: fileURL.deletingLastPathComponent(), to: folder)
        return try Self.check(folder: folder)
    }

    /// Puts a backup made by `backup(to:)` in place as the data folder `destination`, which must
    /// not exist (stop the server and move the old folder aside first). The backup is checked
    /// before anything is written, and an older backup is brought up to this version's tables.
    public static func restore(from backup: URL, to destination: URL) throws -> BackupSummary {
        guard FileManager.default.fileExists(atPath: backup.appendingPathComponent(fileName).path) else {
            throw BackupError.notABackup(backup.path)
        }
        guard !FileManager.default.fileExists(atPath: destination.path) else { throw BackupError.destinationExists(destination.path) }
        _ = try check(folder: backup)
        try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let source = try DatabaseQueue(path: backup.appendingPathComponent(fileName).path, configuration: configuration())
        let target = try DatabaseQueue(path: destination.appendingPathComponent(fileName).path, configuration: configuration())
        try source.backup(to: target)
        try source.close()
        try target.close()
        try copySecrets(from: backup, to: destination)
        _ = try ChorusDatabase(directory: destination)  // runs any newer migrations
        return try check(folder: destination)
    }

    /// The server's secret files (`*.key`) from one folder to another, owner-only.
    private static func copySecrets(from source: URL, to destination: URL) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where name.hasSuffix(".key") {
            let data = try Data(contentsOf: source.appendingPathComponent(name))
            guard FileManager.default.createFile(atPath: destination.appendingPathComponent(name).path, contents: data,
                                                 attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.appendingPathComponent(name).path])
            }
        }
    }

    /// SQLite's integrity check, then what the folder's database holds.
    private static func check(folder: URL) throws -> BackupSummary {
        let queue = try DatabaseQueue(path: folder.appendingPathComponent(fileName).path, configuration: {
            var configuration = Configuration()
            configuration.readonly = true
            return configuration
        }())
        defer { try? queue.close() }
        return try queue.read { db in
            let verdict = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            guard verdict == ["ok"] else { throw BackupError.damaged(folder.path, detail: verdict.prefix(3).joined(separator: "; ")) }
            func count(_ table: String) throws -> Int {
                try db.tableExists(table) ? Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")! : 0
            }
            return BackupSummary(responses: try count("response"), members: try count("member"),
                                 posts: try count("post"), staff: try count("staff"))
        }
    }
}
