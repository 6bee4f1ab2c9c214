import Foundation
import Testing
@testable import Unsealing
import Sealing

@Suite("Secret key file")
struct SecretKeyFileTests {
    @Test("round trip: the key read back opens boxes sealed to the original public key")
    func roundTrip() throws {
        try withTemporaryDirectory { directory in
            let keyPair = KeyPair.generate()
            let url = directory.appendingPathComponent("analysis.key")
            try SecretKeyFile.write(keyPair, passphrase: testPassphrase, to: url, strength: .interactive)
            let read = try SecretKeyFile.read(from: url, passphrase: testPassphrase)
            #expect(read.publicKey == keyPair.publicKey)
            #expect(secretBytes(read) == secretBytes(keyPair))
            let box = try Sealer(publicKey: keyPair.publicKey).seal(Array("hello".utf8))
            #expect(try Opener(keyPair: read).open(box) == Array("hello".utf8))
        }
    }

    @Test("the file is the documented JSON, with the costs actually used")
    func documentedFormat() throws {
        try withTemporaryDirectory { directory in
            let keyPair = KeyPair.generate()
            let url = directory.appendingPathComponent("analysis.key")
            try SecretKeyFile.write(keyPair, passphrase: testPassphrase, to: url, strength: .interactive)
            let object = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
            #expect(Set(object.keys) == ["format", "version", "kdf", "opslimit", "memlimit", "salt", "nonce", "box", "public_key"])
            #expect(object["format"] as? String == "chorus-analysis-secret-key")
            #expect(object["version"] as? Int == 1)
            #expect(object["kdf"] as? String == "argon2id13")
            #expect(object["opslimit"] as? Int == KeyDerivationStrength.interactive.opsLimit)
            #expect(object["memlimit"] as? Int == KeyDerivationStrength.interactive.memLimit)
            #expect(object["public_key"] as? String == keyPair.publicKey.base64)
            #expect((object["salt"] as? String).flatMap { Data(base64Encoded: $0) }?.count == 16)
            #expect((object["nonce"] as? String).flatMap { Data(base64Encoded: $0) }?.count == 24)
            #expect((object["box"] as? String).flatMap { Data(base64Encoded: $0) }?.count == 48)
        }
    }

