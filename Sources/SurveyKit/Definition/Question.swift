/// One question of a survey, as its definition file declares it.
public struct Question: Sendable {
    public let id: String
    public let type: QuestionType
    public let label: LocalizedText
    public let hint: LocalizedText?
    /// The choices, for choice and scale questions; empty otherwise.
    public let options: [Option]
    /// Off by default: every question can be skipped.
    public let required: Bool
    /// When to show the question; nil means always.
    public let relevant: RelevanceExpression?
    /// The condition as written, for error messages and the client-side script.
    public let relevantSource: String?
    /// Could help single somebody out (age band, ethnicity, area...): crossed and protected by the analyst.
    public let identifying: Bool
    /// Identifying questions: how their answers may be merged for record-level releases
    /// (`.none` when the survey declares no levels: kept as asked, or removed).
    public let hierarchy: GeneralisationHierarchy
    /// Text questions: she is asked whether her words may be quoted.
    public let quotePermission: Bool
    /// Text questions: most characters accepted.
    public let maxLength: Int
    /// Number questions: accepted range and whether only whole numbers are accepted.
    public let minimum: Double?
    public let maximum: Double?
    public let integerOnly: Bool

    public static let defaultMaxLength = 2000
    public static let largestMaxLength = 10000

    public init(
        id: String, type: QuestionType, label: LocalizedText, hint: LocalizedText? = nil,
        options: [Option] = [], required: Bool = false,
        relevant: RelevanceExpression? = nil, relevantSource: String? = nil,
        identifying: Bool = false, hierarchy: GeneralisationHierarchy = .none, quotePermission: Bool = false,
        maxLength: Int = Question.defaultMaxLength,
        minimum: Double? = nil, maximum: Double? = nil, integerOnly: Bool = false
    ) {
        self.id = id
        self.type = type
        self.label = label
        self.hint = hint
        self.options = options
        self.required = required
        self.relevant = relevant
        self.relevantSource = relevantSource
        self.identifying = identifying
        self.hierarchy = hierarchy
        self.quotePermission = quotePermission
        self.maxLength = maxLength
        self.minimum = minimum
        self.maximum = maximum
        self.integerOnly = integerOnly
    }

    public func option(_ id: String) -> Option? { options.first { $0.id == id } }

    /// Whether this question is shown, given the answers so far.
    public func isRelevant(given answers: Answers) -> Bool {
        relevant?.evaluate(answers) ?? true
    }
}
