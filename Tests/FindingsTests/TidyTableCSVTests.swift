import Disclosure
import Findings
import Foundation
import SurveyKit
import Testing

@Suite("tables.csv")
struct TidyTableCSVTests {
    private func lines(_ csv: String) -> [String] {
        var lines = csv.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    @Test("one-way table: header, one row per option, hidden counts empty and marked")
    func oneWay() throws {
        let csv = TidyTableCSV.render(Fixtures.input([try Fixtures.oneWaySuppressed()]))
        #expect(lines(csv) == [
            "survey,question,option,by_question,by_option,count,base,suppressed",
            "one,support,yes,,,12,23,false",
            "one,support,no,,,,23,true",
            "one,support,unsure,,,,23,true",
        ])
    }

    @Test("two-way table: a row per cell over its group's base, then the _total margins")
    func twoWay() throws {
        let csv = TidyTableCSV.render(Fixtures.input([try Fixtures.twoWayClear()]))
        #expect(lines(csv) == [
            "survey,question,option,by_question,by_option,count,base,suppressed",
            "two,support,yes,,,13,27,false",
            "two,support,no,,,14,27,false",
            "two,support,unsure,,,0,27,false",
            "two,support,yes,area,north,6,11,false",
            "two,support,yes,area,south,7,16,false",
            "two,support,no,area,north,5,11,false",
            "two,support,no,area,south,9,16,false",
            "two,support,unsure,area,north,0,11,false",
            "two,support,unsure,area,south,0,16,false",
            "two,support,yes,area,_total,13,27,false",
            "two,support,no,area,_total,14,27,false",
            "two,support,unsure,area,_total,0,27,false",
            "two,support,_total,area,north,11,11,false",
            "two,support,_total,area,south,16,16,false",
            "two,support,_total,area,_total,27,27,false",
            "two,area,north,,,11,27,false",
            "two,area,south,,,16,27,false",
        ])
    }

    @Test("a suppressed cell has an empty count, true, and its number nowhere on its line")
    func suppressedCellsCarryNoNumber() throws {
        let findings = try Fixtures.twoWaySuppressed()
        let csv = TidyTableCSV.render(Fixtures.input([findings]))
        let rows = lines(csv).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let northYes = try #require(rows.first { $0.count == 8 && $0[1...4] == ["support", "yes", "area", "north"] })
        #expect(northYes[5] == "" && northYes[7] == "true")

        let table = try #require(findings.tables.first { $0.isTwoWay })
        var checked = 0
        for (row, option) in table.rowOptions.enumerated() {
            for (column, group) in table.columnOptions.enumerated() where table.cells[row][column].isSuppressed {
                let raw = try #require(Fixtures.suppressedRaw[option]?[group])
                let line = try #require(rows.first { $0[1] == "support" && $0[2] == option && $0[3] == "area" && $0[4] == group })
                #expect(line[5] == "")
                #expect(line[7] == "true")
                #expect(!line.contains(String(raw)), "the hidden \(raw) of \(option)/\(group) is on its line: \(line)")
                checked += 1
            }
        }
        #expect(checked >= 2, "secondary suppression should hide a second cell beside north/yes")
        for line in rows.dropFirst() {
            #expect((line[5] == "") == (line[7] == "true"), "count and suppressed disagree: \(line)")
        }
    }

    @Test("a suppressed base is written empty")
    func suppressedBaseIsEmpty() throws {
        let findings = try Fixtures.findings(Fixtures.survey("few", [Fixtures.support]), [(2, Fixtures.one("yes")), (1, Fixtures.one("no"))])
        let csv = TidyTableCSV.render(Fixtures.input([findings]))
        #expect(lines(csv).dropFirst() == [
            "few,support,yes,,,,,true",
            "few,support,no,,,,,true",
            "few,support,unsure,,,,,true",
        ])
    }

    @Test("fields with commas or quotes are quoted as RFC 4180 says")
    func quoting() throws {
        let pick = Question(
            id: "pick", type: .singleChoice, label: LocalizedText("Pick, \"one\""),
            options: [Fixtures.option("a,\"b\"", "A"), Fixtures.option("say \"hi\"", "B"), Fixtures.option("plain", "C")])
        let findings = try Fixtures.findings(Fixtures.survey("q", [pick]), [
            (5, ["pick": .option("a,\"b\"")]), (6, ["pick": .option("say \"hi\"")]), (7, ["pick": .option("plain")]),
        ])
        #expect(lines(TidyTableCSV.render(Fixtures.input([findings]))).dropFirst() == [
            #"q,pick,"a,""b""",,,5,18,false"#,
            #"q,pick,"say ""hi""",,,6,18,false"#,
            "q,pick,plain,,,7,18,false",
        ])
    }

    @Test("an input without surveys still has its header")
    func emptyInput() {
        #expect(TidyTableCSV.render(Fixtures.input([])) == "survey,question,option,by_question,by_option,count,base,suppressed\n")
    }
}
