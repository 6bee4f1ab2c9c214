import Foundation
import ResponseBundle
import Sealing
import Unsealing
import SurveyKit
import Testing
import Themes

/// `chorus-analyst code` run for real on a bundle sealed to a key made by `keygen`: the sheet's
/// rows, its order, its safety (no bundle id anywhere, her words kept offline), and its refusal to
/// overwrite a reviewed sheet.
@Suite(.serialized) struct CodingTests {
    struct Respondent {
        let id: String
        let age: String
        let comment: String?
        let quoteOK: Bool
    }

    static let respondents: [Respondent] = [
        Respondent(id: "b1f0c0de000000000000000000000001", age: "under_30", comment: "The police didn't believe me. PC Jones said I was making it up.", quoteOK: true),
        Respondent(id: "b1f0c0de000000000000000000000002", age: "30_49", comment: "My IDVA kept me informed and I got a non-molestation order.", quoteOK: false),
        Respondent(id: "b1f0c0de000000000000000000000003", age: "over_50", comment: nil, quoteOK: false),
        Respondent(id: "b1f0c0de000000000000000000000004", age: "30_49", comment: "   ", quoteOK: false),
        Respondent(id: "b1f0c0de000000000000000000000005", age: "under_30", comment: "=cmd|' /C calc'!A0, then Darren rang 07700 900123", quoteOK: true),
    ]

    /// A round with a key from `keygen` and a bundle of the respondents sealed to its public key.
    static func prepareBundle(_ label: String) throws -> (RoundTripTests.Round, URL) {
        let round = try RoundTripTests.prepare(label)
        let sealer = Sealer(publicKey: try PublicKey.load(from: round.keys.appendingPathComponent("analysis.pub")))
        var lines: [String] = []
        for respondent in respondents {
            var answers: Answers = ["contact": .options(["police"]), "age": .option(respondent.age)]
            if let comment = respondent.comment { answers["police_comment"] = .text(comment) }
            let document = ResponseDocument(survey: "round", version: 2, answers: answers,
                                            quoteAllowed: respondent.quoteOK && respondent.comment != nil ? ["police_comment"] : [])
            let box = try sealer.seal(document.json())
            lines.append(BundleLine(id: respondent.id, survey: "round", version: 2, day: "2026-01-01", box: Data(box)).json())
        }
        let bundle = round.folder.appendingPathComponent("bundle.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: bundle, atomically: true, encoding: .utf8)
        return (round, bundle)
    }

    static func code(_ round: RoundTripTests.Round, _ bundle: URL, out: URL, extra: [String] = []) throws -> CommandResult {
        try run("chorus-analyst", ["code", bundle.path, "--key", round.keys.appendingPathComponent("analysis.key").path,
                                   "--passphrase-file", round.passphraseFile.path, "--surveys", Paths.fixtures.path,
                                   "--themes", Paths.packageRoot.appendingPathComponent("Surveys/themes.yaml").path,
                                   "--out", out.path] + extra)
    }

    @Test func theSheetHoldsEachTextAnswerOnceWithSuggestionsAndNoBundleID() throws {
        let (round, bundle) = try Self.prepareBundle("code-sheet")
        let out = round.folder.appendingPathComponent("sheet.csv")
        let result = try Self.code(round, bundle, out: out)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("Wrote 3 text answers to \(out.path)"))
        #expect(result.output.contains("unredacted"))
        #expect(result.output.contains("offline machine"))

        let raw = try String(contentsOf: out, encoding: .utf8)
        for respondent in Self.respondents {
            #expect(!raw.contains(respondent.id), "a bundle id reached the sheet")
        }
        #expect(!raw.contains("\n=cmd"), "a formula would run in a spreadsheet")
        let taxonomy = try ThemeTaxonomy.load(file: Paths.packageRoot.appendingPathComponent("Surveys/themes.yaml"))
        let sheet = try CodingSheet.parse(raw, file: out.path, taxonomy: taxonomy)
        #expect(sheet.rows.count == 3)
        #expect(sheet.rows.map(\.response) == sheet.rows.map(\.response).sorted(), "rows follow the key, not the bundle")
        #expect(sheet.rows.allSatisfy { $0.response.count == ResponseKeyer.length && $0.question == "police_comment" })

        let first = try #require(sheet.rows.first { $0.text.hasPrefix("The police") })
        #expect(first.suggestedThemes.contains("police") && first.suggestedThemes.contains("not_believed"))
        #expect(first.themes == first.suggestedThemes)
        #expect(first.quoteAllowed)
        #expect(first.redactedQuote == "The police didn't believe me. PC [name] said I was making it up.")
        #expect(first.approveQuote == false, "only the lead approves")

        let second = try #require(sheet.rows.first { $0.text.hasPrefix("My IDVA") })
        #expect(!second.quoteAllowed && second.redactedQuote.isEmpty)
        #expect(second.suggestedThemes.contains("order_granted"))

        let third = try #require(sheet.rows.first { $0.text.hasPrefix("=cmd") })
        #expect(third.text == "=cmd|' /C calc'!A0, then Darren rang 07700 900123", "her words come back exactly")
        #expect(third.redactedQuote.contains("[name] rang [phone number]"))

        let attributes = try FileManager.default.attributesOfItem(atPath: out.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600, "her words are readable by this user only")
    }

