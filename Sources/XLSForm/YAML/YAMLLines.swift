/// YAML text built line by line, remembering which cell of the spreadsheet each line came from, so
/// that a problem the survey reader finds on a line is reported at its cell.
struct YAMLLines {
    private(set) var lines: [String] = []
    /// 1-based line → the cell it was written from; nil for a line of structure (`pages:`, a comment).
    private(set) var origins: [Int: CellLocation] = [:]

    var text: String { lines.joined(separator: "\n") + "\n" }

    mutating func add(_ line: String, from origin: CellLocation? = nil) {
        lines.append(line)
        if let origin { origins[lines.count] = origin }
    }

    mutating func blank() { add("") }

    /// `# text`, wrapped at word boundaries to about 100 characters.
    mutating func comment(_ text: String, indent: String = "") {
        var line = indent + "#"
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > 100, line != indent + "#" {
                add(line)
                line = indent + "#"
            }
            line += " " + word
        }
        add(line)
    }

    /// `indent` is the key's column; `dash` starts a list item there ("  - title: ...").
    private func start(_ key: String, indent: String, dash: Bool) -> String {
        dash ? String(indent.dropLast(2)) + "- " + key : indent + key
    }

    /// `key: value`, or `key: |` and the lines of the value beneath.
    mutating func scalar(_ key: String, _ value: String, indent: String, dash: Bool = false, from origin: CellLocation?) {
        let key = start(key, indent: indent, dash: dash)
        if let inline = YAMLScalar.inline(value) {
            add("\(key): \(inline)", from: origin)
        } else if YAMLScalar.isBlockSafe(value) {
            add("\(key): |", from: origin)
            for line in value.split(separator: "\n", omittingEmptySubsequences: false) {
                add(line.isEmpty ? "" : "\(indent)  \(line)", from: origin)
            }
        } else {
            add("\(key): \(YAMLScalar.quoted(value))", from: origin)
        }
    }

    /// A text in one language as a plain value; in several as a map of language codes, English first.
    mutating func text(_ key: String, _ text: DraftText, indent: String, dash: Bool = false) {
        let languages = text.languages
        if languages == ["en"] {
            scalar(key, text.byLanguage["en"]!, indent: indent, dash: dash, from: text.location)
            return
        }
        add("\(start(key, indent: indent, dash: dash)):", from: text.location)
        for language in languages {
            scalar(language, text.byLanguage[language]!, indent: indent + "  ", from: text.location)
        }
    }

    /// The cell a reader's problem on `line` is about, or nil for a line of structure.
    func origin(ofLine line: Int) -> CellLocation? {
        origins[line] ?? nil
    }
}
