import Findings
import Foundation
import SurveyKit
import Testing

@Suite("findings.json")
struct FindingsJSONTests {
    private func parse(_ input: ReportInput) throws -> [String: Any] {
        let json = FindingsJSON.render(input)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    private func tables(_ document: [String: Any], survey index: Int = 0) throws -> [[String: Any]] {
        let surveys = try #require(document["surveys"] as? [[String: Any]])
        return try #require(surveys[index]["tables"] as? [[String: Any]])
    }

    private func rows(_ table: [String: Any]) throws -> [[String: Any]] {
        try #require(table["rows"] as? [[String: Any]])
    }

    private func row(_ table: [String: Any], _ option: String, by group: String? = nil) throws -> [String: Any] {
        try #require(try rows(table).first { $0["option"] as? String == option && ($0["by_option"] as? String) == group })
    }

    @Test("the report's facts: k, day, withdrawn, problems with line, id and reason")
    func header() throws {
        let document = try parse(Fixtures.input(
            [try Fixtures.twoWayClear()], k: 5,
            problems: [BundleProblem(line: 7, id: "r-1", reason: "cannot open"), BundleProblem(line: 9, id: nil, reason: "not JSON")],
            withdrawn: 2))
        #expect(document["k"] as? Int == 5)
        #expect(document["generated"] as? String == "2025-03-14")
        // How many withdrew is never published: with an earlier release it points at one person.
        #expect(document["withdrawn_left_out"] == nil)
        let problems = try #require(document["problems"] as? [[String: Any]])
        #expect(problems.count == 2)
        #expect(problems[0]["line"] as? Int == 7)
        #expect(problems[0]["id"] as? String == "r-1")
        #expect(problems[0]["reason"] as? String == "cannot open")
        #expect(problems[1]["id"] is NSNull)
        let survey = try #require((document["surveys"] as? [[String: Any]])?.first)
        #expect(survey["id"] as? String == "two")
        #expect(survey["version"] as? Int == 2)
        #expect(survey["title"] as? String == "Survey")
        #expect(survey["respondents"] as? Int == 27)
    }

    @Test("one-way and two-way tables: labels, bases and percentages of the right base")
    func percentagesAndBases() throws {
        let all = try tables(try parse(Fixtures.input([try Fixtures.twoWayClear()])))
        #expect(all.count == 3)
        let oneWay = all[0]
        #expect(oneWay["question"] as? String == "support")
        #expect(oneWay["label"] as? String == "Did you get support?")
        #expect(oneWay["type"] as? String == "single_choice")
        #expect(oneWay["by_question"] is NSNull)
        #expect(oneWay["by_label"] is NSNull)
        #expect(oneWay["multiple_choice_note"] as? Bool == false)
        #expect(oneWay["base"] as? Int == 27)
        #expect(oneWay["base_suppressed"] as? Bool == false)
        let yes = try row(oneWay, "yes")
        #expect(yes["label"] as? String == "Yes")
        #expect(yes["count"] as? Int == 13)
        #expect(yes["base"] as? Int == 27)
        #expect(yes["percent"] as? Double == 48.1)
        #expect(yes["suppressed"] as? Bool == false)
        #expect(yes["reason"] == nil)
        #expect(yes["by_option"] is NSNull)
        #expect(try row(oneWay, "unsure")["percent"] as? Double == 0.0)

        let twoWay = all[1]
        #expect(twoWay["by_question"] as? String == "area")
        #expect(twoWay["by_label"] as? String == "Area")
        let northYes = try row(twoWay, "yes", by: "north")
        #expect(northYes["by_label"] as? String == "North")
        #expect(northYes["count"] as? Int == 6)
        #expect(northYes["base"] as? Int == 11)
        #expect(northYes["percent"] as? Double == 54.5)
        let yesAll = try row(twoWay, "yes", by: "_total")
        #expect(yesAll["count"] as? Int == 13)
        #expect(yesAll["base"] as? Int == 27)
        let southBase = try row(twoWay, "_total", by: "south")
        #expect(southBase["count"] as? Int == 16)
        #expect(southBase["label"] as? String == "Total")
        #expect(try row(twoWay, "_total", by: "_total")["count"] as? Int == 27)
        #expect(try rows(twoWay).count == 3 * 2 + 3 + 2 + 1)
    }

    @Test("a suppressed count is null, says no reason (a reason would narrow it), and has no percentage")
    func suppressed() throws {
        let table = try tables(try parse(Fixtures.input([try Fixtures.oneWaySuppressed()])))[0]
        let unsure = try row(table, "unsure")
        #expect(unsure["count"] is NSNull)
        #expect(unsure["percent"] is NSNull)
        #expect(unsure["suppressed"] as? Bool == true)
        #expect(unsure["reason"] == nil)
        #expect(unsure["base"] as? Int == 23)
        #expect(try row(table, "no")["reason"] == nil)
        #expect(try row(table, "no")["count"] is NSNull)
        #expect(try row(table, "yes")["percent"] as? Double == 52.2)

        let few = try Fixtures.findings(Fixtures.survey("few", [Fixtures.support]), [(2, Fixtures.one("yes")), (1, Fixtures.one("no"))])
        let fewTable = try tables(try parse(Fixtures.input([few])))[0]
        #expect(fewTable["base"] is NSNull)
        #expect(fewTable["base_suppressed"] as? Bool == true)
        #expect(try rows(fewTable).allSatisfy { $0["count"] is NSNull && $0["base"] is NSNull && $0["percent"] is NSNull })
        #expect(try row(fewTable, "yes")["reason"] == nil)
        #expect(try parse(Fixtures.input([few]))["surveys"].flatMap { ($0 as? [[String: Any]])?.first?["respondents"] } is NSNull)
    }

    @Test("multiple choice is flagged, and its percentages may add up to more than 100")
    func multipleChoice() throws {
        let survey = Fixtures.survey("mc", [Fixtures.services])
        let findings = try Fixtures.findings(survey, [
            (6, ["services": .options(["police", "helpline"])]), (5, ["services": .options(["helpline"])]), (9, ["services": .options(["refuge"])]),
        ])
        let table = try tables(try parse(Fixtures.input([findings])))[0]
        #expect(table["type"] as? String == "multiple_choice")
        #expect(table["multiple_choice_note"] as? Bool == true)
        #expect(table["base"] as? Int == 20)
        let percents = try rows(table).map { $0["percent"] as? Double }
        #expect(percents == [30.0, 55.0, 45.0])
    }

    @Test("percentages have one decimal, rounding halves up, with no binary noise")
    func rounding() throws {
        let findings = try Fixtures.findings(Fixtures.survey("r", [Fixtures.support]), [(5, Fixtures.one("yes")), (11, Fixtures.one("no"))])
        let json = FindingsJSON.render(Fixtures.input([findings]))
        let table = try tables(try parse(Fixtures.input([findings])))[0]
        #expect(try row(table, "yes")["percent"] as? Double == 31.3)  // 31.25
        #expect(try row(table, "no")["percent"] as? Double == 68.8)  // 68.75
        #expect(json.contains("31.3"))
        #expect(!json.contains("31.29") && !json.contains("31.30"))
    }

    @Test("keys are sorted and the output is indented")
    func sortedKeys() throws {
        let json = FindingsJSON.render(Fixtures.input([try Fixtures.twoWayClear()]))
        let positions = ["\"generated\"", "\"k\"", "\"problems\"", "\"surveys\""].map { key in
            json.range(of: key).map { json.distance(from: json.startIndex, to: $0.lowerBound) } ?? -1
        }
        #expect(!positions.contains(-1))
        #expect(positions == positions.sorted())
        #expect(json.contains("\n  "))
    }
}
