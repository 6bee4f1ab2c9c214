import Yams

/// Reads one survey YAML file into a `Survey`, collecting every problem with its line and column
/// instead of stopping at the first, so an author can fix a file in one pass.
struct SurveyFileReader {
    let file: String
    /// The shared YAML walk (`YAMLWalk`): composing, structure checks and the problems found.
    var walk: YAMLWalk
    var problems: [SurveyDefinitionProblem] { walk.problems }
    /// Where the survey's `id` is written, for problems found across files.
    private(set) var idPosition: (line: Int, column: Int) = (1, 1)
    /// Ids of questions that could not be read (a problem already says why): a later condition
    /// naming one is not reported again, so one mistake gives one message, not a cascade.
    private var unreadQuestionIDs: Set<String> = []

    init(file: String) {
        self.file = file
        walk = YAMLWalk(file: file)
    }

    static let topLevelKeys: Set<String> = [
        "id", "version", "title", "audience", "intro", "consent", "consent_summary", "closing", "run_by", "option_lists", "pages",
    ]
    static let pageKeys: Set<String> = ["title", "questions"]
    static let questionKeys: Set<String> = [
        "id", "type", "label", "hint", "options", "required", "relevant", "identifying",
        "quote_permission", "max_length", "min", "max", "integer", "hierarchy",
    ]
    static let optionKeys: Set<String> = ["id", "label"]
    /// Ids the page layout uses, or starts its own element ids with ("hint-q", "error-q"...), so a
    /// question of that name would give two elements one id and confuse screen readers.
    static let reservedQuestionIDs: Set<String> = ["main", "hint", "how", "error", "quote"]

