/// The shape of `findings.json`. Every key is always written, with `null` where there is no value,
/// so a reader never has to tell a missing key from a suppressed number.
struct FindingsDocument: Encodable {
    let k: Int
    let generated: String
    let problems: [Problem]
    let surveys: [SurveyEntry]

    enum CodingKeys: String, CodingKey {
        // No count of withdrawn responses: "1 left out" says exactly one person withdrew, and
        // subtracted from an earlier release, which numbers were hers (the internal report has it).
        case k, generated, problems, surveys
    }

    struct Problem: Encodable {
        let line: Int
        let id: String?
        let reason: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(line, forKey: .line)
            try container.encode(id, forKey: .id)
            try container.encode(reason, forKey: .reason)
        }

        enum CodingKeys: String, CodingKey { case line, id, reason }
    }

    struct SurveyEntry: Encodable {
        let id: String
        let version: Int
        let title: String
        /// Null when fewer than k, or held back since an earlier release.
        let respondents: Int?
        let tables: [Table]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(version, forKey: .version)
            try container.encode(title, forKey: .title)
            try container.encode(respondents, forKey: .respondents)
            try container.encode(tables, forKey: .tables)
        }

        enum CodingKeys: String, CodingKey { case id, version, title, respondents, tables }
    }

    struct Table: Encodable {
        let question: String
        let label: String
        let type: String
        let byQuestion: String?
        let byLabel: String?
        /// Multiple choice: one person may be counted under several options, so they add up to more than 100%.
        let multipleChoiceNote: Bool
        let base: Int?
        let baseSuppressed: Bool
        let rows: [Row]

        enum CodingKeys: String, CodingKey {
            case question, label, type, base, rows
            case byQuestion = "by_question", byLabel = "by_label"
            case multipleChoiceNote = "multiple_choice_note", baseSuppressed = "base_suppressed"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(question, forKey: .question)
            try container.encode(label, forKey: .label)
            try container.encode(type, forKey: .type)
            try container.encode(byQuestion, forKey: .byQuestion)
            try container.encode(byLabel, forKey: .byLabel)
            try container.encode(multipleChoiceNote, forKey: .multipleChoiceNote)
            try container.encode(base, forKey: .base)
            try container.encode(baseSuppressed, forKey: .baseSuppressed)
            try container.encode(rows, forKey: .rows)
        }
    }

    struct Row: Encodable {
        let option: String
        let label: String
        let byOption: String?
        let byLabel: String?
        let count: Int?
        let base: Int?
        let percent: Double?
        /// The file never says why: a reason would narrow the hidden number (see `ReportVariant`).
        let suppressed: Bool

        enum CodingKeys: String, CodingKey {
            case option, label, count, base, percent, suppressed
            case byOption = "by_option", byLabel = "by_label"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(option, forKey: .option)
            try container.encode(label, forKey: .label)
            try container.encode(byOption, forKey: .byOption)
            try container.encode(byLabel, forKey: .byLabel)
            try container.encode(count, forKey: .count)
            try container.encode(base, forKey: .base)
            try container.encode(percent, forKey: .percent)
            try container.encode(suppressed, forKey: .suppressed)
        }
    }
}
