import Foundation

// Encoding writes every key, with `null` where there is no value: the reader refuses a missing key,
// so a reader never has to tell "missing" from "not shown". Decoding goes through the same strict
// reader as `PublicFindingsValidator`: an unknown key, a missing one or a wrong type is an error,
// and decoding a whole `PublicFindings` applies the disclosure rules as well.

extension PublicFindings: Codable {
    enum Key: String, CodingKey, CaseIterable {
        case format, version, k, rounding, title, partnership, published, period
        case summary, method, limitations, reports, translations
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(Self.format, forKey: .format)
        try container.encode(Self.version, forKey: .version)
        try container.encode(k, forKey: .k)
        try container.encode(rounding, forKey: .rounding)
        try container.encode(title, forKey: .title)
        try container.encode(partnership, forKey: .partnership)
        try container.encode(published, forKey: .published)
        try container.encode(period, forKey: .period)
        try container.encode(summary, forKey: .summary)
        try container.encode(method, forKey: .method)
        try container.encode(limitations, forKey: .limitations)
        try container.encode(reports, forKey: .reports)
        try container.encode(translations, forKey: .translations)
    }

    public init(from decoder: any Decoder) throws {
        let value = try JSONValue(from: decoder)
        do {
            self = try PublicFindingsValidator.read(value)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }
}

extension PublicFindings.Report: Codable {
    enum Key: String, CodingKey, CaseIterable {
        case who, respondents, coverage, sections
        case keyPoints = "key_points"
        case quotes, recommendations
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(who?.rawValue, forKey: .who)
        try container.encode(respondents, forKey: .respondents)
        try container.encode(coverage, forKey: .coverage)
        try container.encode(sections, forKey: .sections)
        try container.encode(keyPoints, forKey: .keyPoints)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(recommendations, forKey: .recommendations)
    }

    public init(from decoder: any Decoder) throws { self = try strictlyDecoded(decoder) { $0.report($1, $2) } }
}

extension PublicFindings.Period: Codable {
    enum Key: String, CodingKey, CaseIterable { case from, to }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
    }

    public init(from decoder: any Decoder) throws { self = try strictlyDecoded(decoder) { $0.period($1, $2) } }
}

extension PublicFindings.Section: Codable {
    enum Key: String, CodingKey, CaseIterable { case heading, tables }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(heading, forKey: .heading)
        try container.encode(tables, forKey: .tables)
    }

    public init(from decoder: any Decoder) throws { self = try strictlyDecoded(decoder) { $0.section($1, $2) } }
}

extension PublicFindings.Quote: Codable {
    enum Key: String, CodingKey, CaseIterable { case question, text }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(question, forKey: .question)
        try container.encode(text, forKey: .text)
    }

    public init(from decoder: any Decoder) throws { self = try strictlyDecoded(decoder) { $0.quote($1, $2) } }
}

extension PublicFindings.Table: Codable {
    enum Key: String, CodingKey, CaseIterable { case title, kind, note, asked, answered, columns, rows, agreement }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(title, forKey: .title)
        try container.encode(kind.rawValue, forKey: .kind)
        try container.encode(note, forKey: .note)
        try container.encode(asked, forKey: .asked)
        try container.encode(answered, forKey: .answered)
        try container.encode(columns, forKey: .columns)
        try container.encode(rows, forKey: .rows)
        try container.encode(agreement, forKey: .agreement)
    }

    public init(from decoder: any Decoder) throws { self = try strictlyDecoded(decoder) { $0.table($1, $2) } }
}

extension PublicFindings.Column: Codable {
    enum Key: String, CodingKey, CaseIterable { case label, base }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(label, forKey: .label)
        try container.encode(base, forKey: .base)
    }

    public init(from decoder: any Decoder) throws { self = try strictlyDecoded(decoder) { $0.column($1, $2) } }
}

extension PublicFindings.Row: Codable {
    enum Key: String, CodingKey, CaseIterable { case label, cells }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(label, forKey: .label)
        try container.encode(cells, forKey: .cells)
    }

    public init(from decoder: any Decoder) throws { self = try strictlyDecoded(decoder) { $0.row($1, $2, columns: nil) } }
}

extension PublicFindings.Agreement: Codable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: PublicFindings.Row.Key.self)
        try container.encode(label, forKey: .label)
        try container.encode(cells, forKey: .cells)
    }

    public init(from decoder: any Decoder) throws { self = try strictlyDecoded(decoder) { $0.agreement($1, $2, columns: nil) } }
}

extension PublicFindings.Cell: Codable {
    enum Key: String, CodingKey, CaseIterable { case count, percent }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(count, forKey: .count)
        try container.encode(percent, forKey: .percent)
    }

    public init(from decoder: any Decoder) throws { self = try strictlyDecoded(decoder) { $0.cell($1, $2) } }
}

extension PublicFindings.Recommendation: Codable {
    enum Key: String, CodingKey, CaseIterable {
        case id, text, audience, owner, status, due, update
        case youSaid = "you_said"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(id, forKey: .id)
        try container.encode(text, forKey: .text)
        try container.encode(audience.rawValue, forKey: .audience)
        try container.encode(owner, forKey: .owner)
        try container.encode(status.rawValue, forKey: .status)
        try container.encode(due, forKey: .due)
        try container.encode(update, forKey: .update)
        try container.encode(youSaid, forKey: .youSaid)
    }

    public init(from decoder: any Decoder) throws { self = try strictlyDecoded(decoder) { $0.recommendation($1, $2) } }
}

extension PublicFindings.Month: Codable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: any Decoder) throws { self = try strictlyDecoded(decoder) { $0.month($1, $2) } }
}

extension PublicFindings.Day: Codable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: any Decoder) throws { self = try strictlyDecoded(decoder) { $0.day($1, $2) } }
}

extension PublicFindings.Table.Kind: Codable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public init(from decoder: any Decoder) throws { self = try strictlyDecoded(decoder) { $0.choice($1, $2, placeholder: .singleChoice) } }
}

extension PublicFindings.Audience: Codable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public init(from decoder: any Decoder) throws { self = try strictlyDecoded(decoder) { $0.choice($1, $2, placeholder: .partnership) } }
}

extension PublicFindings.Status: Codable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public init(from decoder: any Decoder) throws { self = try strictlyDecoded(decoder) { $0.choice($1, $2, placeholder: .red) } }
}

/// Decodes one part of the format with the strict reader, throwing every problem it found.
private func strictlyDecoded<T>(_ decoder: any Decoder, _ read: (PublicFindingsReader, JSONValue, FindingsPath) -> T) throws -> T {
    let value = try JSONValue(from: decoder)
    let problems = ProblemList()
    let result = read(PublicFindingsReader(problems: problems), value, .root)
    guard problems.isEmpty else {
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: problems.refusal.description))
    }
    return result
}
