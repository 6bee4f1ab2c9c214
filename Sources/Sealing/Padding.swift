internal import CSodium

/// ISO/IEC 7816-4 padding (sodium_pad) to whole blocks, so a sealed response's length reveals
/// only how many 512-byte blocks its answers fill, not how long any free-text answer was.
public enum Padding {
    /// The block size of the sealed-plaintext contract (ARCHITECTURE.md, "Sealed plaintext").
    public static let blockSize = 512

    /// The length `pad` produces: the next multiple of `blockSize` strictly above `count`
    /// (there is always at least one padding byte, so 512 bytes pad to 1024).
    public static func paddedLength(_ count: Int, blockSize: Int = blockSize) -> Int {
        precondition(blockSize > 0 && count >= 0, "Padding needs a positive block size")
        return (count / blockSize + 1) * blockSize
    }

    public static func pad(_ data: [UInt8], blockSize: Int = blockSize) -> [UInt8] {
        Sodium.ensureInitialized()
        let length = paddedLength(data.count, blockSize: blockSize)
        var padded = [UInt8](repeating: 0, count: length)
        padded.withUnsafeMutableBufferPointer { buffer in
            _ = buffer.update(fromContentsOf: data)  // copies data into the front
            var written = 0
            let result = sodium_pad(&written, buffer.baseAddress!, data.count, blockSize, length)
            precondition(result == 0 && written == length, "sodium_pad failed with a buffer sized for it")
        }
        return padded
    }

    /// Removes the padding; throws `SealingError.invalidPadding` unless `data` is a whole number
    /// of blocks ending in a valid sodium_pad marker.
    public static func unpad(_ data: [UInt8], blockSize: Int = blockSize) throws -> [UInt8] {
        precondition(blockSize > 0, "Padding needs a positive block size")
        Sodium.ensureInitialized()
        guard !data.isEmpty, data.count % blockSize == 0 else { throw SealingError.invalidPadding }
        var unpaddedLength = 0
        let result = data.withUnsafeBufferPointer { buffer in
            sodium_unpad(&unpaddedLength, buffer.baseAddress!, buffer.count, blockSize)
        }
        guard result == 0 else { throw SealingError.invalidPadding }
        return Array(data[..<unpaddedLength])
    }
}
