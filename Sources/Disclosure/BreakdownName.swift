/// A breakdown by name: a question crossed by an identifying question. What the joint audit left
/// out, or whose groups were merged, is reported this way.
public struct BreakdownName: Sendable, Equatable {
    public let question: String
    public let byQuestion: String

    public init(question: String, byQuestion: String) {
        self.question = question
        self.byQuestion = byQuestion
    }
}
