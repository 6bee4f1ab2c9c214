internal import CSodium

/// Argon2id cost presets for turning a passphrase into a key (libsodium's own presets).
/// The key file records the numbers used, so a file written at any strength can be read back.
public enum KeyDerivationStrength: String, Sendable, CaseIterable {
    /// 2 passes, 64 MiB: fast; for tests and low-memory machines.
    case interactive
    /// 3 passes, 256 MiB: the default for the analysis key file.
    case moderate
    /// 4 passes, 1 GiB: slow (seconds); for the most careful setups.
    case sensitive

    /// Argon2id passes (crypto_pwhash OPSLIMIT_*).
    public var opsLimit: Int {
        Sodium.ensureInitialized()
        return switch self {
        case .interactive: Int(crypto_pwhash_argon2id_opslimit_interactive())
        case .moderate: Int(crypto_pwhash_argon2id_opslimit_moderate())
        case .sensitive: Int(crypto_pwhash_argon2id_opslimit_sensitive())
        }
    }

    /// Argon2id memory in bytes (crypto_pwhash MEMLIMIT_*).
    public var memLimit: Int {
        Sodium.ensureInitialized()
        return switch self {
        case .interactive: Int(crypto_pwhash_argon2id_memlimit_interactive())
        case .moderate: Int(crypto_pwhash_argon2id_memlimit_moderate())
        case .sensitive: Int(crypto_pwhash_argon2id_memlimit_sensitive())
        }
    }

    /// Costs accepted from a file: at least interactive (weaker would make guessing cheap),
    /// at most sensitive (more would let a crafted file make us allocate absurd memory or spin).
    package static let acceptedOpsLimits = interactive.opsLimit...sensitive.opsLimit
    package static let acceptedMemLimits = interactive.memLimit...sensitive.memLimit
}
