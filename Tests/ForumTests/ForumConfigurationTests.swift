import Foundation
import Testing
@testable import Forum

@Suite struct ForumConfigurationTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theExampleFileReadsAndMatchesTheDefaultsPlusAGroup() throws {
        let configuration = try ForumConfigurationReader.load(path: Self.packageRoot.appendingPathComponent("docs/forum.example.yaml").path)
        #expect(Array(configuration.spaces.prefix(ForumSpace.defaults.count)) == ForumSpace.defaults)
        #expect(configuration.spaces.last?.restricted == true)
        #expect(configuration.openSignUp == false)
        #expect(configuration.policy == .standard)
        #expect(configuration.watchList.entries.contains { $0.phrase == "kill you" && $0.action == .block })
    }

    @Test func anEmptyFileKeepsEveryDefault() throws {
        let configuration = try ForumConfigurationReader.parse(yaml: "", file: "forum.yaml")
        #expect(configuration.spaces == ForumSpace.defaults)
        #expect(configuration.idleTimeout == .seconds(1800))
    }

    @Test func settingsChangeTheRules() throws {
        let configuration = try ForumConfigurationReader.parse(yaml: """
            open_sign_up: true
            rules:
              new_member_posts_held: 5
              reports_to_hide: 2
              edit_window_minutes: 0
              idle_timeout_minutes: 10
            """, file: "forum.yaml")
        #expect(configuration.openSignUp)
        #expect(configuration.policy.newMemberPostCount == 5)
        #expect(configuration.policy.reportsToHide == 2)
        #expect(configuration.policy.editWindow == 0)
        #expect(configuration.idleTimeout == .seconds(600))
    }

    @Test func everyProblemIsReportedWithItsLine() throws {
        let yaml = """
            open_sign_up: sometimes
            spaces:
              - id: Housing Help
                name: Housing
              - id: housing-help
                name: Again
              - id: housing-help
                name: Twice
            watch_list:
              words:
                - {word: hello, action: shout}
            rules:
              reports_to_hide: 0
            colour: blue
            """
        #expect {
            try ForumConfigurationReader.parse(yaml: yaml, file: "forum.yaml")
        } throws: { error in
            guard let error = error as? ForumConfigurationError else { return false }
            let lines = error.problems.map(\.description)
            return lines.contains { $0.hasPrefix("forum.yaml:1:") && $0.contains("open_sign_up") }
                && lines.contains { $0.hasPrefix("forum.yaml:3:") && $0.contains("lower-case") }
                && lines.contains { $0.hasPrefix("forum.yaml:7:") && $0.contains("used twice") }
                && lines.contains { $0.hasPrefix("forum.yaml:11:") && $0.contains("shout") }
                && lines.contains { $0.hasPrefix("forum.yaml:13:") && $0.contains("reports_to_hide") }
                && lines.contains { $0.hasPrefix("forum.yaml:14:") && $0.contains("colour") }
        }
    }

    @Test func aSpaceNameMayBeGivenPerLanguageWithEnglishForTheRest() throws {
        let configuration = try ForumConfigurationReader.parse(yaml: """
            spaces:
              - id: housing
                name: {en: Housing, cy: Tai}
                description: Plain text is English.
            """, file: "forum.yaml")
        let housing = try #require(configuration.spaces.first)
        #expect(housing.name == "Housing")
        #expect(housing.names.text(in: "cy") == "Tai")
        #expect(housing.names.text(in: "ur") == "Housing")
        #expect(housing.descriptions.text(in: "cy") == "Plain text is English.")
    }

    @Test func aSpaceNameWithoutEnglishOrWithAnUnknownLanguageIsRefusedWithItsLine() throws {
        let yaml = """
            spaces:
              - id: housing
                name: {cy: Tai}
              - id: courts
                name:
                  en: Courts
                  fr: Tribunaux
                description: [not, text]
            """
        #expect {
            try ForumConfigurationReader.parse(yaml: yaml, file: "forum.yaml")
        } throws: { error in
            guard let error = error as? ForumConfigurationError else { return false }
            let lines = error.problems.map(\.description)
            return lines.contains { $0.hasPrefix("forum.yaml:3:") && $0.contains("English") }
                && lines.contains { $0.hasPrefix("forum.yaml:7:") && $0.contains("'fr'") && $0.contains("en, cy, ur") }
                && lines.contains { $0.hasPrefix("forum.yaml:8:") && $0.contains("description") }
        }
    }

    @Test func everyDefaultSpaceHasWelshAndUrdu() {
        for space in ForumSpace.defaults {
            for code in ["cy", "ur"] {
                #expect(space.names.has(language: code) && space.descriptions.has(language: code), "\(space.id) has no \(code)")
                #expect(space.names.text(in: code) != space.name, "\(space.id): the \(code) name is the English")
            }
        }
    }

    @Test("an alias used as a key is refused before it can hang start-up")
    func aliasesAreRefused() {
        var lines = ["a0: &a0 [x, x]"]
        for level in 1...30 { lines.append("a\(level): &a\(level) [*a\(level - 1), *a\(level - 1)]") }
        lines += ["? *a30", ": boom"]
        #expect {
            try ForumConfigurationReader.parse(yaml: lines.joined(separator: "\n"), file: "forum.yaml")
        } throws: { error in
            guard let error = error as? ForumConfigurationError else { return false }
            return error.problems.map(\.description) == ["forum.yaml:1:5: anchors (&name) and aliases (*name) are not allowed: write each value out in full where it is used"]
        }
    }
}

/// The forum's file is read by the same YAML walk as surveys, notes and themes: a misspelt setting
/// is named with the one it was likely meant to be, and a setting written twice is caught.
@Suite struct ForumConfigurationWalkTests {
    @Test func aMisspeltSettingSuggestsTheRightOne() {
        #expect {
            try ForumConfigurationReader.parse(yaml: "rulse:\n  reports_to_hide: 3\n", file: "forum.yaml")
        } throws: { error in
            guard let error = error as? ForumConfigurationError else { return false }
            return error.problems.map(\.description).contains { $0.hasPrefix("forum.yaml:1:1:") && $0.contains("Did you mean 'rules'?") }
        }
    }
}
