import Testing
import TabularText

/// The one CSV codec: every file Chorus writes guards its cells the same way, and reads them back whole.
@Suite struct CSVTests {
    @Test(arguments: ["=SUM(A1:A9)", "+1+1", "-2+3", "@cmd", "\tx", "\rx", "=", "- he hit me", "=)"])
    func aCellThatWouldRunAsAFormulaIsWrittenAsText(_ value: String) throws {
        let cell = CSV.cell(value)
        #expect(cell.hasPrefix("'") || cell.hasPrefix("\"'"), "\(value.debugDescription) was written as \(cell.debugDescription)")
        for reader in [CSV.Reader.spreadsheet, .tool] {
            let text = CSV.document([["a"], [value]], for: reader)
            #expect(text.contains(cell), "\(reader): the file does not hold the guarded cell")
            #expect(try CSV.records(text).last?.fields == [value], "\(reader): it does not read back as written")
        }
    }

    @Test(arguments: ["-3", "+2.5", "12", "0.25", "-0"])
    func aPlainNumberIsANumberNotAFormula(_ value: String) throws {
        #expect(CSV.cell(value) == value)
        #expect(try CSV.records(CSV.document([[value]], for: .tool)).first?.fields == [value])
    }

    @Test(arguments: ["'=x", "''=x", "'-", "it's", "'plain"])
    func aCellThatAlreadyStartsWithAQuoteComesBackAsItWas(_ value: String) throws {
        #expect(try CSV.records(CSV.document([[value]])).first?.fields == [value])
    }

    @Test func aFileForToolsHasNoByteOrderMarkAndEndsLinesInLF() {
        #expect(CSV.document([["a", "b"], ["1", "x,y"]], for: .tool) == "a,b\n1,\"x,y\"\n")
        #expect(CSV.document([["a"]], for: .spreadsheet) == "\u{FEFF}a\r\n")
    }

    @Test func numbersThatAreNotPlainAreStillGuarded() {
        for value in ["-1-1", "+1e9", "-.5", "--2", "-", "+"] {
            #expect(CSV.cell(value).hasPrefix("'"), "\(value) was not guarded")
        }
    }

    /// Any text comes back as it was written, in either kind of file: 2,000 random cells from the
    /// characters that matter (quotes, formula starts, separators, line breaks, digits).
    @Test func everyCellReadsBackAsWritten() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [String] = ["'", "\"", "=", "+", "-", "@", "\t", "\r", "\n", "\r\n", ",", ".", "0", "7", "a", "é", "ا", " "]
        for _ in 0..<200 {
            let rows = (0..<10).map { _ in
                [(0..<Int.random(in: 0...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined(), "x"]
            }
            for reader in [CSV.Reader.spreadsheet, .tool] {
                let read = try CSV.records(CSV.document(rows, for: reader)).map(\.fields)
                // A record whose every cell is empty is skipped on reading, as spreadsheets leave such lines.
                #expect(read == rows, "\(reader): \(rows) read back as \(read)")
            }
        }
    }
}
