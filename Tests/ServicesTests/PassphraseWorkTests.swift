import Foundation
import Sealing
import Testing
import Services

/// Sign-in work an attacker can ask for is bounded: a few Argon2 checks at once, a short queue,
/// and a memory of wrong tries that does not grow with what is sent.
@Suite("bounded passphrase work")
struct PassphraseWorkTests {
    @Test("beyond the pool and its queue, checks are refused at once rather than queued without end")
    func queueIsBounded() async throws {
        let work = try PassphraseWork()
        let hash = try PassphraseHash.hash(Array("correct horse".utf8), strength: .interactive)
        let attempts = 40
        let outcomes = await withTaskGroup(of: Bool?.self) { group in
            for _ in 0..<attempts {
                group.addTask {
                    do { return try await work.verify(Array("wrong".utf8), against: hash) } catch { return nil }
                }
            }
            var all: [Bool?] = []
            for await outcome in group { all.append(outcome) }
            return all
        }
        let refused = outcomes.filter { $0 == nil }.count
        #expect(refused > 0, "40 checks at once should overflow \(PassphraseWork.threads) threads and \(PassphraseWork.queueLimit) waiting")
        #expect(attempts - refused >= PassphraseWork.threads, "the pool should still do its work")
        #expect(outcomes.allSatisfy { $0 != true }, "a wrong passphrase never matches")
        // Once the burst is over, the next check is done.
        #expect(try await work.verify(Array("correct horse".utf8), against: hash))
    }

    @Test("a passphrase longer than the limit is refused without hashing it")
    func longPassphrase() async throws {
        let work = try PassphraseWork()
        let long = Array(repeating: UInt8(ascii: "a"), count: PassphraseWork.longestPassphrase + 1)
        let hash = try PassphraseHash.hash(long, strength: .interactive)
        #expect(try await !work.verify(long, against: hash))
    }

    @Test("with no account, the decoy is checked and nothing matches, whatever is typed")
    func noAccountNeverMatches() async throws {
        let work = try PassphraseWork()
        let hash = try PassphraseHash.hash(Array("correct horse".utf8), strength: .interactive)
        #expect(try await work.verify(Array("correct horse".utf8), againstAccount: hash))
        #expect(try await !work.verify(Array("correct horse".utf8), againstAccount: nil))
        #expect(try await !work.verify([], againstAccount: nil))
    }
}
