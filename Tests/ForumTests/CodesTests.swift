import Sealing
import Testing
@testable import Forum

@Suite("Invite and recovery codes")
struct CodesTests {
    static let alphabet = Set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    /// The code with its dashes replaced.
    func dashes(_ display: String, _ replacement: String) -> String {
        display.split(separator: "-").joined(separator: replacement)
    }

    /// Groups of four code characters joined by single dashes.
    func isWellFormed(_ display: String, groups: Int) -> Bool {
        let parts = display.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == groups && parts.allSatisfy { $0.count == 4 && $0.allSatisfy(Self.alphabet.contains) }
    }

    @Test("generated codes have the documented shape")
    func shape() {
        #expect(InviteCode.length == 12)
        #expect(RecoveryCode.length == 20)
        for _ in 0..<200 {
            let invite = InviteCode.generate()
            #expect(isWellFormed(invite.display, groups: 3), "\(invite.display)")
            #expect(invite.display.count == 14)
            let recovery = RecoveryCode.generate()
            #expect(isWellFormed(recovery.display, groups: 5), "\(recovery.display)")
            #expect(recovery.display.count == 24)
        }
    }

    @Test("display round-trips through typing, in any case and spacing")
    func roundTrips() throws {
        for _ in 0..<200 {
            let invite = InviteCode.generate()
            let display = invite.display
            let plain = dashes(display, "")
            for typed in [display, display.lowercased(), plain, plain.lowercased(),
                          " " + dashes(display, " ") + "\n",
                          dashes(display, " \u{2013} ")] {
                let read = try #require(InviteCode(typed: typed), "\(typed)")
                #expect(read == invite)
                #expect(read.display == display)
                #expect(read.storageHash == invite.storageHash)
            }
            let recovery = RecoveryCode.generate()
            #expect(RecoveryCode(typed: recovery.display) == recovery)
            #expect(RecoveryCode(typed: recovery.display.lowercased()) == recovery)
            #expect(RecoveryCode(typed: dashes(recovery.display, "")) == recovery)
        }
    }

    @Test("look-alikes are read as Crockford does: O is 0, I and L are 1")
    func lookAlikes() throws {
        let canonical = try #require(InviteCode(typed: "0110-ABCD-EF01"))
        #expect(canonical.display == "0110-ABCD-EF01")
        for typed in ["OIL0-ABCD-EF0I", "oil0 abcd ef0i", "o1lO-abcd-efoL", "OILO-ABCD-EFOL"] {
            #expect(InviteCode(typed: typed) == canonical, "\(typed)")
            #expect(InviteCode(typed: typed)?.storageHash == canonical.storageHash, "\(typed)")
        }
        let recovery = try #require(RecoveryCode(typed: "oooo-iiii-llll-1111-0000"))
        #expect(recovery.display == "0000-1111-1111-1111-0000")
    }

    @Test("wrong lengths and characters are refused", arguments: [
        "", "-", "    ", "ABCD-EFGH-JKM", "ABCD-EFGH-JKMNP", "ABCD-EFGH-JKMN-P",
        "ABCD-EFGH-JKMU", "ABCD-EFGH-JKM!", "ABCD-EFGH-JKM_", "ABCD.EFGH.JKMN", "ABCD/EFGH/JKMN",
        "ABCD-EFGH-JKMß", "ABCD-EFGH-JKＭN", "ABCD-EFGH-JK😀N", "ABCD-EFGH-JKMÖ", "ABCD-EFGH-JKMN-ABCD-EFGH",
    ])
    func invitesRefused(typed: String) {
        #expect(InviteCode(typed: typed) == nil)
    }

    @Test("recovery codes refuse invite-length codes and vice versa")
    func lengthsDoNotMix() {
        let invite = InviteCode.generate()
        let recovery = RecoveryCode.generate()
        #expect(RecoveryCode(typed: invite.display) == nil)
        #expect(InviteCode(typed: recovery.display) == nil)
        #expect(RecoveryCode(typed: recovery.display + "A") == nil)
        #expect(RecoveryCode(typed: String(recovery.display.dropLast())) == nil)
        #expect(RecoveryCode(typed: "ABCD-EFGH-JKMN-PQRS-TVWU") == nil)
        #expect(RecoveryCode(typed: String(repeating: "A", count: 100_000)) == nil)
    }

    @Test("codes are distinct over many draws, and so are their hashes")
    func distinct() {
        let invites = (0..<10_000).map { _ in InviteCode.generate() }
        #expect(Set(invites).count == invites.count)
        #expect(Set(invites.map(\.storageHash)).count == invites.count)
        let recoveries = (0..<10_000).map { _ in RecoveryCode.generate() }
        #expect(Set(recoveries).count == recoveries.count)
        #expect(Set(recoveries.map(\.storageHash)).count == recoveries.count)
    }

    @Test("every character of the alphabet turns up, in every position")
    func uniform() {
        var seen = Array(repeating: Set<Character>(), count: RecoveryCode.length)
        for _ in 0..<2_000 {
            for (position, character) in RecoveryCode.generate().display.filter({ $0 != "-" }).enumerated() {
                seen[position].insert(character)
            }
        }
        #expect(seen.allSatisfy { $0 == Self.alphabet })
    }

    @Test("each random byte maps to alphabet[byte % 32]")
    func byteMapping() {
        let bytes = (0...255).map(UInt8.init)
        let code = CrockfordCode(randomBytes: bytes)
        let expected = String((0..<8).flatMap { _ in CrockfordCode.alphabet })
        #expect(code.normalised == expected)
        #expect(CrockfordCode.alphabet.count == 32)
        #expect(Set(CrockfordCode.alphabet).count == 32)
        #expect(!CrockfordCode.alphabet.contains { "ILOU".contains($0) })
    }

    @Test("the storage hash is BLAKE2b-256 of the normalised code, and stable")
    func hashStability() throws {
        let invite = try #require(InviteCode(typed: "7q4k 93mx b2cd"))
        #expect(invite.display == "7Q4K-93MX-B2CD")
        #expect(invite.storageHash == Digest.hash(Array("7Q4K93MXB2CD".utf8)))
        // Pinned: `printf 7Q4K93MXB2CD | b2sum -l 256`.
        #expect(hex(invite.storageHash) == "37311b755df88d9f1b81612ef7ce0f3306810b7938526dadb2a25c565bd6476e")
        let recovery = try #require(RecoveryCode(typed: "7Q4K-93MX-B2CD-EF5G-HJ6K"))
        #expect(hex(recovery.storageHash) == "f4d805860df8352462a4e41a13864eead94865e921b0bd9d526e7196d9f79ac4")
        #expect(recovery.storageHash == RecoveryCode(typed: "7q4k93mxb2cdef5ghj6k")?.storageHash)
        #expect(invite.storageHash.count == 32)
    }

    @Test("codes do not print themselves by accident")
    func redacted() {
        let invite = InviteCode.generate()
        let recovery = RecoveryCode.generate()
        #expect(!"\(invite)".contains(invite.display))
        #expect(!String(reflecting: invite).contains(invite.display))
        #expect(!"\(recovery)".contains(recovery.display))
        #expect(!String(reflecting: recovery).contains(recovery.display))
    }
}