    mutating func read(yaml: String) -> Survey? {
        guard let root = walk.compose(yaml) else { return nil }
        guard let root, let top = walk.mapping(root, "the survey") else {
            if root == nil { walk.problem(at: nil, "the file is empty. A survey needs id, version, title, audience, intro and pages.") }
            return nil
        }
        walk.checkKeys(top, allowed: Self.topLevelKeys, in: "the survey")

        let id = requiredString(top, "id", in: "the survey")
        if let mark = top["id"]?.mark { idPosition = (mark.line, mark.column) }
        if let id, !Self.isSlug(id) {
            walk.problem(at: top["id"], "the survey id '\(id)' must use only lower-case letters, digits and '-' (it becomes the address /s/\(id)).")
        }
        let version = requiredInt(top, "version", in: "the survey", minimum: 1)
        let title = requiredText(top, "title", in: "the survey")
        let intro = requiredText(top, "intro", in: "the survey")
        let consent = optionalText(top, "consent")
        let consentSummary = optionalText(top, "consent_summary")
        if consentSummary != nil, consent == nil {
            walk.problem(at: top["consent_summary"], "consent_summary shortens consent, but this survey has no consent. Add consent (the whole text), or remove consent_summary.")
        }
        let closing = optionalText(top, "closing")
        let runBy = optionalText(top, "run_by")
        var audience: Audience?
        if let raw = requiredString(top, "audience", in: "the survey") {
            audience = Audience(rawValue: raw)
            if audience == nil {
                walk.problem(at: top["audience"], "unknown audience '\(raw)'. Use one of: \(Audience.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }
        let localLists = readOptionLists(top["option_lists"])
        let pages = readPages(top["pages"], in: top, optionLists: localLists)

        guard problems.isEmpty, let id, let version, let title, let intro, let audience, let pages else { return nil }
        var survey = Survey(
            id: id, version: version, title: title, audience: audience, intro: intro,
            consent: consent, closing: closing, runBy: runBy, pages: pages, sourcePath: file
        )
        survey.consentSummary = consentSummary
        return survey
    }

    // MARK: Pages and questions

    private mutating func readPages(_ node: Node?, in top: Node.Mapping, optionLists: [String: [Option]]) -> [Page]? {
        guard let node else {
            walk.problem(at: nil, "the survey has no 'pages'. Add a list of pages, each with a title and questions.", near: top)
            return nil
        }
        guard let list = walk.sequence(node, "'pages'") else { return nil }
        if list.isEmpty { walk.problem(at: node, "'pages' is empty. Add at least one page with questions.") }
        var pages: [Page] = []
        var seen: [String: Node] = [:]
        var earlier: [String: Question] = [:]
        for (index, pageNode) in list.enumerated() {
            let context = "page \(index + 1)"
            guard let page = walk.mapping(pageNode, context) else { continue }
            walk.checkKeys(page, allowed: Self.pageKeys, in: context)
            let title = requiredText(page, "title", in: context) ?? LocalizedText("")
            var questions: [Question] = []
            if let questionsNode = page["questions"], let items = walk.sequence(questionsNode, "'questions' of \(context)") {
                if items.isEmpty { walk.problem(at: questionsNode, "\(context) has no questions. Add at least one, or remove the page.") }
                for item in items {
                    guard let question = readQuestion(item, optionLists: optionLists, earlier: earlier) else {
                        if let id = item.mapping?["id"]?.scalar?.string { unreadQuestionIDs.insert(id) }
                        continue
                    }
                    if let first = seen[question.id] {
                        walk.problem(at: item, "duplicate question id '\(question.id)' (first used on line \(first.mark?.line ?? 0)). Give each question its own id.")
                    } else {
                        seen[question.id] = item
                    }
                    earlier[question.id] = earlier[question.id] ?? question
                    questions.append(question)
                }
            } else if page["questions"] == nil {
                walk.problem(at: pageNode, "\(context) has no 'questions'. Add a list of questions.")
            }
            pages.append(Page(title: title, questions: questions))
        }
        return pages
    }

    private mutating func readQuestion(_ node: Node, optionLists: [String: [Option]], earlier: [String: Question]) -> Question? {
        guard let map = walk.mapping(node, "a question") else { return nil }
        let rawID = requiredString(map, "id", in: "a question")
        let context = rawID.map { "question '\($0)'" } ?? "a question"
        walk.checkKeys(map, allowed: Self.questionKeys, in: context)
        if let rawID, !Self.isQuestionID(rawID) {
            walk.problem(at: map["id"], "the question id '\(rawID)' must start with a letter and use only letters, digits and '_' (at most 64 characters).")
        } else if let rawID, Self.reservedQuestionIDs.contains(rawID) {
            walk.problem(at: map["id"], "the question id '\(rawID)' is used by the page itself. Choose another id.")
        }
        var type: QuestionType?
        var xlsForm = XLSFormType()
        if let raw = requiredString(map, "type", in: context) {
            xlsForm = XLSFormType(raw)
            type = QuestionType(rawValue: raw) ?? xlsForm.type
            if type == nil {
                walk.problem(at: map["type"], "unknown question type '\(raw)' in \(context). Use one of: \(QuestionType.allCases.map(\.rawValue).joined(separator: ", ")), or XLSForm's \(XLSFormType.names).")
            }
        }
        let label = requiredText(map, "label", in: context)
        let hint = optionalText(map, "hint")
        let required = optionalBool(map, "required") ?? false
        let identifying = optionalBool(map, "identifying") ?? false
        let quotePermission = optionalBool(map, "quote_permission") ?? false
        let maxLength = optionalInt(map, "max_length")
        let minimum = optionalNumber(map, "min")
        let maximum = optionalNumber(map, "max")
        let integerOnly = optionalBool(map, "integer") ?? xlsForm.integerOnly

        var options: [Option] = []
        if let type {
            if type.isChoice {
                if let optionsNode = map["options"] {
                    options = readOptions(optionsNode, lists: optionLists, context: context)
                } else if let list = xlsForm.listName, let typeNode = map["type"] {
                    options = sharedList(list, at: typeNode, lists: optionLists)
                } else {
                    walk.problem(at: node, "\(context) is \(type.rawValue) but has no 'options'. Add a list of options or the name of an option list.")
                }
            } else if let optionsNode = map["options"] {
                walk.problem(at: optionsNode, "\(context) is \(type.rawValue), which has no options. Remove 'options' or change the type.")
            }
            if quotePermission, type != .text {
                walk.problem(at: map["quote_permission"], "'quote_permission' is for text questions only; \(context) is \(type.rawValue).")
            }
            if type != .text, map["max_length"] != nil {
                walk.problem(at: map["max_length"], "'max_length' is for text questions only; \(context) is \(type.rawValue).")
            }
            if type != .number, map["min"] != nil || map["max"] != nil || map["integer"] != nil {
                walk.problem(at: map["min"] ?? map["max"] ?? map["integer"], "'min', 'max' and 'integer' are for number questions only; \(context) is \(type.rawValue).")
            }
            if type == .note, required || identifying {
                walk.problem(at: node, "\(context) is a note, which asks nothing, so it cannot be required or identifying.")
            } else if identifying, !type.isSingleOption {
                // The analyst crosses every table by each identifying question, which needs each person in exactly one group.
                walk.problem(at: map["identifying"], "\(context) is \(type.rawValue), but identifying questions must be single_choice or scale, so that each person is in one group. Use bands as options, or split it into yes/no questions.")
            }
        }
        if let maxLength, !(1...Question.largestMaxLength).contains(maxLength) {
            walk.problem(at: map["max_length"], "'max_length' must be between 1 and \(Question.largestMaxLength).")
        }
        if let minimum, let maximum, minimum > maximum {
            walk.problem(at: map["min"], "'min' (\(minimum)) is larger than 'max' (\(maximum)) in \(context).")
        }

        var hierarchy = GeneralisationHierarchy.none
        if let hierarchyNode = map["hierarchy"], let type {
            let keyNode = map.keys.first { $0.scalar?.string == "hierarchy" }
            if !type.isSingleOption {
                walk.problem(at: keyNode, "'hierarchy' is for identifying single_choice or scale questions; \(context) is \(type.rawValue). Remove it.")
            } else if !identifying {
                walk.problem(at: keyNode, "\(context) has a 'hierarchy' but is not identifying, and only identifying questions are generalised. Add 'identifying: true', or remove the hierarchy.")
            } else if !options.isEmpty {
                hierarchy = readHierarchy(hierarchyNode, options: options, context: context)
            }
        }

        var relevant: RelevanceExpression?
        var relevantSource: String?
        if let relevantNode = map["relevant"] {
            if let source = string(relevantNode, "'relevant' of \(context)") {
                relevantSource = source
                relevant = readRelevance(source, node: relevantNode, context: context, earlier: earlier)
            }
        }

        guard let rawID, let type, let label else { return nil }
        return Question(
            id: rawID, type: type, label: label, hint: hint, options: options, required: required,
            relevant: relevant, relevantSource: relevantSource, identifying: identifying, hierarchy: hierarchy,
            quotePermission: quotePermission, maxLength: maxLength ?? Question.defaultMaxLength,
            minimum: minimum, maximum: maximum, integerOnly: integerOnly
        )
    }

    private mutating func readRelevance(_ source: String, node: Node, context: String, earlier: [String: Question]) -> RelevanceExpression? {
        do {
            let expression = try RelevanceParser.parse(source)
            for name in expression.referencedQuestions where earlier[name] == nil && !unreadQuestionIDs.contains(name) {
                walk.problem(at: node, "the 'relevant' of \(context) refers to ${\(name)}, which is not a question before it. Check the spelling, or move \(context) after '\(name)'.")
            }
            // A misspelt option would silently hide a whole branch of the survey, so it is an error too.
            for (name, option) in expression.comparedOptions {
                guard let question = earlier[name], question.type.isChoice, question.option(option) == nil else { continue }
                walk.problem(at: node, "the 'relevant' of \(context) compares ${\(name)} with '\(option)', which is not one of its options (\(question.options.map(\.id).joined(separator: ", "))). Check the spelling.")
            }
            return expression
        } catch {
            walk.problem(at: node, "the 'relevant' of \(context) cannot be read: \(error.message) (column \(error.column) of \"\(source)\").")
            return nil
        }
    }

    // MARK: Options

    private mutating func readOptionLists(_ node: Node?) -> [String: [Option]] {
        var lists = SharedOptionLists.all
        guard let node, let map = walk.mapping(node, "'option_lists'") else { return lists }
        for (keyNode, valueNode) in map {
            guard let name = keyNode.scalar?.string else { continue }
            if SharedOptionLists.all[name] != nil {
                walk.problem(at: keyNode, "the option list '\(name)' is already a shared list. Give yours another name.")
                continue
            }
            lists[name] = readOptions(valueNode, lists: SharedOptionLists.all, context: "option list '\(name)'")
        }
        return lists
    }

    private mutating func readOptions(_ node: Node, lists: [String: [Option]], context: String) -> [Option] {
        if let name = node.scalar?.string {
            return sharedList(name, at: node, lists: lists)
        }
        guard let items = walk.sequence(node, "'options' of \(context)") else { return [] }
        var options: [Option] = []
        var seen: Set<String> = []
        let problemsBefore = problems.count
        for item in items {
            var found: [Option] = []
            if let name = item.scalar?.string {
                found = sharedList(name, at: item, lists: lists)
            } else if let map = walk.mapping(item, "an option of \(context)") {
                walk.checkKeys(map, allowed: Self.optionKeys, in: "an option of \(context)")
                guard let idNode = map["id"] else {
                    walk.problem(at: item, "an option of \(context) has no 'id'.")
                    continue
                }
                guard let id = optionID(idNode, context: context) else { continue }
                guard let label = requiredText(map, "label", in: "option '\(id)' of \(context)") else { continue }
                found = [Option(id: id, label: label)]
            }
            for option in found {
                if !seen.insert(option.id).inserted {
                    walk.problem(at: item, "duplicate option id '\(option.id)' in \(context). Give each option its own id.")
                }
                options.append(option)
            }
        }
        if options.isEmpty, problems.count == problemsBefore {
            walk.problem(at: node, "\(context) has no options. Add at least one.")
        }
        return options
    }

    private mutating func sharedList(_ name: String, at node: Node, lists: [String: [Option]]) -> [Option] {
        if let list = lists[name] { return list }
        walk.problem(at: node, "unknown option list '\(name)'. Use one of: \(lists.keys.sorted().joined(separator: ", ")), or list the options.")
        return []
    }

    mutating func optionID(_ node: Node, context: String) -> String? {
        guard let scalar = node.scalar else {
            walk.problem(at: node, "an option id in \(context) must be a single word.")
            return nil
        }
        if scalar.style == .plain, Resolver.default.resolveTag(of: node) == .bool {
            walk.problem(at: node, "the option id \(scalar.string) in \(context) was read by YAML as true or false. Put it in quotes: \"\(scalar.string)\".")
            return nil
        }
        let id = scalar.string
        guard Self.isOptionID(id) else {
            walk.problem(at: node, "the option id '\(id)' in \(context) must use only letters, digits, '_' and '-' (at most 64 characters).")
            return nil
        }
        return id
    }

    // MARK: Scalars

    private mutating func requiredString(_ map: Node.Mapping, _ key: String, in context: String) -> String? {
        guard let node = map[key] else {
            walk.problem(at: nil, "\(context) has no '\(key)'. Add it.", near: map)
            return nil
        }
        return string(node, "'\(key)' of \(context)")
    }

    private mutating func string(_ node: Node, _ what: String) -> String? {
        guard let scalar = node.scalar, !scalar.string.isEmpty else {
            walk.problem(at: node, "\(what) must be a single, non-empty value.")
            return nil
        }
        return scalar.string
    }

    private mutating func requiredInt(_ map: Node.Mapping, _ key: String, in context: String, minimum: Int) -> Int? {
        guard map[key] != nil else {
            walk.problem(at: nil, "\(context) has no '\(key)'. Add it.", near: map)
            return nil
        }
        guard let value = optionalInt(map, key) else { return nil }
        if value < minimum {
            walk.problem(at: map[key], "'\(key)' must be at least \(minimum).")
            return nil
        }
        return value
    }

    private mutating func optionalInt(_ map: Node.Mapping, _ key: String) -> Int? {
        guard let node = map[key] else { return nil }
        guard let scalar = node.scalar, let value = Int(scalar.string) else {
            walk.problem(at: node, "'\(key)' must be a whole number.")
            return nil
        }
        return value
    }

    private mutating func optionalNumber(_ map: Node.Mapping, _ key: String) -> Double? {
        guard let node = map[key] else { return nil }
        guard let scalar = node.scalar, let value = Double(scalar.string), value.isFinite else {
            walk.problem(at: node, "'\(key)' must be a number.")
            return nil
        }
        return value
    }

    private mutating func optionalBool(_ map: Node.Mapping, _ key: String) -> Bool? {
        guard let node = map[key] else { return nil }
        switch node.scalar?.string {
        case "true": return true
        case "false": return false
        default:
            walk.problem(at: node, "'\(key)' must be true or false.")
            return nil
        }
    }

    mutating func requiredText(_ map: Node.Mapping, _ key: String, in context: String) -> LocalizedText? {
        guard map[key] != nil else {
            walk.problem(at: nil, "\(context) has no '\(key)'. Add it.", near: map)
            return nil
        }
        return optionalText(map, key)
    }

    /// A text is a string, or a map of language codes to strings that includes English.
    mutating func optionalText(_ map: Node.Mapping, _ key: String) -> LocalizedText? {
        guard let node = map[key] else { return nil }
        if let scalar = node.scalar {
            let text = scalar.string.trimmingWhitespace
            if text.isEmpty { walk.problem(at: node, "'\(key)' is empty. Write the text, or remove the key.") }
            return LocalizedText(text)
        }
        guard let languages = walk.mapping(node, "'\(key)'") else { return nil }
        var byLanguage: [String: String] = [:]
        for (languageNode, textNode) in languages {
            guard let language = languageNode.scalar?.string, Self.isLanguageCode(language) else {
                walk.problem(at: languageNode, "'\(key)' has '\(languageNode.scalar?.string ?? "?")', which is not a language code like en, cy or ur.")
                continue
            }
            guard let text = textNode.scalar?.string.trimmingWhitespace, !text.isEmpty else {
                walk.problem(at: textNode, "the '\(language)' text of '\(key)' must be a non-empty string.")
                continue
            }
            byLanguage[language] = text
        }
        guard byLanguage[LocalizedText.fallbackLanguage] != nil else {
            walk.problem(at: node, "'\(key)' has no English ('en') text, which every other language falls back to. Add it.")
            return nil
        }
        return LocalizedText(byLanguage: byLanguage)
    }

    // MARK: Structure


    // MARK: Names

    static func isSlug(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 64 && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    static func isQuestionID(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, s.count <= 64 else { return false }
        return isASCIILetter(first) && s.unicodeScalars.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    static func isOptionID(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 64 && s.unicodeScalars.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
    }

    static func isLanguageCode(_ s: String) -> Bool {
        (2...8).contains(s.count) && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0 == "-" }
    }

    private static func isASCIILetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }

}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let c = scalars.first, c.isWhitespace { scalars.removeFirst() }
        while let c = scalars.last, c.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
