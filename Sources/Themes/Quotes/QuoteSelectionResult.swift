import SurveyKit

/// Why an approved-or-not row of the sheet did not become a quote.
public enum QuoteExclusion: String, Sendable, CaseIterable, Codable {
    /// The lead did not write yes in `approve_quote`.
    case notApproved = "not approved by the lead"
    /// Her sealed answer does not allow quoting this question, whatever the sheet says.
    case notAllowedByHer = "she did not allow quoting"
    /// The response is not in this bundle (withdrawn since coding, or from another bundle).
    case notInBundle = "the response is no longer in the bundle"
    /// Fewer than k people answered the question, so a quote could point at one of them.
    case tooFewAnswered = "fewer than k people answered the question"
    /// The lead's `edited_quote` is not made of her words (see `EditedQuote`).
    case editNotHerWords = "the edited quote is not her words"
    /// Nothing left to say once redacted.
    case emptyAfterRedaction = "nothing left after redaction"
}

/// The quotes chosen and why the other rows were left out.
public struct QuoteSelectionResult: Sendable, Equatable {
    /// Sorted by survey, question, then text: never in bundle or key order.
    public let quotes: [ApprovedQuote]
    /// Rows of the sheet left out, by reason (a reason that left nothing out is absent).
    public let leftOut: [QuoteExclusion: Int]
}
