import ArgumentParser
import Foundation

/// Files the server creates (the database, its journal, bundles) are readable by their owner only.
func restrictNewFilesToOwner() {
    umask(0o077)
}

/// Runs `body`; on failure, stops with `context` and the error's own explanation instead of a trace.
func fail<T>(_ context: String, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch {
        throw Failure("\(context):\n\(error)")
    }
}

/// A failure the person running the command can act on: ArgumentParser prints it and exits non-zero.
struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
