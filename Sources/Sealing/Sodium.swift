// libsodium stays an implementation detail: no public declaration may expose its types, and
// modules importing Sealing do not get its symbols. Only Sealing (what the server needs: seal,
// public keys, digests, padding, random, staff passphrase hashes) and Unsealing (opening, secret
// keys and their files; linked only by chorus-analyst) call libsodium.
internal import CSodium

/// The single gate to libsodium's global state. Every public entry point of this module calls
/// `ensureInitialized()` first, so no caller has to remember to.
public enum Sodium {
    // A static let is initialised exactly once, under a lock, by the Swift runtime, so concurrent
    // first calls all wait for the same sodium_init() and see its result.
    private static let initResult: Int32 = sodium_init()

    /// Initialises libsodium once (thread-safe). Stops the process if libsodium cannot start,
    /// because sealing without a working random source would silently weaken every response.
    public static func ensureInitialized() {
        // 0: initialised now; 1: already initialised; -1: unusable (e.g. no random source).
        guard initResult >= 0 else {
            fatalError("libsodium could not be initialised (no usable random source?). Chorus cannot seal or open responses safely on this machine.")
        }
    }
}
