import Foundation
import ResponseBundle
import Sealing
import SurveyKit
import TestSupport
import Testing

/// The real `chorus-analyst microdata` on a bundle sealed to a real key: k-anonymous rows, no free
/// text, the information lost beside them, and every refusal leaving no file behind.
@Suite(.serialized) struct MicrodataCommandTests {
    static let secret = "Qx9-words-she-trusted-us-with"
    static let k = 5

    static let miniSurvey = """
        id: mini
        version: 1
        title: Mini
        audience: survivors
        intro: A test survey.
        pages:
          - title: One
            questions:
              - id: contact
                type: multiple_choice
                label: Which services?
                options:
                  - {id: police, label: Police}
                  - {id: housing, label: Housing}
              - id: story
                type: text
                label: Tell us what happened
                quote_permission: true
              - id: age
                type: single_choice
                label: Age
                identifying: true
                options:
                  - {id: "18_24", label: 18 to 24}
                  - {id: "25_34", label: 25 to 34}
                  - {id: "35_54", label: 35 to 54}
                  - {id: "55_or_over", label: 55 or over}
                  - prefer_not_to_say
                hierarchy:
                  - label: Under or over 35
                    groups:
                      - {id: under_35, label: Under 35, merges: ["18_24", "25_34"]}
                      - {id: "35_or_over", label: 35 or over, merges: ["35_54", "55_or_over"]}
                      - {id: prefer_not_to_say, merges: [prefer_not_to_say]}
              - id: area
                type: single_choice
                label: Area
                identifying: true
                options:
                  - {id: north, label: North}
                  - {id: south, label: South}
                  - {id: elsewhere, label: Elsewhere}
                hierarchy:
                  - label: In or outside the area
                    groups:
                      - {id: in_area, label: In the area, merges: [north, south]}
                      - {id: elsewhere, merges: [elsewhere]}
              - id: visits
                type: number
                label: Visits
                integer: true
                min: 0
                max: 100

        """

    static let otherSurvey = """
        id: other
        version: 1
        title: Other
        audience: public
        intro: Another survey.
        pages:
          - title: One
            questions:
              - id: believed
                type: single_choice
                label: Believed?
                options: yes_no

        """

    struct Setup {
        let round: RoundTripTests.Round
        let surveys: URL
        let bundle: URL
        let out: URL
        var sidecar: URL { URL(fileURLWithPath: out.path + ".txt") }

        func microdata(_ extra: [String]) throws -> CommandResult {
            try run("chorus-analyst", ["microdata", bundle.path, "--key", round.keys.appendingPathComponent("analysis.key").path,
                                       "--passphrase-file", round.passphraseFile.path, "--surveys", surveys.path,
                                       "--out", out.path] + extra)
        }
    }

    /// Who answered `mini`, as (age, area, how many): most in four large groups, a few in groups
    /// too small to show as asked. With k = 5 and a limit of 6 records (10%), merging the ages into
    /// under and over 35 leaves only the 2 who prefer not to say and the 2 outside the area
    /// in small groups (4 suppressed; loss (56 × 1/5 + 4) / 60 for age, 4 / 60 for area: 16%);
    /// merging the areas instead suppresses 6 and loses 25%. No node below either meets k.
    static let people: [(String, String, Int)] = [
        ("25_34", "north", 12), ("25_34", "south", 12), ("35_54", "north", 12), ("35_54", "south", 12),
        ("18_24", "north", 3), ("18_24", "south", 3), ("55_or_over", "south", 2), ("prefer_not_to_say", "north", 2),
        ("25_34", "elsewhere", 2),
    ]

    /// The 60 responses to `mini` (each with the secret in her story) and 2 to `other`, sealed as
    /// the server seals them, in random order.
    static func setUp(_ label: String) throws -> Setup {
        let round = try RoundTripTests.prepare(label)
        let surveys = round.folder.appendingPathComponent("surveys")
        try FileManager.default.createDirectory(at: surveys, withIntermediateDirectories: true)
        try miniSurvey.write(to: surveys.appendingPathComponent("mini.yaml"), atomically: true, encoding: .utf8)
        try otherSurvey.write(to: surveys.appendingPathComponent("other.yaml"), atomically: true, encoding: .utf8)

        var generator = SplitMix64(seed: 44)
        let answers = people.flatMap { age, area, count in
            (0..<count).map { index -> Answers in
                var answers: Answers = ["story": .text("At number \(index) \(secret)"), "age": .option(age), "area": .option(area)]
                if Bool.random(using: &generator) { answers["contact"] = .options(["police"]) }
                if Bool.random(using: &generator) { answers["visits"] = .number(Double(Int.random(in: 0...9, using: &generator))) }
                return answers
            }
        }
        let sealer = Sealer(publicKey: try PublicKey.load(from: round.keys.appendingPathComponent("analysis.pub")))
        var lines: [String] = []
        for document in answers.map({ ResponseDocument(survey: "mini", version: 1, answers: $0) })
            + [ResponseDocument(survey: "other", version: 1, answers: ["believed": .option("yes")]),
               ResponseDocument(survey: "other", version: 1, answers: ["believed": .option("no")])] {
            let box = try sealer.seal(document.json())
            lines.append(BundleLine(id: UUID().uuidString, survey: document.survey, version: 1, day: "2026-03-02", box: Data(box)).json())
        }
        let bundle = round.folder.appendingPathComponent("bundle.jsonl")
        try (lines.shuffled(using: &generator).joined(separator: "\n") + "\n").write(to: bundle, atomically: true, encoding: .utf8)
        return Setup(round: round, surveys: surveys, bundle: bundle, out: round.folder.appendingPathComponent("microdata.csv"))
    }

