import Foundation
import Testing
@testable import XLSForm

/// Reading the .xlsx itself: the zip, the parts, cells as spreadsheet programs write them, and the
/// limits that keep an untrusted file from filling the memory.
@Suite struct WorkbookTests {
    static func sheet(_ rows: String) -> [String: String] {
        var parts = TestWorkbook([("survey", [])]).parts
        parts["xl/worksheets/sheet1.xml"] = TestWorkbook.worksheet(rows)
        return parts
    }

    @Test func cellsKeepTheirColumnsAcrossGapsAndRowsTheirNumbers() throws {
        // B1 and D1 with C1 missing; row 2 absent; row 3's cells without references follow on.
        let parts = Self.sheet("""
            <row r="1"><c r="B1" t="inlineStr"><is><t>b</t></is></c><c r="D1" t="inlineStr"><is><t>d</t></is></c></row>\
            <row r="3"><c t="inlineStr"><is><t>a3</t></is></c><c t="inlineStr"><is><t>b3</t></is></c><c r="AA3"><v>42</v></c></row>\
            <row><c r="A4" t="b"><v>1</v></c><c r="B4" t="str"><f>1+1</f><v>2</v></c><c r="C4" t="inlineStr"><is><t>  </t></is></c></row>
            """)
        let workbook = try Workbook.read(try TestWorkbook.zip(parts))
        let rows = try #require(workbook.sheet("SURVEY")).rows
        #expect(rows.map(\.number) == [1, 3, 4])
        #expect(rows[0].cells == [1: "b", 3: "d"])
        #expect(rows[1].cells == [0: "a3", 1: "b3", 26: "42"])
        #expect(rows[2].cells == [0: "TRUE", 1: "2"], "a boolean reads TRUE, a formula its value, a blank cell nothing")
    }

    @Test func sharedStringsJoinRichTextRunsAndSkipPhoneticGuides() throws {
        var parts = Self.sheet(#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>"#)
        parts["xl/sharedStrings.xml"] = TestWorkbook.sharedStrings([
            "<si><r><rPr><b/></rPr><t>How </t></r><r><t xml:space=\"preserve\">are you?</t></r></si>",
            "<si><t>Line one_x000D_\nline two &amp; more</t><rPh><t>ignored</t></rPh></si>",
        ])
        let row = try #require(try Workbook.read(try TestWorkbook.zip(parts)).sheets.first?.rows.first)
        #expect(row.cells == [0: "How are you?", 1: "Line one\nline two & more"])
    }

    @Test func prefixedElementNamesReadTheSame() throws {
        var parts = TestWorkbook([("survey", [])]).parts
        parts["xl/worksheets/sheet1.xml"] = #"<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>type</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>"#
        #expect(try Workbook.read(try TestWorkbook.zip(parts)).sheets.first?.rows.first?.cells == [0: "type"])
    }

    @Test func aFileThatIsNotAZipIsRefused() throws {
        let problems = try Self.problems(Data("type,name,label\ntext,a,A\n".utf8))
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("it is not a zip file") == true)
        #expect(problems.first?.description.hasPrefix("form.xlsx: this is not a readable .xlsx workbook") == true)
    }

