import Foundation
import SurveyKit

/// Every string a person reads in the interface, in one place, so wording is reviewed once and can be
/// translated. Survey wording lives in the survey files; this is everything around it.
/// Survivor-facing text aims at a reading age of 9 to 11 (GOV.UK style).
public struct Catalogue: Sendable {
    public let language: String
    private let table: [StringKey: String]

    /// English, the fallback for every other language.
    public static let english = Catalogue(language: "en", table: englishTable)

    init(language: String, table: [StringKey: String]) {
        self.language = language
        self.table = table
    }

    public subscript(_ key: StringKey) -> String { table[key] ?? Self.englishTable[key] ?? key.rawValue }

    /// A string with `{name}` placeholders filled in.
    ///
    /// One pass over the catalogue's string: a value is put in as it is and never searched again,
    /// so a value that itself holds `{name}` (a survey label, say) is shown as written, whatever
    /// order the values come in. A `{` not starting a known placeholder is kept.
    public func text(_ key: StringKey, _ values: [String: String]) -> String {
        var result = ""
        var rest = self[key][...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let name = rest[rest.index(after: open)...]
            if let close = name.firstIndex(of: "}"), let value = values[String(name[..<close])] {
                result += value
                rest = name[name.index(after: close)...]
            } else {
                result += "{"
                rest = name
            }
        }
        return result + rest
    }

    /// The sentence for an answer the form could not accept.
    public func message(for problem: AnswerProblem) -> String {
        switch problem {
        case .required: return self[.errorRequired]
        case .unknownOption: return self[.errorUnknownOption]
        case .tooManyValues: return self[.errorTooManyValues]
        case .notANumber: return self[.errorNotANumber]
        case .notAWholeNumber: return self[.errorNotAWholeNumber]
        case .belowMinimum(let minimum): return text(.errorBelowMinimum, ["min": Self.format(minimum)])
        case .aboveMaximum(let maximum): return text(.errorAboveMaximum, ["max": Self.format(maximum)])
        case .tooLong(let maximum): return text(.errorTooLong, ["max": String(maximum)])
        case .tooLongInTotal: return self[.errorTooLongInTotal]
        case .wrongKind: return self[.errorWrongKind]
        }
    }

    static func format(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }
}
