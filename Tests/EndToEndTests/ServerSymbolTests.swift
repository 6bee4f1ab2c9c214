import Foundation
import Testing

/// Issue 13: the server must not even link code that opens a sealed response. A source scan
/// (SafetyTests) can be fooled by a new module or a renamed type; the built binary cannot, so this
/// reads chorus-server's symbol table with `nm` (binutils). The debug build links every object
/// file of every target it depends on (nothing is dead-stripped), so merely depending on
/// Unsealing shows up here, used or not.
@Suite struct ServerSymbolTests {
    /// libsodium functions that only opening needs (sealed boxes, boxes, and the secretbox that
    /// protects the secret key file), matched as prefixes so the _easy, _detached and _afternm
    /// variants count too. Not crypto_pwhash: the server hashes staff passphrases with Argon2id.
    static let openingFunctions = [
        "crypto_box_seal_open",
        "crypto_box_open",
        "crypto_box_curve25519xsalsa20poly1305_open",
        "crypto_secretbox_open",
        "crypto_secretbox_xsalsa20poly1305_open",
    ]

    /// Swift mangles a declaration's module into its symbol as length + name: `$s9Unsealing6OpenerV…`.
    static let unsealingModule = "9Unsealing"

    /// Every symbol name in `binary`, defined or imported: the static table and the dynamic one
    /// (libsodium is a shared library, so its functions appear as undefined imports).
    static func symbols(of binary: URL) throws -> Set<String> {
        var names = Set<String>()
        for arguments in [[binary.path], ["-D", binary.path]] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["nm"] + arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            do {
                try process.run()
            } catch {
                throw TestFailure("Cannot run nm (\(error)). Install binutils (`make setup` does).")
            }
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            // The dynamic table is extra (Linux lists imports in both); macOS's nm may refuse -D.
            if process.terminationStatus != 0 && arguments.first == "-D" { continue }
            guard process.terminationStatus == 0 else {
                throw TestFailure("nm \(arguments.joined(separator: " ")) failed (status \(process.terminationStatus)); is binutils installed?")
            }
            for line in String(decoding: output, as: UTF8.self).split(separator: "\n") {
                // "<address> <type> <name>" or "<type> <name>" for imports; names hold no spaces.
                guard var name = line.split(separator: " ").last.map(String.init) else { continue }
                if let at = name.firstIndex(of: "@") { name = String(name[..<at]) }  // ELF version suffix
                if name.hasPrefix("_") && !name.hasPrefix("_$s") && !name.hasPrefix("__") { name.removeFirst() }  // Mach-O C names
                names.insert(name)
            }
        }
        return names
    }

    /// The names among `symbols` that could open a box or belong to Unsealing, libsodium's first.
    static func forbidden(in symbols: Set<String>) -> [String] {
        let functions = symbols.filter { name in openingFunctions.contains { name.hasPrefix($0) } }
        return functions.sorted() + symbols.filter { $0.contains(unsealingModule) }.subtracting(functions).sorted()
    }

    @Test func theServerBinaryHasNoSymbolThatOpensABox() throws {
        let symbols = try Self.symbols(of: try Paths.binary("chorus-server"))
        // Guards against passing for the wrong reason (a stripped binary, nm printing nothing):
        // the server seals, and is built from Sealing.
        #expect(symbols.contains("crypto_box_seal"), "nm shows no crypto_box_seal in chorus-server: is it stripped?")
        #expect(symbols.contains { $0.contains("7Sealing") }, "nm shows no Swift symbol of Sealing in chorus-server")

        let found = Self.forbidden(in: symbols)
        if !found.isEmpty {  // a short message: there can be hundreds of them
            Issue.record("""
                chorus-server links code that can open a sealed response (\(found.count) symbols), e.g.:
                \(found.prefix(8).joined(separator: "\n"))
                Opening belongs in Unsealing, which only chorus-analyst may depend on (issue 13).
                """)
        }
    }

    @Test func theAnalystBinaryDoesLinkOpening() throws {
        // The same check run on the analyst must find what the server lacks, or it proves nothing.
        let found = Self.forbidden(in: try Self.symbols(of: try Paths.binary("chorus-analyst")))
        #expect(found.contains("crypto_box_seal_open"))
        #expect(found.contains { $0.contains(Self.unsealingModule) })
    }

    /// What the binary test enforces, said at the source: only the analyst's side imports Unsealing, and
    /// only the two crypto modules call libsodium.
    @Test func onlyTheAnalystImportsUnsealingAndOnlyTheCryptoModulesImportLibsodium() throws {
        let sources = Paths.packageRoot.appendingPathComponent("Sources")
        let modules = try FileManager.default.contentsOfDirectory(atPath: sources.path)
        for module in modules {
            let root = sources.appendingPathComponent(module)
            guard let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in files where file.pathExtension == "swift" {
                let source = try String(contentsOf: file, encoding: .utf8)
                // Issue.record rather than #expect(!source.contains(…)), which would print the whole file.
                if !["Unsealing", "Analysis", "chorus-analyst"].contains(module) && source.contains("import Unsealing") {
                    Issue.record("\(module)/\(file.lastPathComponent) imports Unsealing; only the analyst's side (Analysis, chorus-analyst) may (issue 13)")
                }
                if !["Sealing", "Unsealing"].contains(module) && source.contains("import CSodium") {
                    Issue.record("\(module)/\(file.lastPathComponent) imports libsodium; only Sealing and Unsealing may")
                }
            }
        }
    }
}