    @Test func aDamagedZipIsRefused() throws {
        let good = try Form.workbook(survey: [["type", "name", "label"], ["text", "a", "A"]]).data()
        let cut = good.prefix(good.count / 2)
        let problems = try Self.problems(Data(cut))
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("damaged") == true, "\(problems)")
        var scrambled = good
        for index in stride(from: 40, to: scrambled.count / 2, by: 7) { scrambled[index] ^= 0x5A }
        #expect(try Self.problems(scrambled).count == 1, "a scrambled zip gives one problem, not a crash")
    }

    @Test func aZipWhoseHeaderPointsPastItsEndIsRefusedNotATrap() throws {
        // Found by chorus-fuzz: ZIPFoundation's in-memory archive trapped on this; the file-backed one refuses it.
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Fuzz/seeds/xlsform/damaged-offset.xlsx")
        let problems = try Self.problems(try Data(contentsOf: seed))
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("not a readable .xlsx workbook") == true, "\(problems)")
    }

    @Test func aPartWhoseStreamIsCutShortIsRefusedNotAHang() throws {
        // Found by chorus-fuzz: ZIPFoundation's own inflating read this file's end for ever. The
        // part's bytes are now taken exactly and inflated with zlib, so it ends.
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Fuzz/seeds/xlsform/cut-stream.xlsx")
        let problems = try Self.problems(try Data(contentsOf: seed))
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { $0.message.contains("not a readable .xlsx workbook") || $0.message.contains("sheet") }, "\(problems)")
    }

    @Test func anElementNameThatIsNotUTF8IsRefusedNotATrap() throws {
        // Found by chorus-fuzz: Foundation's XMLParser trapped on this sheet's element name.
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Fuzz/seeds/xlsform/bad-utf8-name.xlsx")
        let problems = try Self.problems(try Data(contentsOf: seed))
        #expect(problems.contains { $0.message.contains("is not UTF-8 text") }, "\(problems)")
        // The same, made by hand: a lone lead byte inside an element name.
        let bytes = Data("<wo".utf8) + Data([0xC5]) + Data("rk></wo".utf8) + Data([0xC5]) + Data("rk>".utf8)
        #expect(throws: XLSXReadError.self) { try XMLPartParser().parse(bytes, part: "xl/workbook.xml") }
    }

    @Test func aPartPackedToMoreThanTheLimitIsRefusedWhileInflating() throws {
        // A small zip whose one sheet inflates to more than the limit: refused once the limit is passed.
        let rows = String(repeating: "<row><c t=\"inlineStr\"><is><t>xxxxxxxxxxxxxxxx</t></is></c></row>", count: 20_000)
        let data = try TestWorkbook.zip([
            "xl/workbook.xml": #"<workbook xmlns:r="r"><sheets><sheet name="survey" r:id="rId1"/></sheets></workbook>"#,
            "xl/_rels/workbook.xml.rels": #"<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
            "xl/worksheets/sheet1.xml": "<worksheet><sheetData>\(rows)</sheetData></worksheet>",
        ])
        #expect(data.count < 100_000, "the test needs a small file that inflates large (\(data.count) bytes)")
        let limits = XLSXLimits(partBytes: 1_000_000)
        #expect(throws: XLSXReadError.self) { try Workbook.read(data, limits: limits) }
        do {
            _ = try Workbook.read(data, limits: limits)
        } catch {
            #expect(error.message.contains("larger than 1 MB once unpacked"), "\(error.message)")
        }
    }

    @Test func aZipWithoutAWorkbookIsRefused() throws {
        let problems = try Self.problems(try TestWorkbook.zip(["hello.txt": "hello"]))
        #expect(problems.map(\.message) == ["this is not a readable .xlsx workbook (it has no xl/workbook.xml). Save the form from Excel, LibreOffice or Google Sheets as .xlsx (not .xls or .ods) and try again."])
    }

    @Test func aWorkbookWithoutASurveySheetSaysWhichSheetsItHas() throws {
        let problems = try Form.problems(TestWorkbook([("Sheet1", [["type"]]), ("choices", [["list_name"]])]))
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("there is no sheet named 'survey' (the sheets are 'Sheet1', 'choices')") == true)
    }

    @Test func aHugeSheetIsRefused() throws {
        let rows = (1...10_001).map { #"<row r="\#($0)"><c r="A\#($0)"><v>1</v></c></row>"# }.joined()
        let problems = try Self.problems(try TestWorkbook.zip(Self.sheet(rows)))
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("sheet 'survey' has more than 10000 rows") == true, "\(problems)")
    }

    @Test func aPartLargerThanTheLimitIsRefusedWhileItIsUnpacked() throws {
        let padding = String(repeating: " ", count: 3_000)
        let data = try TestWorkbook.zip(Self.sheet(#"<row r="1"><c r="A1"><v>1</v></c></row>"# + padding))
        let limits = XLSXLimits(partBytes: 2_000)
        #expect(throws: XLSXReadError.self) { try Workbook.read(data, limits: limits) }
        do {
            _ = try Workbook.read(data, limits: limits)
        } catch {
            #expect(error.message.contains("xl/worksheets/sheet1.xml is larger than"))
        }
    }

    @Test func aPartWithADTDIsRefused() throws {
        var parts = Self.sheet("")
        parts["xl/worksheets/sheet1.xml"] = #"<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xxxxxxxx">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>"#
        let problems = try Self.problems(try TestWorkbook.zip(parts))
        #expect(problems.first?.message.contains("declares a DTD") == true)
    }

    @Test func aCellNamingASharedStringThatIsNotThereIsRefused() throws {
        let problems = try Self.problems(try TestWorkbook.zip(Self.sheet(#"<row r="1"><c r="C1" t="s"><v>7</v></c></row>"#)))
        #expect(problems.first?.message.contains("cell C1 of sheet 'survey' refers to shared text 7") == true)
    }

    @Test func columnLettersAndReferences() {
        #expect(CellReference("B3") == CellReference(column: 1, row: 3))
        #expect(CellReference("AA10") == CellReference(column: 26, row: 10))
        #expect(CellReference("XFD1048576") == CellReference(column: 16_383, row: 1_048_576))
        #expect(CellReference("3B") == nil)
        #expect(CellReference("B") == nil)
        #expect(CellReference("B0") == nil)
        #expect(CellReference.letters(ofColumn: 0) == "A")
        #expect(CellReference.letters(ofColumn: 25) == "Z")
        #expect(CellReference.letters(ofColumn: 27) == "AB")
        #expect(CellReference.letters(ofColumn: 16_383) == "XFD")
    }

    static func problems(_ data: Data) throws -> [XLSFormProblem] {
        do {
            _ = try XLSFormImporter.importForm(data, fileName: "form.xlsx")
            return []
        } catch {
            return error.problems
        }
    }
}
