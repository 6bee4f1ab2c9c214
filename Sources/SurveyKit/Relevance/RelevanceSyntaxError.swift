/// Why a `relevant` condition could not be read, and where.
///
/// Survey authors see this next to the file and line of the survey, so `message` says
/// what is wrong and what to do in plain English rather than in parser terms.
public struct RelevanceSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and what to do, e.g. "expected ')' to close 'not(' opened at column 5, but the condition ended".
    public let message: String
    /// 1-based column in the condition text where the problem is, counted in characters
    /// (what an editor shows); one past the last character when the condition ended too soon.
    public let column: Int

    public init(message: String, column: Int) {
        self.message = message
        self.column = column
    }

    public var description: String { "column \(column): \(message)" }
}
