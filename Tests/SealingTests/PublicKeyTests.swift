import Foundation
import Testing
@testable import Sealing

@Suite("Public key and its file")
struct PublicKeyTests {
    @Test("base64 round trip; 44 characters; surrounding whitespace tolerated")
    func base64RoundTrip() throws {
        let key = PublicKey.throwaway()
        #expect(key.bytes.count == 32)
        #expect(key.base64.count == 44)
        #expect(Data(base64Encoded: key.base64) == Data(key.bytes))  // standard base64, as any tool reads it
        #expect(try PublicKey(base64: key.base64) == key)
        #expect(try PublicKey(base64: "  \n\(key.base64)\r\n\t ") == key)
    }

    @Test("file round trip: one line of base64 and a newline")
    func fileRoundTrip() throws {
        try withTemporaryDirectory { directory in
            let key = PublicKey.throwaway()
            let url = directory.appendingPathComponent("analysis.pub")
            try key.write(to: url)
            #expect(try String(contentsOf: url, encoding: .utf8) == key.base64 + "\n")
            #expect(try PublicKey.load(from: url) == key)
        }
    }

    @Test("a file without the trailing newline, or with CRLF, still loads")
    func lenientLineEndings() throws {
        try withTemporaryDirectory { directory in
            let key = PublicKey.throwaway()
            for (name, text) in [("bare", key.base64), ("crlf", key.base64 + "\r\n")] {
                let url = directory.appendingPathComponent(name)
                try Data(text.utf8).write(to: url)
                #expect(try PublicKey.load(from: url) == key)
            }
        }
    }

    @Test("wrong byte length is rejected", arguments: [0, 1, 31, 33, 64])
    func wrongLength(count: Int) throws {
        #expect(throws: SealingError.publicKeyWrongLength(actual: count)) {
            try PublicKey(bytes: [UInt8](repeating: 7, count: count))
        }
        let text = Data([UInt8](repeating: 7, count: count)).base64EncodedString()
        #expect(throws: SealingError.publicKeyWrongLength(actual: count)) { try PublicKey(base64: text) }
    }

    @Test("text that is not standard base64 is rejected", arguments: [
        "not base64 at all!",
        "AAAA AAAA",                                      // space inside
        "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80",    // missing padding
        "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=x",  // trailing junk
        "-_-_EjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=",   // URL-safe alphabet
    ])
    func notBase64(text: String) {
        #expect(throws: SealingError.publicKeyNotBase64) { try PublicKey(base64: text) }
    }

    @Test("a public key file of the wrong length or not base64 is rejected, naming the file",
          arguments: ["\(Data(repeating: 1, count: 16).base64EncodedString())\n", "hello world\n", "\n", ""])
    func badFile(contents: String) throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("analysis.pub")
            try Data(contents.utf8).write(to: url)
            let error = #expect(throws: SealingError.self) { try PublicKey.load(from: url) }
            #expect(error?.caseName == "publicKeyFileInvalid")
            #expect(error?.description.hasPrefix("\(path(url)) is not a public key file") == true)
        }
    }

    @Test("a secret key file passed as the public key is refused with a clear message")
    func secretKeyFileRefused() throws {
        try withTemporaryDirectory { directory in
            // Sealing cannot write a real one (Unsealing can; UnsealingTests repeats this with one):
            // the file's first line is enough for the server to recognise it.
            let url = directory.appendingPathComponent("analysis.key")
            try Data(#"{"format":"chorus-analysis-secret-key","version":1}"#.utf8).write(to: url)
            let error = #expect(throws: SealingError.secretKeyFileGivenAsPublicKey(path: path(url))) {
                try PublicKey.load(from: url)
            }
            #expect(error?.description ==
                "\(path(url)) is a secret key file. The server needs only the public key (analysis.pub); keep the secret key offline.")
        }
    }

    @Test("a missing file is a clear read error")
    func missingFile() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("nope.pub")
            let error = #expect(throws: SealingError.self) { try PublicKey.load(from: url) }
            #expect(error?.caseName == "fileUnreadable")
            #expect(error?.description.contains(path(url)) == true)
        }
    }

    @Test("a huge file is rejected without reading it whole")
    func hugeFile() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("bundle.jsonl")
            try Data(repeating: 0x41, count: 200_000).write(to: url)
            let error = #expect(throws: SealingError.self) { try PublicKey.load(from: url) }
            #expect(error?.caseName == "publicKeyFileInvalid")
        }
    }
}