    @Test func theKeysAreTheSameOnEveryRunAndAReviewedSheetIsNeverOverwritten() throws {
        let (round, bundle) = try Self.prepareBundle("code-again")
        let out = round.folder.appendingPathComponent("sheet.csv")
        #expect(try Self.code(round, bundle, out: out).status == 0)
        let before = try String(contentsOf: out, encoding: .utf8)

        let refused = try Self.code(round, bundle, out: out)
        #expect(refused.status != 0)
        #expect(refused.output.contains("already exists"))
        #expect(try String(contentsOf: out, encoding: .utf8) == before)

        let forced = try Self.code(round, bundle, out: out, extra: ["--force"])
        #expect(forced.status == 0, "\(forced.output)")
        let again = try String(contentsOf: out, encoding: .utf8)
        let keys = { (csv: String) in csv.split(separator: "\r\n").dropFirst().map { $0.prefix(ResponseKeyer.length) } }
        #expect(keys(again) == keys(before), "the same key for the same response on every run")
    }

    @Test func aBadThemeFileStopsBeforeThePassphrase() throws {
        let (round, bundle) = try Self.prepareBundle("code-bad-themes")
        let themes = round.folder.appendingPathComponent("themes.yaml")
        try "themes:\n  - id: police\n    label: Police\n    facet: agencies\n    priorities: [response]\n    phrases: [police]\n"
            .write(to: themes, atomically: true, encoding: .utf8)
        let result = try run("chorus-analyst", ["code", bundle.path, "--key", round.keys.appendingPathComponent("analysis.key").path,
                                                "--passphrase-file", round.passphraseFile.path, "--surveys", Paths.fixtures.path,
                                                "--themes", themes.path, "--out", round.folder.appendingPathComponent("s.csv").path])
        #expect(result.status != 0)
        #expect(result.output.contains("themes.yaml:4:"))
        #expect(result.output.contains("unknown facet 'agencies'"))
        #expect(!FileManager.default.fileExists(atPath: round.folder.appendingPathComponent("s.csv").path))
    }

    /// Without --themes the taxonomy is read beside the surveys; when it is not there, the message
    /// says where it looked and how to point at it.
    @Test func aMissingThemeFileSaysWhereItLookedAndWhatToPass() throws {
        let (round, bundle) = try Self.prepareBundle("code-no-themes")
        let result = try run("chorus-analyst", ["code", bundle.path, "--key", round.keys.appendingPathComponent("analysis.key").path,
                                                "--passphrase-file", round.passphraseFile.path, "--surveys", Paths.fixtures.path,
                                                "--out", round.folder.appendingPathComponent("s.csv").path])
        #expect(result.status != 0)
        #expect(result.output.contains("read from themes.yaml in the --surveys folder (\(Paths.fixtures.path))"), "\(result.output)")
        #expect(result.output.contains("Pass --themes with its path"))
    }
}
