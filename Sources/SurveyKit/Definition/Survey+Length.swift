/// How long a survey takes, for the line on its first page that tells her before she starts
/// (a long survey on a phone is a commitment she should be able to judge).
extension Survey {
    /// Minutes to answer every question she could be asked: 15 seconds for a choice, a scale or a
    /// number, a minute for a text answer, 10 seconds to read a note; rounded up, at least 2.
    public var estimatedMinutes: Int {
        let seconds = pages.flatMap(\.questions).reduce(0) { total, question in
            switch question.type {
            case .text: return total + 60
            case .note: return total + 10
            default: return total + 15
            }
        }
        return max(2, (seconds + 59) / 60)
    }
}
