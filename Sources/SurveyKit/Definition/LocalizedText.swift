/// Text a person reads, in one or more languages. English is always present: it is the fallback.
public struct LocalizedText: Sendable, Hashable {
    public static let fallbackLanguage = "en"
    /// The languages Chorus has its own pages in (Localisation's catalogues, in this order): the
    /// languages a forum space or a published finding may be written in.
    public static let chorusLanguages = ["en", "cy", "ur"]

    /// Language code → text. Always holds `en`.
    public let byLanguage: [String: String]

    public init(_ english: String) {
        byLanguage = [Self.fallbackLanguage: english]
    }

    /// - Precondition: `byLanguage` holds English; the loader guarantees it for survey files.
    public init(byLanguage: [String: String]) {
        precondition(byLanguage[Self.fallbackLanguage] != nil, "LocalizedText needs English")
        self.byLanguage = byLanguage
    }

    public var english: String { byLanguage[Self.fallbackLanguage]! }

    /// The text in `language`, or English when that language is missing.
    public func text(in language: String) -> String {
        byLanguage[language] ?? english
    }

    /// Whether `language` has its own text rather than the English fallback.
    public func has(language: String) -> Bool { byLanguage[language] != nil }
}
