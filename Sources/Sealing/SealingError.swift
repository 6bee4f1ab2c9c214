/// Everything that can go wrong in sealing, opening and key handling. Each description says what
/// happened and what to do, because these messages reach leads and operators, not developers.
/// Unsealing throws the opening and secret-key cases: one type keeps every message in one place,
/// and naming a failure gives the server no way to open anything.
public enum SealingError: Error, CustomStringConvertible, Equatable, Sendable {
    case publicKeyWrongLength(actual: Int)
    case publicKeyNotBase64
    /// A file given as a public key does not hold one; `problem` says why.
    case publicKeyFileInvalid(path: String, problem: String)
    case secretKeyFileGivenAsPublicKey(path: String)
    case publicKeyFileGivenAsSecretKey(path: String)
    case fileUnreadable(path: String, reason: String)
    case fileUnwritable(path: String, reason: String)
    case fileAlreadyExists(path: String)
    case emptyPassphrase
    case wrongPassphrase(path: String)
    case secretKeyFileCorrupt(path: String, problem: String)
    case secretKeyFileUnsupported(path: String, problem: String)
    case secretKeyDoesNotMatchPublicKey(path: String)
    case keyDerivationFailed(memoryBytes: Int)
    case sealFailed
    case boxTooShort(length: Int)
    case cannotOpen
    case invalidPadding
    case secureMemoryUnavailable

    public var description: String {
        switch self {
        case .publicKeyWrongLength(let actual):
            return "The public key is \(actual) bytes long, but an X25519 public key is exactly \(Sizes.publicKey) bytes. Use the analysis.pub written by `chorus-analyst keygen`, unchanged."
        case .publicKeyNotBase64:
            return "The public key is not standard base64. Use the one-line analysis.pub written by `chorus-analyst keygen`, unchanged."
        case .publicKeyFileInvalid(let path, let problem):
            return "\(path) is not a public key file: \(problem). It should hold one line, the base64 of \(Sizes.publicKey) bytes, as written by `chorus-analyst keygen` (analysis.pub)."
        case .secretKeyFileGivenAsPublicKey(let path):
            return "\(path) is a secret key file. The server needs only the public key (analysis.pub); keep the secret key offline."
        case .publicKeyFileGivenAsSecretKey(let path):
            return "\(path) is a public key file. Opening responses needs the secret key file (analysis.key) written by `chorus-analyst keygen`."
        case .fileUnreadable(let path, let reason):
            return "Cannot read \(path): \(reason). Check the path and its permissions."
        case .fileUnwritable(let path, let reason):
            return "Cannot write \(path): \(reason). Check that the folder exists and that you may write to it."
        case .fileAlreadyExists(let path):
            return "\(path) already exists. Chorus never overwrites a key file; move the old one somewhere safe or choose another folder."
        case .emptyPassphrase:
            return "The passphrase is empty. Use a long passphrase (several words) and keep it apart from the key file."
        case .wrongPassphrase(let path):
            return "The passphrase does not open \(path). Check it and try again."
        case .secretKeyFileCorrupt(let path, let problem):
            return "\(path) is damaged or is not a Chorus secret key file: \(problem). Restore it from your backup."
        case .secretKeyFileUnsupported(let path, let problem):
            return "\(path) is a Chorus secret key file this version cannot read: \(problem). Use the chorus-analyst that wrote it, or a newer one."
        case .secretKeyDoesNotMatchPublicKey(let path):
            return "\(path) is inconsistent: the secret key inside does not match its public_key. The file has been altered; restore it from your backup."
        case .keyDerivationFailed(let memoryBytes):
            return "Could not derive a key from the passphrase: Argon2id needs \(memoryBytes / (1024 * 1024)) MiB of memory. Close other programs or use a machine with more memory, and try again."
        case .sealFailed:
            return "Could not seal the response to the public key (libsodium refused the key, e.g. an all-zero key). Generate a new key pair with `chorus-analyst keygen` and give the server its analysis.pub."
        case .boxTooShort(let length):
            return "The sealed box is \(length) bytes, shorter than any Chorus sealed response (at least \(Sizes.sealOverhead + Padding.blockSize)). It was truncated or is not a sealed response; check the bundle it came from."
        case .cannotOpen:
            return "This sealed box cannot be opened with this key: it was sealed to a different public key, or it has been altered. Check that analysis.key matches the analysis.pub the server used."
        case .invalidPadding:
            return "The data is not padded the Chorus way (sodium_pad to \(Padding.blockSize)-byte blocks), so it was not sealed by Chorus or was altered after sealing. Check where it came from."
        case .secureMemoryUnavailable:
            return "Could not allocate protected memory for secret key material. Free some memory (or raise the locked-memory limit, `ulimit -l`) and try again."
        }
    }
}
