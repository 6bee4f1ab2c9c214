import Foundation
import ResponseBundle
import Testing
import TestSupport

/// The bundle format (ARCHITECTURE.md, "Contracts") and the reader that streams it.
@Suite struct ResponseBundleTests {
    @Test func aLineReadsBackAsItWasWritten() throws {
        let line = BundleLine(id: String(repeating: "ab", count: 16), survey: "agency-experience", version: 2, day: "2026-11-30", box: Data([0, 1, 2, 255]))
        let json = line.json()
        #expect(json == #"{"box":"AAEC/w==","day":"2026-11-30","id":"abababababababababababababababab","survey":"agency-experience","version":2}"#)
        let read = try BundleLine.decode(Substring(json))
        #expect(read == line)
        #expect(read.sealedBytes == [0, 1, 2, 255])
    }

    @Test(arguments: [
        "", "{}", "not json", #"{"id":"a","survey":"s","version":"2","day":"2026-11-30","box":""}"#,
        #"{"id":"a","survey":"s","day":"2026-11-30","box":""}"#, "[1,2,3]",
    ])
    func whatIsNotABundleLineIsRefusedInWords(_ text: String) {
        #expect { try BundleLine.decode(Substring(text)) } throws: { "\($0)".contains("not a bundle line") }
    }

    @Test func aBoxThatIsNotBase64HasNoBytes() throws {
        let read = try BundleLine.decode(#"{"id":"a","survey":"s","version":1,"day":"2026-11-30","box":"***"}"#)
        #expect(read.sealedBytes == nil)
    }

    @Test func theWithdrawnFileSitsBesideTheBundle() {
        #expect(BundleLine.withdrawnFile(forBundle: URL(fileURLWithPath: "/data/bundle.jsonl")).path == "/data/bundle.jsonl.withdrawn")
    }

    /// Lines across the reader's 64 KiB chunks, a last line with no newline, and a line too long
    /// to keep that is reported and passed over without stopping the reading.
    @Test func linesAreStreamedAcrossChunksAndALongLineIsPassedOver() throws {
        try withTemporaryDirectory { folder in
            let file = folder.appendingPathComponent("bundle.jsonl")
            let long = String(repeating: "x", count: 3000)
            var lines = (0..<200).map { "line \($0) " + String(repeating: "y", count: $0 * 7) }
            lines.insert(long, at: 100)
            try Data((lines.joined(separator: "\n")).utf8).write(to: file)
            var reader = try LineReader(url: file, maximumLineLength: 2000)
            var read: [LineReader.Line] = []
            while let line = reader.next() { read.append(line) }
            #expect(read.count == 201)
            #expect(read[100] == .tooLong)
            #expect(read[101] == .text(Substring(lines[101])))
            #expect(read.last == .text(Substring(lines[200])))
            #expect(reader.bytesRead == UInt64((try Data(contentsOf: file)).count))
        }
    }
}
