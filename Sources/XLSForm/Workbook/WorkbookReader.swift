import Foundation
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
        return try read(fileAt: file, limits: limits)
    }

    /// Reads the sheets of the .xlsx file at `url`, within `limits`.
    public static func read(fileAt url: URL, limits: XLSXLimits = .standard) throws(XLSXReadError) -> Workbook {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .notAWorkbook("the zip file is damaged")
        }
        let parts = ZipParts(archive: archive, limits: limits)

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

/// The parts of the zip, each read whole but never past `limits.partBytes`: the size a zip entry
/// declares can lie, so the bytes are counted as they are inflated.
private struct ZipParts {
    let archive: Archive
    let limits: XLSXLimits

    func required(_ path: String) throws(XLSXReadError) -> Data {
        guard let data = try optional(path) else { throw .notAWorkbook("it has no \(path)") }
        return data
    }

    func optional(_ path: String) throws(XLSXReadError) -> Data? {
        guard let entry = archive[path] else { return nil }
        let limit = limits.partBytes
        guard entry.uncompressedSize <= UInt64(limit) else { throw tooLarge(path) }
        var data = Data()
        var overLimit = false
        do {
            _ = try archive.extract(entry) { chunk in
                guard data.count + chunk.count <= limit else {
                    overLimit = true
                    throw CocoaError(.fileReadTooLarge)
                }
                data.append(chunk)
            }
        } catch {
            if overLimit { throw tooLarge(path) }
            throw .notAWorkbook("\(path) cannot be unpacked: the zip file is damaged")
        }
        return data
    }

    private func tooLarge(_ path: String) -> XLSXReadError {
        XLSXReadError("\(path) is larger than \(limits.partBytes / 1_000_000) MB once unpacked, far more than a form needs. Check that this is the right file.")
    }
}
