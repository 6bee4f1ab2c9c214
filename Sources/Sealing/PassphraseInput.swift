import Foundation

/// Reads a passphrase for a command-line tool: from a file, or from the terminal with echo off.
/// Shared by `chorus-analyst` (the analysis key) and `chorus-server` (staff accounts).
public enum PassphraseInput {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The passphrase bytes; the caller wipes them with `Sodium.wipe` when done.
    /// - Parameters:
    ///   - file: read from this file (a trailing newline is not part of the passphrase), or ask.
    ///   - prompt: what to ask on the terminal.
    ///   - confirm: ask twice and compare, for a new passphrase.
    public static func read(file: String?, prompt: String, confirm: Bool) throws(Failure) -> [UInt8] {
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw Failure(description: "Cannot read the passphrase file \(file). Check the path and its permissions.")
            }
            var bytes = [UInt8](data)
            while let last = bytes.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r") { bytes.removeLast() }
            return bytes
        }
        guard isatty(STDIN_FILENO) == 1 else {
            throw Failure(description: "No --passphrase-file was given and there is no terminal to ask on. Give --passphrase-file FILE.")
        }
        let first = ask(prompt)
        if confirm {
            var second = ask("Type it again: ")
            defer { Sodium.wipe(&second) }
            guard first == second else {
                var spoilt = first
                Sodium.wipe(&spoilt)
                throw Failure(description: "The two passphrases differ. Nothing was written; try again.")
            }
        }
        return first
    }

    /// Reads one line from the terminal with echo off.
    private static func ask(_ text: String) -> [UInt8] {
        FileHandle.standardError.write(Data(text.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        var bytes: [UInt8] = []
        while true {
            var byte: UInt8 = 0
            let count = Foundation.read(STDIN_FILENO, &byte, 1)
            if count <= 0 || byte == UInt8(ascii: "\n") { break }
            bytes.append(byte)
        }
        return bytes
    }
}
