import Foundation
import Logging

/// The server's only log output: the level and the message, never metadata. Hummingbird and SwiftNIO
/// attach request ids, file paths and errors as metadata; dropping all of it (and everything below
/// `info`) keeps request details, which could point to a survivor, out of logs by construction.
public struct PrivateLogHandler: LogHandler {
    /// Never below `info`, whoever sets it: lower levels carry request details.
    public var logLevel: Logger.Level {
        get { level }
        set { level = max(newValue, .info) }
    }
    private var level: Logger.Level
    public var metadata: Logger.Metadata {
        get { [:] }
        set {}
    }
    private let write: @Sendable (String) -> Void

    /// By default each line is printed and flushed at once: into a pipe or a journal, output is
    /// block-buffered, and the last lines before a crash would be lost.
    public init(minimumLevel: Logger.Level = .info, write: @escaping @Sendable (String) -> Void = { print($0); fflush(nil) }) {
        self.level = max(minimumLevel, .info)
        self.write = write
    }

    public subscript(metadataKey _: String) -> Logger.Metadata.Value? {
        get { nil }
        set {}
    }

    public func log(event: LogEvent) {
        guard event.level >= logLevel else { return }
        write("[\(event.level)] \(event.message)")
    }
}