    @Test("a wrong passphrase fails with the clear message")
    func wrongPassphrase() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("analysis.key")
            try SecretKeyFile.write(KeyPair.generate(), passphrase: testPassphrase, to: url, strength: .interactive)
            let error = #expect(throws: SealingError.wrongPassphrase(path: path(url))) {
                try SecretKeyFile.read(from: url, passphrase: Array("correct horse battery stapler".utf8))
            }
            #expect(error?.description == "The passphrase does not open \(path(url)). Check it and try again.")
        }
    }

    @Test("an empty passphrase is refused when writing and when reading")
    func emptyPassphrase() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("analysis.key")
            #expect(throws: SealingError.emptyPassphrase) {
                try SecretKeyFile.write(KeyPair.generate(), passphrase: [], to: url, strength: .interactive)
            }
            #expect(!FileManager.default.fileExists(atPath: path(url)))
            try SecretKeyFile.write(KeyPair.generate(), passphrase: testPassphrase, to: url, strength: .interactive)
            #expect(throws: SealingError.emptyPassphrase) { try SecretKeyFile.read(from: url, passphrase: []) }
        }
    }

    @Test("refuses to overwrite an existing file, leaving it untouched")
    func refusesOverwrite() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("analysis.key")
            let first = KeyPair.generate()
            try SecretKeyFile.write(first, passphrase: testPassphrase, to: url, strength: .interactive)
            let before = try Data(contentsOf: url)
            #expect(throws: SealingError.fileAlreadyExists(path: path(url))) {
                try SecretKeyFile.write(KeyPair.generate(), passphrase: testPassphrase, to: url, strength: .interactive)
            }
            #expect(try Data(contentsOf: url) == before)
            #expect(try SecretKeyFile.read(from: url, passphrase: testPassphrase).publicKey == first.publicKey)

            let other = directory.appendingPathComponent("notes.txt")
            try Data("important".utf8).write(to: other)
            #expect(throws: SealingError.fileAlreadyExists(path: path(other))) {
                try SecretKeyFile.write(first, passphrase: testPassphrase, to: other, strength: .interactive)
            }
            #expect(try String(contentsOf: other, encoding: .utf8) == "important")
        }
    }

    @Test("refuses to write through a symlink planted at the path")
    func refusesSymlink() throws {
        try withTemporaryDirectory { directory in
            let target = directory.appendingPathComponent("elsewhere")
            let link = directory.appendingPathComponent("analysis.key")
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
            let error = #expect(throws: SealingError.self) {
                try SecretKeyFile.write(KeyPair.generate(), passphrase: testPassphrase, to: link, strength: .interactive)
            }
            #expect(error?.caseName == "fileAlreadyExists")
            #expect(!FileManager.default.fileExists(atPath: path(target)))
        }
    }

    @Test("the file is created with mode 0600")
    func fileMode() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("analysis.key")
            try SecretKeyFile.write(KeyPair.generate(), passphrase: testPassphrase, to: url, strength: .interactive)
            let attributes = try FileManager.default.attributesOfItem(atPath: path(url))
            let mode = try #require(attributes[.posixPermissions] as? NSNumber).intValue
            #expect(mode & 0o777 == 0o600)
        }
    }

    @Test("a folder that does not exist is a clear write error")
    func missingFolder() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("missing/analysis.key")
            let error = #expect(throws: SealingError.self) {
                try SecretKeyFile.write(KeyPair.generate(), passphrase: testPassphrase, to: url, strength: .interactive)
            }
            #expect(error?.caseName == "fileUnwritable")
            #expect(error?.description.contains(path(url)) == true)
        }
    }

    @Test("the file holds neither the raw secret key nor any plain encoding of it")
    func noPlainSecret() throws {
        try withTemporaryDirectory { directory in
            let keyPair = KeyPair.generate()
            let url = directory.appendingPathComponent("analysis.key")
            try SecretKeyFile.write(keyPair, passphrase: testPassphrase, to: url, strength: .interactive)
            let file = try Data(contentsOf: url)
            let text = String(decoding: file, as: UTF8.self)
            let secret = secretBytes(keyPair)
            #expect(secret.count == 32)
            #expect(file.range(of: Data(secret)) == nil)
            let standard = Data(secret).base64EncodedString()
            let unpadded = String(standard.prefix(43))  // 32 bytes: the last character is "="
            let urlSafe = unpadded.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            #expect(!text.contains(unpadded))
            #expect(!text.contains(urlSafe))
            #expect(!text.lowercased().contains(hex(secret)))
            // The passphrase is not stored either.
            #expect(!text.contains("correct horse"))
        }
    }

    @Test("two files for the same key and passphrase differ (fresh salt and nonce)")
    func freshSaltAndNonce() throws {
        try withTemporaryDirectory { directory in
            let keyPair = KeyPair.generate()
            let first = directory.appendingPathComponent("a.key")
            let second = directory.appendingPathComponent("b.key")
            try SecretKeyFile.write(keyPair, passphrase: testPassphrase, to: first, strength: .interactive)
            try SecretKeyFile.write(keyPair, passphrase: testPassphrase, to: second, strength: .interactive)
            #expect(try Data(contentsOf: first) != Data(contentsOf: second))
        }
    }

    @Test("a public key file passed as the secret key is named as such")
    func publicKeyFileRefused() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("analysis.pub")
            try KeyPair.generate().publicKey.write(to: url)
            #expect(throws: SealingError.publicKeyFileGivenAsSecretKey(path: path(url))) {
                try SecretKeyFile.read(from: url, passphrase: testPassphrase)
            }
        }
    }

    @Test("a missing file is a clear read error")
    func missingFile() throws {
        try withTemporaryDirectory { directory in
            let error = #expect(throws: SealingError.self) {
                try SecretKeyFile.read(from: directory.appendingPathComponent("analysis.key"), passphrase: testPassphrase)
            }
            #expect(error?.caseName == "fileUnreadable")
        }
    }

    @Test("a real secret key file passed as the public key is refused with a clear message")
    func secretKeyFileRefusedAsPublicKey() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("analysis.key")
            try SecretKeyFile.write(KeyPair.generate(), passphrase: testPassphrase, to: url, strength: .interactive)
            #expect(throws: SealingError.secretKeyFileGivenAsPublicKey(path: path(url))) {
                try PublicKey.load(from: url)
            }
        }
    }
}
