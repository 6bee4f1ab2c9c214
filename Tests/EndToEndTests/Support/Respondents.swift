import TestSupport
import Foundation

/// The known answers of the simulated respondents, so every published count can be checked.
struct Respondent {
    var contact: [String] = []
    var believed: String?
    var age: String?
    var policeRating: String?
    var policeComment: String?
    var contacts: Int?

    var hadPolice: Bool { contact.contains("police") }

    /// The value of a choice question, as option ids (empty when skipped or hidden).
    func options(_ question: String) -> [String] {
        switch question {
        case "contact": return contact
        case "believed": return believed.map { [$0] } ?? []
        case "age": return age.map { [$0] } ?? []
        case "police_rating": return hadPolice ? (policeRating.map { [$0] } ?? []) : []
        default: return []
        }
    }

    var firstPage: [(String, String)] {
        contact.map { ("contact", $0) } + [("believed", believed), ("age", age)].compactMap { name, value in value.map { (name, $0) } }
    }

    var secondPage: [(String, String)] {
        [("police_rating", policeRating), ("police_comment", policeComment), ("contacts", contacts.map(String.init))]
            .compactMap { name, value in value.map { (name, $0) } }
    }

    /// Deterministic, skewed answers: some groups large, some small, some questions skipped.
    static func make(count: Int, seed: UInt64) -> [Respondent] {
        var generator = SplitMix64(seed: seed)
        func pick(_ weighted: [(String?, Int)]) -> String? {
            let total = weighted.map(\.1).reduce(0, +)
            var roll = Int.random(in: 0..<total, using: &generator)
            for (value, weight) in weighted {
                if roll < weight { return value }
                roll -= weight
            }
            return nil
        }
        return (0..<count).map { _ in
            var respondent = Respondent()
            if Int.random(in: 0..<10, using: &generator) < 7 { respondent.contact.append("police") }
            if Int.random(in: 0..<10, using: &generator) < 5 { respondent.contact.append("housing") }
            if Int.random(in: 0..<20, using: &generator) < 1 { respondent.contact.append("gp") }
            respondent.believed = pick([("yes", 5), ("no", 8), ("dont_know", 1), (nil, 1)])
            respondent.age = pick([("under_30", 6), ("30_49", 10), ("over_50", 1), ("prefer_not_to_say", 1), (nil, 1)])
            respondent.policeRating = pick([("very_positive", 1), ("positive", 3), ("neutral", 2), ("negative", 5), ("very_negative", 4), ("no_experience", 1), (nil, 1)])
            if Int.random(in: 0..<3, using: &generator) == 0 { respondent.policeComment = "They listened in the end." }
            if Int.random(in: 0..<2, using: &generator) == 0 { respondent.contacts = Int.random(in: 1...12, using: &generator) }
            return respondent
        }
    }
}


/// One row of tables.csv.
struct TidyRow: Equatable {
    let survey, question, option, byQuestion, byOption: String
    let count: Int?
    let base: Int?
    let suppressed: Bool

    static func parse(csv: String) throws -> [TidyRow] {
        var lines = csv.split(separator: "\n").map(String.init)
        guard lines.first == "survey,question,option,by_question,by_option,count,base,suppressed" else {
            throw TestFailure("tables.csv has the wrong header: \(lines.first ?? "")")
        }
        lines.removeFirst()
        return try lines.map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 8 else { throw TestFailure("bad CSV line: \(line)") }
            return TidyRow(survey: fields[0], question: fields[1], option: fields[2], byQuestion: fields[3], byOption: fields[4],
                           count: Int(fields[5]), base: Int(fields[6]), suppressed: fields[7] == "true")
        }
    }
}
