import Foundation

/// Reads a file line by line in fixed-size chunks, so a bundle of any size streams through in
/// constant memory. Lines longer than `maximumLineLength` are reported, not buffered without end.
public struct LineReader: Sequence, IteratorProtocol {
    public enum Line: Equatable {
        case text(Substring)
        /// A line too long to be a bundle line; its start is dropped and reading goes on.
        case tooLong
    }

    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    public private(set) var bytesRead: UInt64 = 0
    public let maximumLineLength: Int

    public init(url: URL, maximumLineLength: Int = 1 << 20) throws {
        handle = try FileHandle(forReadingFrom: url)
        self.maximumLineLength = maximumLineLength
    }

    public mutating func next() -> Line? {
        var skipping = false
        while true {
            if let newline = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) {
                let bytes = buffer[position..<newline]
                position = newline + 1
                if skipping || bytes.count > maximumLineLength { return .tooLong }
                return .text(Substring(decoding: bytes, as: UTF8.self))
            }
            if buffer.count - position > maximumLineLength {
                skipping = true
                buffer.removeAll(keepingCapacity: true)
                position = 0
            }
            if finished {
                guard position < buffer.count else { return nil }
                let rest = buffer[position...]
                position = buffer.count
                return skipping || rest.count > maximumLineLength ? .tooLong : .text(Substring(decoding: rest, as: UTF8.self))
            }
            let chunk = (try? handle.read(upToCount: 64 * 1024)) ?? nil
            guard let chunk, !chunk.isEmpty else {
                finished = true
                continue
            }
            bytesRead += UInt64(chunk.count)
            buffer.removeSubrange(0..<position)
            position = 0
            buffer.append(contentsOf: chunk)
        }
    }
}