    @Test func releasesKAnonymousRowsWithoutFreeText() throws {
        let setup = try Self.setUp("microdata")

        // The bundle holds two surveys: the lead must choose, and is told the choices.
        let ambiguous = try setup.microdata(["--k", "\(Self.k)"])
        #expect(ambiguous.status != 0)
        #expect(ambiguous.output.contains("--survey mini   (60 responses)"), "\(ambiguous.output)")
        #expect(ambiguous.output.contains("--survey other   (2 responses)"))
        #expect(!FileManager.default.fileExists(atPath: setup.out.path))

        let result = try setup.microdata(["--survey", "mini", "--k", "\(Self.k)", "--suppression-limit", "10%"])
        #expect(result.status == 0, "\(result.output)")
        let csv = try String(contentsOf: setup.out, encoding: .utf8)
        let sidecar = try String(contentsOf: setup.sidecar, encoding: .utf8)
        let rows = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.first == ["contact.police", "contact.housing", "age", "area", "visits"])
        let body = rows.dropFirst()

        // Every combination of identifying answers released is shared by at least k rows.
        var groups: [[String]: Int] = [:]
        for row in body { groups[[row[2], row[3]], default: 0] += 1 }
        #expect(!groups.isEmpty)
        #expect(groups.values.allSatisfy { $0 >= Self.k }, "\(groups)")
        // The least loss (worked out above): ages merged, areas as asked, 4 records suppressed.
        #expect(Set(body.map { $0[2] }) == ["under_35", "35_or_over"])
        #expect(Set(body.map { $0[3] }) == ["north", "south"])
        #expect(body.count == 56)
        for text in [sidecar, result.output] {
            #expect(text.contains("  age: Under or over 35 (level 1 of 2; "), "\(text)")
            #expect(text.contains("  area: as asked (level 0; "))
            #expect(text.contains("Records: 60 read, 56 kept, 4 suppressed (the limit was 6)."))
            #expect(text.contains("Information lost: 16%"))
            #expect(text.contains("least loss among 2 minimal generalisations"))
        }
        #expect(result.output.contains("Wrote 56 rows to \(setup.out.path)"))

        // Free text never leaves, and nor do ids or days.
        for text in [csv, sidecar, result.output] {
            #expect(!text.contains(Self.secret))
            #expect(!text.contains("2026-03-02"))
        }

        // The order is drawn afresh each time from a secure source.
        let again = try setup.microdata(["--survey", "mini", "--k", "\(Self.k)", "--suppression-limit", "10"])
        #expect(again.status == 0)
        let csvAgain = try String(contentsOf: setup.out, encoding: .utf8)
        #expect(csvAgain != csv)
        #expect(csvAgain.split(separator: "\n").sorted() == csv.split(separator: "\n").sorted())
    }

    /// With the default limit (5%: 3 records) merging ages no longer fits; the least loss is to
    /// remove age and suppress the 2 outside the area.
    @Test func theDefaultLimitRemovesAgeInstead() throws {
        let setup = try Self.setUp("microdata-default")
        let result = try setup.microdata(["--survey", "mini"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("  age: any (removed) (level 2 of 2; 100% of its detail lost)"), "\(result.output)")
        #expect(result.output.contains("  area: as asked (level 0; 3.3% of its detail lost)"))
        #expect(result.output.contains("Records: 60 read, 58 kept, 2 suppressed (the limit was 3)."))
        let rows = try String(contentsOf: setup.out, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(rows.count == 58)
        #expect(rows.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false)[2] == "*" })
    }

    @Test func refusalsWriteNothing() throws {
        let setup = try Self.setUp("microdata-refusals")
        let cases: [([String], String)] = [
            (["--survey", "other", "--k", "5"], "there are 2 responses, fewer than k = 5"),
            (["--survey", "mini", "--k", "2"], "too low"),
            (["--survey", "mini", "--suppression-limit", "60"], "out of range"),
            (["--survey", "mini", "--suppression-limit", "lots"], "is not a percentage"),
            (["--survey", "nowhere"], "There is no survey 'nowhere'"),
        ]
        for (options, message) in cases {
            let result = try setup.microdata(options)
            #expect(result.status != 0, "\(options)")
            #expect(result.output.contains(message), "\(options): \(result.output)")
            #expect(!FileManager.default.fileExists(atPath: setup.out.path), "\(options)")
            #expect(!FileManager.default.fileExists(atPath: setup.sidecar.path), "\(options)")
        }
        let overBundle = try run("chorus-analyst", ["microdata", setup.bundle.path, "--key", setup.round.keys.appendingPathComponent("analysis.key").path,
                                                    "--passphrase-file", setup.round.passphraseFile.path, "--surveys", setup.surveys.path,
                                                    "--survey", "mini", "--out", setup.bundle.path])
        #expect(overBundle.status != 0)
        #expect(overBundle.output.contains("is one of the inputs"))
    }
}
