import Foundation

extension RelevanceExpression {
    /// The condition as compact JSON for the page's optional script (Public/skip-logic.js), which
    /// hides questions as she answers. The server decides again on submission, so the script only
    /// changes what is shown, never what is kept.
    ///
    /// `["ref",q]`, `["str",s]`, `["num",n]`, `["bool",b]`, `["cmp",op,l,r]`, `["and",[...]]`,
    /// `["or",[...]]`, `["not",e]`, `["sel",q,option]`, `["cnt",q]`.
    public var json: String {
        let data = try! JSONSerialization.data(withJSONObject: jsonObject, options: [.withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    private var jsonObject: Any {
        switch self {
        case .reference(let question): return ["ref", question]
        case .string(let text): return ["str", text]
        case .number(let value): return ["num", value]
        case .boolean(let value): return ["bool", value]
        case .comparison(let left, let op, let right): return ["cmp", op.rawValue, left.jsonObject, right.jsonObject]
        case .and(let terms): return ["and", terms.map(\.jsonObject)]
        case .or(let terms): return ["or", terms.map(\.jsonObject)]
        case .not(let inner): return ["not", inner.jsonObject]
        case .selected(let question, let option): return ["sel", question, option]
        case .countSelected(let question): return ["cnt", question]
        }
    }
}
