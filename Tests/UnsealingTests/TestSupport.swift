@_exported import TestSupport
@testable import Unsealing

/// A copy of the secret key bytes, through the module-internal accessor (tests only).
func secretBytes(_ keyPair: KeyPair) -> [UInt8] {
    keyPair.secretKey.withUnsafeBytes { Array($0) }
}
