/// Option lists every survey may use by name, so that the same scale means the same thing across
/// surveys and rounds (and can be compared). Wording follows the source reports (004: 612-618).
public enum SharedOptionLists {
    public static let all: [String: [Option]] = [
        "agreement": list([
            ("strongly_agree", "Strongly agree"),
            ("agree", "Agree"),
            ("neither", "Neither agree nor disagree"),
            ("disagree", "Disagree"),
            ("strongly_disagree", "Strongly disagree"),
        ]),
        "agency_rating": list([
            ("very_positive", "Very positive"),
            ("positive", "Positive"),
            ("neutral", "Neither positive nor negative"),
            ("negative", "Negative"),
            ("very_negative", "Very negative"),
            ("no_experience", "No experience of this service"),
        ]),
        "yes_no_dont_know": list([("yes", "Yes"), ("no", "No"), ("dont_know", "Don't know")]),
        "yes_no": list([("yes", "Yes"), ("no", "No")]),
        "prefer_not_to_say": list([("prefer_not_to_say", "Prefer not to say")]),
    ]

    /// Option ids that mean "did not say" rather than a position on a scale.
    public static let nonSubstantiveOptionIDs: Set<String> = ["no_experience", "dont_know", "prefer_not_to_say"]

    private static func list(_ pairs: [(String, String)]) -> [Option] {
        pairs.map { Option(id: $0.0, label: LocalizedText($0.1)) }
    }
}
