/// Reads the fields of a submitted form (one field per question id, repeated for multiple choice)
/// into answers, checking every value against the definition. Nothing is trusted: hidden fields
/// carried from earlier pages are checked exactly like the fields she has just filled in.
public struct FormAnswers: Sendable {
    /// The answers that were accepted, irrelevant ones removed.
    public let answers: Answers
    /// Text questions whose words she allowed to be quoted.
    public let quoteAllowed: Set<String>
    /// Per question id, why its answer was not accepted.
    public let problems: [String: AnswerProblem]
    /// Field names that match no question: the form was not ours.
    public let unknownFields: [String]
    /// What she typed or chose, kept as sent so the page can show it again for correction.
    public let raw: [String: [String]]

    public var isValid: Bool { problems.isEmpty && unknownFields.isEmpty }

    /// Suffix of the tick box that gives permission to quote a text answer.
    public static let quoteSuffix = "__quote"

    /// - Parameters:
    ///   - fields: name/value pairs in the order sent. Names starting with `_` are the app's own controls.
    ///   - survey: the definition.
    ///   - requiredThroughPage: `required` is enforced on pages `0...requiredThroughPage` only, the pages
    ///     she has seen; every answer on every page is checked whatever this says.
    public init(fields: [(name: String, value: String)], survey: Survey, requiredThroughPage: Int) {
        var raw: [String: [String]] = [:]
        for (name, value) in fields where !name.hasPrefix("_") {
            raw[name, default: []].append(value)
        }
        let seenPages = survey.pages.prefix(max(0, requiredThroughPage + 1))
        let mayRequire = Set(seenPages.flatMap(\.questions).map(\.id))
        let questions = survey.answerableQuestions
        let known = Set(questions.map(\.id)).union(questions.filter(\.quotePermission).map { $0.id + Self.quoteSuffix })

        var answers = Answers()
        var problems: [String: AnswerProblem] = [:]
        var quoteAllowed: Set<String> = []
        for question in questions {
            let values = (raw[question.id] ?? []).map(Self.normalise).filter { !$0.isEmpty }
            guard question.isRelevant(given: answers) else { continue }
            if values.isEmpty {
                if question.required, mayRequire.contains(question.id) { problems[question.id] = .required }
                continue
            }
            let parsed = Self.value(from: values, for: question)
            switch parsed {
            case .failure(let problem):
                problems[question.id] = problem
            case .success(let value):
                if let problem = question.problem(with: value) {
                    problems[question.id] = problem
                } else {
                    answers[question.id] = value
                    if question.quotePermission, raw[question.id + Self.quoteSuffix]?.contains("yes") == true {
                        quoteAllowed.insert(question.id)
                    }
                }
            }
        }
        self.answers = survey.keepingRelevant(answers)
        self.quoteAllowed = quoteAllowed.intersection(self.answers.keys)
        self.problems = problems
        self.unknownFields = raw.keys.filter { !known.contains($0) }.sorted()
        self.raw = raw
    }

    private static func value(from values: [String], for question: Question) -> Result<AnswerValue, AnswerProblem> {
        switch question.type {
        case .singleChoice, .scale:
            return values.count == 1 ? .success(.option(values[0])) : .failure(.tooManyValues)
        case .multipleChoice:
            let chosen = Set(values)
            guard chosen.allSatisfy({ question.option($0) != nil }) else { return .failure(.unknownOption) }
            // The definition's order, so the same choices always seal the same way.
            return .success(.options(question.options.map(\.id).filter(chosen.contains)))
        case .text:
            return values.count == 1 ? .success(.text(values[0])) : .failure(.tooManyValues)
        case .number:
            guard values.count == 1 else { return .failure(.tooManyValues) }
            guard isPlainDecimal(values[0]), let number = Double(values[0]), number.isFinite else { return .failure(.notANumber) }
            return .success(.number(number))
        case .note:
            return .failure(.wrongKind)
        }
    }

    /// `12`, `-3`, `2.5`: what a person types. `Double()` alone would also take hex, `inf` and exponents.
    static func isPlainDecimal(_ text: String) -> Bool {
        var digits = 0, points = 0
        for (index, character) in text.enumerated() {
            switch character {
            case "0"..."9": digits += 1
            case ".": points += 1
            case "-" where index == 0: continue
            default: return false
            }
        }
        return digits > 0 && points <= 1 && digits <= 15
    }

    /// Trims, unifies line endings and drops control characters other than newline and tab, which no
    /// one types on purpose. Format characters (joiners, direction marks) stay: Urdu and Arabic need them.
    static func normalise(_ value: String) -> String {
        isAlreadyNormal(value) ? value : normalisingScalars(value)
    }

    /// Nothing `normalisingScalars` would change, checked on the bytes: no CR, no control
    /// character, and printable ASCII at both ends (so no space to trim). Most answers are such.
    static func isAlreadyNormal(_ value: String) -> Bool {
        let bytes = value.utf8
        guard let first = bytes.first, let last = bytes.last else { return true }
        guard (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) else { return false }
        // A CR counts: normalising turns it into a line feed.
        return !ControlCharacters.found(in: bytes, allowing: [0x09, 0x0A])
    }

    static func normalisingScalars(_ value: String) -> String {
        let unified = value.replacingLineEndings()
        let cleaned = String(String.UnicodeScalarView(unified.unicodeScalars.filter {
            $0 == "\n" || $0 == "\t" || $0.properties.generalCategory != .control
        }))
        return cleaned.trimmingWhitespace
    }
}

extension String {
    func replacingLineEndings() -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                out.unicodeScalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n", previousWasCR { previousWasCR = false; continue }
            previousWasCR = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
