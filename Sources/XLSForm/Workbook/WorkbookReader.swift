import CompressNIO
import Foundation
import NIOCore
import ZIPFoundation

extension Workbook {
    /// Reads the sheets of an .xlsx file (a zip of XML parts), within `limits`.
    public static func read(_ data: Data, limits: XLSXLimits = .standard) throws(XLSXReadError) -> Workbook {
        guard data.count <= limits.fileBytes else {
            throw XLSXReadError("the file is \(data.count / 1_000_000) MB, more than the \(limits.fileBytes / 1_000_000) MB a form could need. Check that this is the right file.")
        }
        guard data.starts(with: [0x50, 0x4B]) else {
            throw .notAWorkbook("it is not a zip file, as every .xlsx is")
        }
        // ZIPFoundation's in-memory archive traps when a damaged header points past the end of the
        // data (MemoryFile.readData, 0.9.20; found by chorus-fuzz); its file-backed reading fails
        // cleanly instead. So the bytes go to an owner-only temporary file, removed at once.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("chorus-xlsform-\(UUID().uuidString).xlsx")
        guard FileManager.default.createFile(atPath: file.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw XLSXReadError("could not write a temporary copy of the file in \(file.deletingLastPathComponent().path). Check that the temporary folder can be written (TMPDIR), and try again.")
        }
        defer { try? FileManager.default.removeItem(at: file) }
        return try read(archiveAt: file, bytes: data, limits: limits)
    }

    /// Reads the sheets of the .xlsx file at `url`, within `limits`.
    public static func read(fileAt url: URL, limits: XLSXLimits = .standard) throws(XLSXReadError) -> Workbook {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
        if let size, size > limits.fileBytes {
            throw XLSXReadError("the file is \(size / 1_000_000) MB, more than the \(limits.fileBytes / 1_000_000) MB a form could need. Check that this is the right file.")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw XLSXReadError("cannot read \(url.path). Check the name and that you may read it.")
        }
        return try read(data, limits: limits)
    }

    /// The sheets, from the zip at `file` whose bytes are `bytes`.
    private static func read(archiveAt file: URL, bytes: Data, limits: XLSXLimits) throws(XLSXReadError) -> Workbook {
        let archive: Archive
        do {
            archive = try Archive(url: file, accessMode: .read)
        } catch {
            throw .notAWorkbook("the zip file is damaged")
        }
        let parts = ZipParts(archive: archive, bytes: bytes, limits: limits)

        let workbook = WorkbookPart()
        try workbook.parse(try parts.required("xl/workbook.xml"), part: "xl/workbook.xml")
        let relationships = RelationshipsPart()
        try relationships.parse(try parts.required("xl/_rels/workbook.xml.rels"), part: "xl/_rels/workbook.xml.rels")

        var sharedStrings: [String] = []
        let sharedPath = relationships.types.first { $0.value.hasSuffix("/sharedStrings") }
            .flatMap { relationships.targets[$0.key] } ?? "xl/sharedStrings.xml"
        if let data = try parts.optional(sharedPath) {
            let part = SharedStringsPart()
            try part.parse(data, part: sharedPath)
            sharedStrings = part.strings
        }

        var sheets: [Sheet] = []
        for (name, id) in workbook.sheets {
            guard let path = relationships.targets[id] else {
                throw .notAWorkbook("sheet '\(name)' has no part in xl/_rels/workbook.xml.rels")
            }
            // A chart sheet or a macro sheet has no cells: a form never keeps its questions there.
            guard relationships.types[id]?.hasSuffix("/worksheet") ?? true else { continue }
            let part = WorksheetPart(sheetName: name, sharedStrings: sharedStrings, limits: limits)
            try part.parse(try parts.required(path), part: path)
            sheets.append(Sheet(name: name, rows: part.rows))
        }
        return Workbook(sheets: sheets)
    }
}

/// The parts of the zip. ZIPFoundation reads the zip's directory (which parts there are, where,
/// how large, how packed); each part's bytes are then taken from the file and inflated with zlib
/// (CompressNIO), never past `limits.partBytes`. ZIPFoundation 0.9.20's own inflating reads until
/// the stream says it has ended, and at the end of the file it reads nothing, for ever: a part whose
/// stream is cut short hung the import (found by chorus-fuzz). Taking exactly the part's bytes
/// means a cut stream gives a short part, which then fails as XML.
private struct ZipParts {
    let archive: Archive
    let bytes: Data
    let limits: XLSXLimits

    func required(_ path: String) throws(XLSXReadError) -> Data {
        guard let data = try optional(path) else { throw .notAWorkbook("it has no \(path)") }
        return data
    }

    func optional(_ path: String) throws(XLSXReadError) -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= UInt64(limits.partBytes) else { throw tooLarge(path) }
        guard let packed = ZipEntryBytes.of(entry, in: bytes) else {
            throw .notAWorkbook("\(path) cannot be unpacked: the zip file is damaged")
        }
        guard entry.isCompressed else {
            guard packed.count <= limits.partBytes else { throw tooLarge(path) }
            return packed
        }
        var buffer = ByteBuffer(bytes: packed)
        let inflated: ByteBuffer
        do {
            // One byte over the limit tells a part that is too large from one that is exactly the limit.
            inflated = try buffer.decompress(with: .deflate, maxSize: limits.partBytes + 1)
        } catch let error as CompressNIOError where error == .bufferOverflow {
            throw tooLarge(path)
        } catch {
            throw .notAWorkbook("\(path) cannot be unpacked: the zip file is damaged")
        }
        guard inflated.readableBytes <= limits.partBytes else { throw tooLarge(path) }
        return Data(inflated.readableBytesView)
    }

    private func tooLarge(_ path: String) -> XLSXReadError {
        XLSXReadError("\(path) is larger than \(limits.partBytes / 1_000_000) MB once unpacked, far more than a form needs. Check that this is the right file.")
    }
}
