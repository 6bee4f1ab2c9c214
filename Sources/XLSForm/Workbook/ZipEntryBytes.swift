import Foundation
import ZIPFoundation

/// Where a zip entry's packed bytes are, within the zip's own bytes: from the entry's local header
/// (whose offset ZIPFoundation read from the directory) to its packed size. Nil for anything that
/// does not add up (a header that is not one, a part running past the end of the file, ZIP64
/// offsets, which no form needs), so a damaged file is refused rather than read past its end.
///
/// ZIPFoundation keeps the offset internal; it is read by reflection (`Mirror`) and, if a later
/// ZIPFoundation names it differently, every part reads as damaged rather than wrongly.
enum ZipEntryBytes {
    static let localHeaderSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    static let localHeaderLength = 30

    static func of(_ entry: Entry, in bytes: Data) -> Data? {
        guard let offset = localHeaderOffset(entry), offset != UInt64(UInt32.max),
              entry.compressedSize < UInt64(bytes.count) else { return nil }
        let start = bytes.startIndex
        func field(_ at: Int) -> Int { Int(bytes[start + at]) | Int(bytes[start + at + 1]) << 8 }
        let header = Int(offset)
        guard header + localHeaderLength <= bytes.count,
              bytes[(start + header)..<(start + header + 4)].elementsEqual(localHeaderSignature) else { return nil }
        let dataStart = header + localHeaderLength + field(header + 26) + field(header + 28)
        let dataEnd = dataStart + Int(entry.compressedSize)
        guard dataEnd <= bytes.count else { return nil }
        return bytes.subdata(in: (start + dataStart)..<(start + dataEnd))
    }

    private static func localHeaderOffset(_ entry: Entry) -> UInt64? {
        guard let directory = Mirror(reflecting: entry).children.first(where: { $0.label == "centralDirectoryStructure" })?.value,
              let offset = Mirror(reflecting: directory).children.first(where: { $0.label == "relativeOffsetOfLocalHeader" })?.value as? UInt32
        else { return nil }
        return UInt64(offset)
    }
}
