import NIOPosix
import Sealing
import Synchronization

/// Argon2id work (checking and making passphrase hashes) on a small pool of its own threads, with
/// a short queue.
///
/// Each check costs 64 MiB and tens of milliseconds on purpose. Run on the server's own threads,
/// four clients posting random names took a survey page from 2 ms to 160 ms and memory to 183 MB.
/// Here at most `threads` run at once, at most `queueLimit` wait, and anyone beyond that is told
/// to try again in a moment (`Busy`): survey pages never wait behind sign-ins.
public final class PassphraseWork: Sendable {
    public static let threads = 2
    public static let queueLimit = 8
    /// The longest passphrase hashed; longer ones are refused before any work (Argon2 reads all
    /// of it, and no one types more).
    public static let longestPassphrase = 1024

    /// Too many checks are running or waiting: the page says to try again in a moment.
    public struct Busy: Error, Sendable {}

    private let pool: NIOThreadPool
    private let inFlight = Mutex(0)
    /// A hash of 32 random bytes nobody has, checked when nobody has the name typed at a sign-in
    /// (`verify(_:againstAccount:)`), so a wrong name takes as long as a wrong passphrase and no
    /// answer tells anybody which names exist. One per server, made at start.
    private let decoyHash: String

    public init() throws {
        decoyHash = try PassphraseHash.hash(SecureRandom.bytes(32), strength: .interactive)
        pool = NIOThreadPool(numberOfThreads: Self.threads)
        pool.start()
    }

    deinit { try? pool.syncShutdownGracefully() }

    /// `PassphraseHash.verify`, off the server's threads. A passphrase over the limit never matches.
    public func verify(_ passphrase: [UInt8], against encoded: String) async throws(Busy) -> Bool {
        guard passphrase.count <= Self.longestPassphrase else { return false }
        return try await run { PassphraseHash.verify(passphrase, against: encoded) }
    }

    /// `verify` against an account's hash, or against the decoy when there is no such account
    /// (nil): the same work either way, and no match without an account.
    public func verify(_ passphrase: [UInt8], againstAccount encoded: String?) async throws(Busy) -> Bool {
        let matches = try await verify(passphrase, against: encoded ?? decoyHash)
        return encoded != nil && matches
    }

    /// `PassphraseHash.hash`, off the server's threads.
    public func hash(_ passphrase: [UInt8], strength: KeyDerivationStrength) async throws -> String {
        try await run { try PassphraseHash.hash(passphrase, strength: strength) }.get()
    }

    private func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async throws(Busy) -> T {
        let admitted = inFlight.withLock { count in
            guard count < Self.threads + Self.queueLimit else { return false }
            count += 1
            return true
        }
        guard admitted else { throw Busy() }
        defer { inFlight.withLock { $0 -= 1 } }
        do {
            return try await pool.runIfActive(work)
        } catch {
            throw Busy()
        }
    }

    private func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws(Busy) -> Result<T, any Error> {
        try await run { Result { try work() } }
    }
}
