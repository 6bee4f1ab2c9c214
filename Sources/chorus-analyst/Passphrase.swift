import Foundation
import Sealing

/// Reads the passphrase that protects the secret key, from a file or from the terminal without echo.
enum Passphrase {
    static let minimumLength = 12

    /// The passphrase bytes. The caller wipes them with `Sodium.wipe` when done.
    static func read(file: String?, confirm: Bool) throws -> [UInt8] {
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw Failure("Cannot read the passphrase file \(file). Check the path and its permissions.")
            }
            var bytes = [UInt8](data)
            // A file written by an editor or `echo` ends with a newline that is not part of the passphrase.
            while let last = bytes.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r") { bytes.removeLast() }
            return try checked(bytes)
        }
        guard isatty(STDIN_FILENO) == 1 else {
            throw Failure("No --passphrase-file was given and there is no terminal to ask on. Give --passphrase-file FILE.")
        }
        let first = try prompt("Passphrase for the analysis key: ")
        if confirm {
            var second = try prompt("Type it again: ")
            defer { Sodium.wipe(&second) }
            guard first == second else { throw Failure("The two passphrases differ. Nothing was written; try again.") }
        }
        return try checked(first)
    }

    private static func checked(_ bytes: [UInt8]) throws -> [UInt8] {
        guard bytes.count >= minimumLength else {
            throw Failure("The passphrase is too short. Use at least \(minimumLength) characters; several unrelated words are easy to remember and hard to guess.")
        }
        return bytes
    }

    /// Reads one line from the terminal with echo off.
    private static func prompt(_ text: String) throws -> [UInt8] {
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
