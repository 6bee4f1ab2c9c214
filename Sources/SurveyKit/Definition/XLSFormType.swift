/// XLSForm's names for question types, read as Chorus's own, so a form written for ODK or Kobo
/// reads as it is: `select_one LIST` and `select_multiple LIST` (the options from an option list of
/// that name, as XLSForm's `choices` sheet), `integer` and `decimal`.
struct XLSFormType {
    static let names = "select_one LIST, select_multiple LIST, integer, decimal"

    var type: QuestionType?
    /// The option list named after `select_one` or `select_multiple`, if any.
    var listName: String?
    var integerOnly = false

    init() {}

    init(_ raw: String) {
        let words = raw.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first, words.count <= 2 else { return }
        switch first {
        case "select_one": type = .singleChoice
        case "select_multiple": type = .multipleChoice
        case "integer" where words.count == 1: type = .number; integerOnly = true
        case "decimal" where words.count == 1: type = .number
        default: return
        }
        listName = words.count == 2 ? words[1] : nil
    }
}
