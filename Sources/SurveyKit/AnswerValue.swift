/// One answer to one question, as it is sealed (ARCHITECTURE.md, "Sealed plaintext").
/// A skipped question has no value at all: it is absent from the answers.
public enum AnswerValue: Sendable, Hashable {
    /// single_choice and scale: the chosen option id.
    case option(String)
    /// multiple_choice: the ticked option ids, in the order of the definition.
    case options([String])
    /// text: what she wrote.
    case text(String)
    /// number.
    case number(Double)
}

/// Answers keyed by question id.
public typealias Answers = [String: AnswerValue]
