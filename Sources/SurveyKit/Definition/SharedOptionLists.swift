/// Option lists every survey may use by name, so that the same scale means the same thing across
/// surveys and rounds (and can be compared). Wording follows the source reports (004: 612-618).
public enum SharedOptionLists {
    /// Welsh and Urdu are machine-drafted and not yet checked by a native speaker (docs/translations.md).
    public static let all: [String: [Option]] = [
        "agreement": list([
            ("strongly_agree", "Strongly agree", "Cytuno'n gryf", "پوری طرح متفق"),
            ("agree", "Agree", "Cytuno", "متفق"),
            ("neither", "Neither agree nor disagree", "Ddim yn cytuno nac yn anghytuno", "نہ متفق نہ غیر متفق"),
            ("disagree", "Disagree", "Anghytuno", "غیر متفق"),
            ("strongly_disagree", "Strongly disagree", "Anghytuno'n gryf", "بالکل غیر متفق"),
        ]),
        "agency_rating": list([
            ("very_positive", "Very positive", "Cadarnhaol iawn", "بہت مثبت"),
            ("positive", "Positive", "Cadarnhaol", "مثبت"),
            ("neutral", "Neither positive nor negative", "Ddim yn gadarnhaol nac yn negyddol", "نہ مثبت نہ منفی"),
            ("negative", "Negative", "Negyddol", "منفی"),
            ("very_negative", "Very negative", "Negyddol iawn", "بہت منفی"),
            ("no_experience", "No experience of this service", "Dim profiad o'r gwasanaeth hwn", "اس سروس کا کوئی تجربہ نہیں"),
        ]),
        "yes_no_dont_know": list([
            ("yes", "Yes", "Ie", "ہاں"), ("no", "No", "Na", "نہیں"), ("dont_know", "Don't know", "Ddim yn gwybod", "معلوم نہیں"),
        ]),
        "yes_no": list([("yes", "Yes", "Ie", "ہاں"), ("no", "No", "Na", "نہیں")]),
        "prefer_not_to_say": list([("prefer_not_to_say", "Prefer not to say", "Gwell gen i beidio â dweud", "بتانا نہیں چاہتے")]),
    ]

    /// Option ids that mean "did not say" rather than a position on a scale.
    public static let nonSubstantiveOptionIDs: Set<String> = ["no_experience", "dont_know", "prefer_not_to_say"]

    private static func list(_ options: [(id: String, en: String, cy: String, ur: String)]) -> [Option] {
        options.map { Option(id: $0.id, label: LocalizedText(byLanguage: ["en": $0.en, "cy": $0.cy, "ur": $0.ur])) }
    }
}
