import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// File input and output for key files. Key files are tiny, so reads are capped: a wrong path
/// (say, a bundle of responses) fails fast instead of being read into memory whole.
/// `package`, shared with Unsealing, whose secret key files are written by `createPrivateFile`.
package enum KeyFiles {
    package static let maximumSize = 64 * 1024

    package static func displayPath(_ url: URL) -> String {
        url.isFileURL ? url.path(percentEncoded: false) : url.absoluteString
    }

    /// The whole file, or nil if it is larger than `maximumSize`.
    package static func readSmallFile(_ url: URL) throws -> Data? {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw SealingError.fileUnreadable(path: displayPath(url), reason: reason(error))
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: maximumSize + 1) ?? Data()
            return data.count > maximumSize ? nil : data
        } catch {
            throw SealingError.fileUnreadable(path: displayPath(url), reason: reason(error))
        }
    }

    /// Creates a new file readable and writable by its owner only (0600) and writes `contents`.
    /// O_CREAT|O_EXCL makes "refuse to overwrite" atomic (no check-then-create race) and also
    /// refuses to follow a symlink planted at the path. The file never exists with wider
    /// permissions, not even for an instant.
    package static func createPrivateFile(at url: URL, contents: [UInt8]) throws {
        let path = displayPath(url)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let code = errno
            if code == EEXIST { throw SealingError.fileAlreadyExists(path: path) }
            throw SealingError.fileUnwritable(path: path, reason: describe(errno: code))
        }
        var isOpen = true
        do {
            // The umask can only remove bits from 0600; set the mode explicitly anyway so the
            // result never depends on the caller's umask.
            guard fchmod(fd, 0o600) == 0 else { throw posixFailure(path) }
            try writeAll(fd, contents, path: path)
            guard fsync(fd) == 0 else { throw posixFailure(path) }
            isOpen = false  // never close twice: the number may already belong to another file
            guard close(fd) == 0 else { throw posixFailure(path) }
        } catch {
            // We created the file, so removing it is safe; a half-written key file would only
            // confuse whoever finds it later.
            if isOpen { close(fd) }
            unlink(path)
            throw error
        }
    }

    private static func writeAll(_ fd: Int32, _ contents: [UInt8], path: String) throws {
        try contents.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw posixFailure(path)
                }
                offset += written
            }
        }
    }

    private static func posixFailure(_ path: String) -> SealingError {
        .fileUnwritable(path: path, reason: describe(errno: errno))
    }

    package static func describe(errno code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// A short human reason from a Foundation error, preferring the POSIX message underneath.
    package static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return describe(errno: Int32(underlying.code))
        }
        if ns.domain == NSPOSIXErrorDomain { return describe(errno: Int32(ns.code)) }
        // Our messages add their own full stop after the reason.
        var text = ns.localizedDescription
        while text.hasSuffix(".") || text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
