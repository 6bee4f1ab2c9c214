/// A failure the analyst can act on: what went wrong and what to do. The command line prints it
/// and exits non-zero.
public struct AnalysisFailure: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
