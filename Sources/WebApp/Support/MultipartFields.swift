import Foundation
import MultipartKit
import NIOCore

/// Reads a `multipart/form-data` body (a form with a file input) with MultipartKit's parser:
/// parts sent with a file name become `files`, the rest text fields like a url-encoded form's.
/// Used only on the paths `FormMiddleware` is told take uploads.
enum MultipartFields {
    /// Most parts a form may send: an upload form has a handful.
    static let maximumParts = 20

    /// The boundary from a `Content-Type` of `multipart/form-data`, or nil for any other type.
    static func boundary(contentType: String?) -> String? {
        guard let contentType else { return nil }
        let parameters = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parameters.first?.lowercased() == "multipart/form-data" else { return nil }
        for parameter in parameters.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let boundary = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            // RFC 2046: 1 to 70 characters. The parser refuses (by crashing) an empty one.
            return (1...70).contains(boundary.utf8.count) ? boundary : nil
        }
        return nil
    }

    /// The form's fields and files; nil when the body is not a well-formed form (or a text field is
    /// not UTF-8, or there are too many parts).
    static func parse(_ body: ByteBuffer, boundary: String) -> FormValues? {
        guard headersAreASCII(Array(body.readableBytesView), boundary: Array(boundary.utf8)) else { return nil }
        let parser = MultipartParser(boundary: boundary)
        var parts: [MultipartPart] = []
        var headers = HTTPHeaders()
        var partBody = ByteBuffer()
        var malformed = false
        // NIO's header store traps on a name that is not an HTTP token, so nothing the sender wrote
        // reaches it unchecked: any input may be refused, none may crash.
        parser.onHeader = { name, value in
            guard isToken(name), !FormFields.hasControlCharacters(value) else {
                malformed = true
                return
            }
            headers.add(name: name, value: value)
        }
        parser.onBody = { chunk in partBody.writeBuffer(&chunk) }
        parser.onPartComplete = {
            parts.append(MultipartPart(headers: headers, body: partBody))
            headers = HTTPHeaders()
            partBody = ByteBuffer()
        }
        do {
            try parser.execute(body)
        } catch {
            return nil
        }
        guard !malformed, !parts.isEmpty, parts.count <= maximumParts else { return nil }
        var fields: [(name: String, value: String)] = []
        var files: [String: [UInt8]] = [:]
        for part in parts {
            guard let name = part.name, !name.isEmpty else { return nil }
            let bytes = Array(part.body.readableBytesView)
            if isFile(part) {
                files[name] = bytes
            } else {
                guard let text = String(validating: bytes, as: UTF8.self), !FormFields.hasControlCharacters(text) else { return nil }
                fields.append((name, FormFields.detachingMarksFromMarkup(text)))
            }
        }
        return FormValues(fields: fields, files: files)
    }

    /// Whether every part's header block (from a boundary line to the blank line after it) is
    /// ASCII. MultipartKit's parser looks a header name's bytes up in a 128-entry table and traps
    /// on a byte of 0x80 or more (one request took the whole server down), so such a body never
    /// reaches it. Header blocks are ASCII by RFC 7578; a file name in UTF-8 goes in `filename*`.
    static func headersAreASCII(_ body: [UInt8], boundary: [UInt8]) -> Bool {
        let delimiter = Array("--".utf8) + boundary
        let blankLine = Array("\r\n\r\n".utf8)
        var position = 0
        while let start = body[position...].firstRange(of: delimiter) {
            let rest = body[start.upperBound...]
            guard let end = rest.firstRange(of: blankLine)?.lowerBound else { return true }
            // The next delimiter may come before the blank line (the closing one): check up to it.
            let stop = min(end, rest.firstRange(of: delimiter)?.lowerBound ?? end)
            if body[start.upperBound..<stop].contains(where: { $0 >= 0x80 }) { return false }
            position = stop
        }
        return true
    }

    /// An HTTP header name (RFC 9110 token): visible ASCII letters, digits and `!#$%&'*+-.^_`|~`.
    static func isToken(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }

    /// Whether the part came from a file input: its disposition names a file.
    private static func isFile(_ part: MultipartPart) -> Bool {
        part.headers["Content-Disposition"].contains { disposition in
            disposition.split(separator: ";").contains { $0.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("filename") }
        }
    }
}
