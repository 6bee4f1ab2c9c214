extension Catalogue {
    /// Every language the interface ships in, English first. Welsh and Urdu are machine-drafted and
    /// not yet checked by a native speaker (`unreviewedLanguages`).
    public static let all: [Catalogue] = [.english, .welsh, .urdu]

    /// The catalogue for a language code such as `cy`, or nil if Chorus has none.
    public static func named(_ code: String?) -> Catalogue? {
        guard let code else { return nil }
        return all.first { $0.language == code.lowercased() }
    }

    /// Whether the language is written right to left (Urdu, Arabic...), for `dir="rtl"`.
    public var isRightToLeft: Bool { Self.rightToLeftLanguages.contains(language) }
    static let rightToLeftLanguages: Set<String> = ["ur", "ar", "fa", "he", "ps", "ku"]

    /// The language's name in itself, for the link that chooses it: names are never translated.
    public var nativeName: String {
        switch language {
        case "cy": "Cymraeg"
        case "ur": "اردو"
        default: "English"
        }
    }
}
