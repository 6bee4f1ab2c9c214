/// Version 1 of public findings put every audience in one report. Findings published before an
/// upgrade must stay readable (the server checks stored findings each time it shows them), so a
/// version 1 tree is reshaped into version 2 before it is read: the same keys, moved into one
/// report whose `who` is null, recommendations with no "you said", and no translations. Nothing is
/// dropped or made up: a key missing from the old file is missing from the new shape too, and an
/// unknown key stays where it was, so the reader reports both as it would have.
enum PublicFindingsVersion1 {
    static let reportKeys = ["respondents", "coverage", "sections", "key_points", "quotes", "recommendations"]
    /// Keys version 2 added at the top: a version 1 file holding one is refused (`PublicFindingsReader`).
    static let newKeys = ["reports", "translations"]

    static func upgraded(_ top: [String: JSONValue]) -> JSONValue {
        var upgraded = top
        var report: [String: JSONValue] = ["who": .null]
        for key in reportKeys {
            guard let value = upgraded.removeValue(forKey: key) else { continue }
            report[key] = key == "recommendations" ? withoutYouSaid(value) : value
        }
        upgraded["reports"] = .array([.object(report)])
        upgraded["translations"] = .object([:])
        return .object(upgraded)
    }

    private static func withoutYouSaid(_ value: JSONValue) -> JSONValue {
        guard case .array(let elements) = value else { return value }
        return .array(elements.map { element in
            guard case .object(var recommendation) = element, recommendation["you_said"] == nil else { return element }
            recommendation["you_said"] = .array([])
            return .object(recommendation)
        })
    }
}
