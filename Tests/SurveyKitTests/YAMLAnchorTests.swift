import Testing
@testable import SurveyKit

/// An alias used as a mapping key made start-up hang: every alias inside a key is expanded when
/// keys are compared, and nested aliases double at each level. Chorus's files refuse anchors.
@Suite("anchors and aliases are refused, quickly and with a line number")
struct YAMLAnchorTests {
    /// 30 levels of aliases, each repeating the one before twice: 2^30 leaves if expanded.
    static let laughs: String = {
        var lines = ["a0: &a0 [lol, lol]"]
        for level in 1...30 { lines.append("a\(level): &a\(level) [*a\(level - 1), *a\(level - 1)]") }
        lines.append("? *a30")
        lines.append(": boom")
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test("a survey file with nested aliases as a key is refused at the first anchor")
    func survey() {
        let problems = SurveyFixture.problems(Self.laughs)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 1)
        #expect(problems.first?.message.contains("anchors (&name) and aliases (*name) are not allowed") == true)
    }

    @Test("a single anchor in an otherwise good survey is refused where it is")
    func oneAnchor() {
        let yaml = SurveyFixture.lines(
            "id: s", "version: 1", "title: &t T", "audience: survivors", "intro: I",
            "pages:", "  - title: P", "    questions:", "      - {id: q, type: text, label: *t}")
        let problems = SurveyFixture.problems(yaml)
        #expect(problems.map(\.line) == [3])
    }
}
