/// One lexical unit of a condition.
struct RelevanceToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// `${name}`
        case reference(String)
        /// `'...'` or `"..."`, quotes removed.
        case string(String)
        case number(Double)
        /// Function names and the keywords `and` / `or`. Words may contain '-' and ':'
        /// so `count-selected` and `jr:choice-name` arrive whole and get a clear message.
        case word(String)
        case comparison(RelevanceExpression.ComparisonOperator)
        case leftParen
        case rightParen
        case comma
        case end
    }

    let kind: Kind
    /// As written, for error messages.
    let text: String
    /// 1-based, in characters, so errors point where an editor would.
    let column: Int
}

/// Splits a condition into tokens. Works on `Character`s so columns match what authors see
/// even with accents or emoji in quoted text.
struct RelevanceLexer {
    private let characters: [Character]
    private var index = 0
    private var tokens: [RelevanceToken] = []

    /// The tokens of `source`, always ending with `.end` at one past the last column.
    static func tokenize(_ source: String) throws(RelevanceSyntaxError) -> [RelevanceToken] {
        var lexer = RelevanceLexer(characters: Array(source))
        return try lexer.run()
    }

    private init(characters: [Character]) {
        self.characters = characters
    }

    private mutating func run() throws(RelevanceSyntaxError) -> [RelevanceToken] {
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
                continue
            }
            switch character {
            case "$":
                try readReference()
            case "'", "\"":
                try readString(quote: character)
            case "(":
                emit(.leftParen, length: 1)
            case ")":
                emit(.rightParen, length: 1)
            case ",":
                emit(.comma, length: 1)
            case "=":
                // Common slips from other languages get a pointed hint instead of a generic error.
                switch peek(1) {
                case "=": throw fail("'==' is not used in XLSForm: write '=' to compare", at: index)
                case ">": throw fail("'=>' is not an operator: write '>='", at: index)
                case "<": throw fail("'=<' is not an operator: write '<='", at: index)
                default: emit(.comparison(.equal), length: 1)
                }
            case "!":
                guard peek(1) == "=" else {
                    throw fail("'!' on its own is not used in XLSForm: write not(...) or '!='", at: index)
                }
                emit(.comparison(.notEqual), length: 2)
            case "<":
                switch peek(1) {
                case "=": emit(.comparison(.lessOrEqual), length: 2)
                case ">": throw fail("'<>' is not used in XLSForm: write '!=' for 'not equal'", at: index)
                default: emit(.comparison(.less), length: 1)
                }
            case ">":
                if peek(1) == "=" {
                    emit(.comparison(.greaterOrEqual), length: 2)
                } else {
                    emit(.comparison(.greater), length: 1)
                }
            case "&":
                throw fail("'\(peek(1) == "&" ? "&&" : "&")' is not used in XLSForm: write 'and'", at: index)
            case "|":
                throw fail("'\(peek(1) == "|" ? "||" : "|")' is not used in XLSForm: write 'or'", at: index)
            default:
                if startsNumber() {
                    try readNumber()
                } else if character == "-" || character == "+" || character == "*" || character == "/" {
                    throw fail("'\(character)' can't be used here: conditions compare values but can't do arithmetic", at: index)
                } else if character == "." {
                    throw fail("'.' (the current question) can't be used here: refer to questions by name, like ${name}", at: index)
                } else if character.isLetter {
                    readWord()
                } else {
                    throw fail("unexpected character \(Self.show(character)): remove it", at: index)
                }
            }
        }
        tokens.append(RelevanceToken(kind: .end, text: "", column: characters.count + 1))
        return tokens
    }

    // MARK: Tokens

    /// `${name}`. Names are ASCII letters, digits and '_', starting with a letter, like question ids.
    private mutating func readReference() throws(RelevanceSyntaxError) {
        let start = index
        guard peek(1) == "{" else {
            throw fail("'$' must start a question reference like ${name}", at: start)
        }
        var end = start + 2
        guard end < characters.count, Self.isASCIILetter(characters[end]) else {
            let found = end < characters.count ? characters[end] : nil
            if found == "}" {
                throw fail("the question name is missing: write ${name}", at: end)
            }
            if let found, Self.isASCIIDigit(found) || found == "_" {
                throw fail("a question name must start with a letter", at: end)
            }
            throw fail("expected a question name right after '${', like ${name}", at: end)
        }
        while end < characters.count, Self.isNameCharacter(characters[end]) { end += 1 }
        let name = String(characters[(start + 2)..<end])
        guard end < characters.count, characters[end] == "}" else {
            if end < characters.count, !characters[end].isWhitespace {
                throw fail("\(Self.show(characters[end])) can't be part of a question name: names use letters, digits and '_'", at: end)
            }
            throw fail("expected '}' to close '${' opened at column \(start + 1)", at: end)
        }
        emit(.reference(name), length: end + 1 - start)
    }

    /// No escapes, as in XPath: a text holding ' is written in "..." and vice versa.
    private mutating func readString(quote: Character) throws(RelevanceSyntaxError) {
        let start = index
        var end = start + 1
        while end < characters.count, characters[end] != quote { end += 1 }
        guard end < characters.count else {
            throw fail("the text starting at column \(start + 1) is not closed: add a closing \(quote) at its end", at: start)
        }
        emit(.string(String(characters[(start + 1)..<end])), length: end + 1 - start)
    }

    private func startsNumber() -> Bool {
        var offset = 0
        if characters[index] == "-" { offset = 1 }
        if let first = peek(offset), Self.isASCIIDigit(first) { return true }
        if peek(offset) == ".", let next = peek(offset + 1), Self.isASCIIDigit(next) { return true }
        return false
    }

    /// `3`, `2.5`, `-1`, `.5`. A '-' belongs to the number only when a digit follows it at once.
    private mutating func readNumber() throws(RelevanceSyntaxError) {
        let start = index
        var end = start
        if characters[end] == "-" { end += 1 }
        while end < characters.count, Self.isASCIIDigit(characters[end]) { end += 1 }
        if end < characters.count, characters[end] == "." {
            end += 1
            while end < characters.count, Self.isASCIIDigit(characters[end]) { end += 1 }
        }
        if end < characters.count, Self.isWordCharacter(characters[end]) || characters[end] == "." {
            // "3x" or "1.2.3": show the whole run so the author sees what was meant.
            var runEnd = end
            while runEnd < characters.count, Self.isWordCharacter(characters[runEnd]) || characters[runEnd] == "." {
                runEnd += 1
            }
            let run = String(characters[start..<runEnd])
            throw fail("'\(run)' is not a number: put text in quotes, like '\(run)'", at: start)
        }
        let text = String(characters[start..<end])
        guard let value = RelevanceNumber.parse(text) else {
            throw fail("this number is too large: use a smaller one", at: start)
        }
        emit(.number(value), length: end - start)
    }

    private mutating func readWord() {
        var end = index + 1
        while end < characters.count, Self.isWordCharacter(characters[end]) { end += 1 }
        emit(.word(String(characters[index..<end])), length: end - index)
    }

    // MARK: Helpers

    private mutating func emit(_ kind: RelevanceToken.Kind, length: Int) {
        tokens.append(RelevanceToken(kind: kind, text: String(characters[index..<(index + length)]), column: index + 1))
        index += length
    }

    private func peek(_ offset: Int) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }

    private func fail(_ message: String, at position: Int) -> RelevanceSyntaxError {
        RelevanceSyntaxError(message: message, column: position + 1)
    }

    static func isASCIILetter(_ character: Character) -> Bool {
        character.isASCII && character.isLetter
    }

    static func isASCIIDigit(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return ascii >= UInt8(ascii: "0") && ascii <= UInt8(ascii: "9")
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        isASCIILetter(character) || isASCIIDigit(character) || character == "_"
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || isASCIIDigit(character) || character == "_" || character == "-" || character == ":"
    }

    /// Quotes a visible character; names invisible or unusual ones by code point,
    /// since a zero-width space pasted from a document would otherwise look like nothing.
    static func show(_ character: Character) -> String {
        if character.isASCII, let ascii = character.asciiValue, ascii >= 0x21, ascii < 0x7F {
            return "'\(character)'"
        }
        let codes = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }
        if character.isLetter || character.isNumber || character.isPunctuation || character.isSymbol {
            return "'\(character)' (\(codes.joined(separator: " ")))"
        }
        return codes.joined(separator: " ")
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
