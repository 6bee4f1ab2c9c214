import Foundation
import Testing

/// `chorus-server surveys import`, as the README's round tells a lead to use it: the example form
/// imported, checked, not overwritten; a form with a refused type writes nothing and says where.
@Suite struct SurveyImportTests {
    @Test func theExampleFormImportsChecksAndIsNotOverwritten() throws {
        let folder = try Paths.temporaryDirectory("xlsform-import").appendingPathComponent("surveys")
        let form = Paths.packageRoot.appendingPathComponent("docs/examples/service-feedback.xlsx").path
        let imported = try run("chorus-server", ["surveys", "import", form, "--out", folder.path])
        #expect(imported.status == 0, "\(imported.output)")
        #expect(imported.output.contains("Wrote \(folder.path)/service-feedback.yaml: survey 'service-feedback' version 2024031401, 4 pages, 6 questions."))
        #expect(imported.output.contains("chorus-server surveys check \(folder.path)"))

        let checked = try run("chorus-server", ["surveys", "check", folder.path])
        #expect(checked.status == 0, "\(checked.output)")
        #expect(checked.output.contains("service-feedback version 2024031401 for survivors: 4 pages, 6 questions"))

        let again = try run("chorus-server", ["surveys", "import", form, "--out", folder.path])
        #expect(again.status != 0)
        #expect(again.output.contains("already exists; nothing was written"))
        #expect(try run("chorus-server", ["surveys", "import", form, "--out", folder.path, "--force"]).status == 0)
    }

    @Test func aRefusedTypeWritesNothingAndSaysWhere() throws {
        let folder = try Paths.temporaryDirectory("xlsform-refused").appendingPathComponent("surveys")
        let form = Paths.packageRoot.appendingPathComponent("Fuzz/seeds/xlsform/refused.xlsx").path
        let result = try run("chorus-server", ["surveys", "import", form, "--out", folder.path])
        #expect(result.status != 0)
        #expect(result.output.contains("refused.xlsx: sheet 'survey', row 2, column A (type): geopoint would record where she is"))
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
}
