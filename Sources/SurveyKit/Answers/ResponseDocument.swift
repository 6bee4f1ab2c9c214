import Foundation

/// The sealed plaintext (ARCHITECTURE.md, "Sealed plaintext"):
/// `{"survey": ID, "version": N, "answers": {QUESTION_ID: VALUE}}`, plus `quote_ok`, the text
/// questions whose words she allowed to be quoted. A skipped question is absent.
public struct ResponseDocument: Sendable, Equatable {
    public let survey: String
    public let version: Int
    public let answers: Answers
    public let quoteAllowed: Set<String>

    public init(survey: String, version: Int, answers: Answers, quoteAllowed: Set<String> = []) {
        self.survey = survey
        self.version = version
        self.answers = answers
        self.quoteAllowed = quoteAllowed
    }

    /// UTF-8 JSON, keys sorted so equal answers give equal bytes.
    public func json() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding a plain struct of strings and numbers cannot fail.
        return Array(try! encoder.encode(Wire(self)))
    }

    /// Reads a document and checks it fits `library`: the survey and version exist, every answer
    /// belongs to a question of the right type with a valid value, and nothing hidden by skip logic
    /// was answered. The error says what does not fit, for the analyst's list of problem responses.
    public static func decode(_ bytes: [UInt8], library: SurveyLibrary) throws(ResponseMismatch) -> (ResponseDocument, Survey) {
        let wire: Wire
        do {
            wire = try JSONDecoder().decode(Wire.self, from: Data(bytes))
        } catch {
            throw ResponseMismatch("the answers are not the JSON Chorus writes")
        }
        guard library.survey(wire.survey) != nil else {
            throw ResponseMismatch("survey '\(wire.survey)' is not among the survey definitions given")
        }
        guard let survey = library.survey(wire.survey, version: wire.version) else {
            let known = library.versions(of: wire.survey)
            let versions = known.map(String.init).joined(separator: ", ")
            if wire.version > known.max() ?? 0 {
                throw ResponseMismatch("it answers version \(wire.version) of '\(wire.survey)', newer than any definition in the survey folder (version \(versions)). Use the survey files the server runs")
            }
            throw ResponseMismatch("it answers version \(wire.version) of '\(wire.survey)', but the survey folder holds only version \(versions). Put the definition of version \(wire.version) back beside the newer one (for example as \(wire.survey).v\(wire.version).yaml)")
        }
        var answers = Answers()
        for (id, raw) in wire.answers {
            guard let question = survey.question(id), question.type != .note else {
                throw ResponseMismatch("it answers '\(id)', which is not a question of '\(survey.id)'")
            }
            let value = raw.value(for: question.type)
            if let value, question.problem(with: value) == nil {
                answers[id] = value
            } else {
                throw ResponseMismatch("its answer to '\(id)' does not fit the question")
            }
        }
        guard survey.keepingRelevant(answers) == answers else {
            throw ResponseMismatch("it answers a question that its own earlier answers should have hidden")
        }
        let quoteAllowed = Set(wire.quote_ok ?? [])
        guard quoteAllowed.allSatisfy({ survey.question($0)?.quotePermission == true && answers[$0] != nil }) else {
            throw ResponseMismatch("it allows quoting of an answer that cannot be quoted")
        }
        return (ResponseDocument(survey: survey.id, version: survey.version, answers: answers, quoteAllowed: quoteAllowed), survey)
    }
}

/// Why a response does not fit its survey definition.
public struct ResponseMismatch: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// The JSON shape, kept apart from the model so the contract is visible in one place.
private struct Wire: Codable {
    var survey: String
    var version: Int
    var answers: [String: WireValue]
    var quote_ok: [String]?

    init(_ document: ResponseDocument) {
        survey = document.survey
        version = document.version
        answers = document.answers.mapValues(WireValue.init)
        quote_ok = document.quoteAllowed.isEmpty ? nil : document.quoteAllowed.sorted()
    }
}

private enum WireValue: Codable {
    case string(String)
    case strings([String])
    case number(Double)

    init(_ value: AnswerValue) {
        switch value {
        case .option(let id): self = .string(id)
        case .options(let ids): self = .strings(ids)
        case .text(let text): self = .string(text)
        case .number(let number): self = .number(number)
        }
    }

    func value(for type: QuestionType) -> AnswerValue? {
        switch (type, self) {
        case (.singleChoice, .string(let id)), (.scale, .string(let id)): return .option(id)
        case (.multipleChoice, .strings(let ids)): return .options(ids)
        case (.text, .string(let text)): return .text(text)
        case (.number, .number(let number)): return .number(number)
        default: return nil
        }
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let strings = try? container.decode([String].self) {
            self = .strings(strings)
        } else {
            self = .number(try container.decode(Double.self))
        }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let string): try container.encode(string)
        case .strings(let strings): try container.encode(strings)
        case .number(let number):
            // Whole numbers as integers, so other tools read 3 rather than 3.0.
            if number.rounded() == number, abs(number) < 9e15 {
                try container.encode(Int64(number))
            } else {
                try container.encode(number)
            }
        }
    }
}
