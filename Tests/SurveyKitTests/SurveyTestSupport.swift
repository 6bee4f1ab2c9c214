import Foundation
import SurveyKit
import Testing

/// Helpers shared by the SurveyKit tests: small surveys written as YAML, and the problems they give.
enum SurveyFixture {
    /// The five required top-level lines (lines 1-5), so a test's own lines start at line 6.
    static let head = """
        id: test
        version: 1
        title: Test survey
        audience: survivors
        intro: About this survey.

        """

    /// `head`, then `pages:` (line 6), one page titled P (line 7), `questions:` (line 8), and the
    /// given question lines from line 9, indented under `questions:` by the caller:
    /// a question starts `      - id: q` (the `-` at column 7, the key at column 9).
    static func onePage(_ questionLines: String) -> String {
        head + """
            pages:
              - title: P
                questions:

            """ + questionLines
    }

    /// Lines of YAML written one per argument, so each line's columns can be read off the test.
    static func lines(_ lines: String...) -> String {
        lines.joined(separator: "\n") + "\n"
    }

    /// The problems `yaml` gives, or [] when it loads.
    static func problems(_ yaml: String, file: String = "test.yaml") -> [SurveyDefinitionProblem] {
        do {
            _ = try SurveyLibrary.parse(yaml: yaml, file: file)
            return []
        } catch {
            return error.problems
        }
    }

    /// The problems loading `folder` gives, or [] when it loads.
    static func loadProblems(_ folder: URL) -> [SurveyDefinitionProblem] {
        do {
            _ = try SurveyLibrary.load(directory: folder)
            return []
        } catch {
            return error.problems
        }
    }

    static func problem(_ line: Int, _ column: Int, _ message: String, file: String = "test.yaml") -> SurveyDefinitionProblem {
        SurveyDefinitionProblem(file: file, line: line, column: column, message: message)
    }

    static func survey(_ yaml: String, file: String = "test.yaml") throws -> Survey {
        try SurveyLibrary.parse(yaml: yaml, file: file)
    }

    /// A survey for answer checking, one question of each kind and some skip logic:
    ///
    /// page 0: contact (multiple: police, housing, other), mood (scale: agreement), children (number 0...20 whole),
    ///         score (number, any), comment (text, max 10, quotable), plain (text, not quotable)
    /// page 1: police_rating (single: agency_rating, shown if police ticked),
    ///         police_comment (text, quotable, shown if police_rating answered and not no_experience),
    ///         police_again (single yes_no, shown if police_comment answered) — a cascade of three
    /// page 2: needed (single yes_no, required), why (text, required, shown if needed = 'yes', same page)
    /// page 3: about_note (note), age (single, identifying, required)
    static let answersYAML = head + """
        pages:
          - title: Services
            questions:
              - id: contact
                type: multiple_choice
                label: Which services?
                options:
                  - {id: police, label: Police}
                  - {id: housing, label: Housing}
                  - {id: other, label: Something else}
              - id: mood
                type: scale
                label: I was believed.
                options: agreement
              - id: children
                type: number
                label: How many children?
                min: 0
                max: 20
                integer: true
              - id: score
                type: number
                label: Any number
              - id: comment
                type: text
                label: Anything else?
                max_length: 10
                quote_permission: true
              - id: plain
                type: text
                label: Not quotable
          - title: Police
            questions:
              - id: police_rating
                type: single_choice
                label: How were the police?
                options: agency_rating
                relevant: selected(${contact}, 'police')
              - id: police_comment
                type: text
                label: Tell us about the police
                quote_permission: true
                relevant: ${police_rating} != '' and ${police_rating} != 'no_experience'
              - id: police_again
                type: single_choice
                label: Would you go to them again?
                options: yes_no
                relevant: ${police_comment} != ''
          - title: Needs
            questions:
              - id: needed
                type: single_choice
                label: Did you need help?
                required: true
                options: yes_no
              - id: why
                type: text
                label: Why?
                required: true
                relevant: ${needed} = 'yes'
          - title: About you
            questions:
              - id: about_note
                type: note
                label: These questions are optional.
              - id: age
                type: single_choice
                label: Age
                identifying: true
                required: true
                options:
                  - {id: under_25, label: Under 25}
                  - {id: "25_or_over", label: 25 or over}
                  - prefer_not_to_say

        """

    static func answersSurvey() throws -> Survey { try survey(answersYAML, file: "answers.yaml") }
}
