import SurveyKit

/// One response that opened and fits its survey.
public struct OpenedResponse: Sendable {
    /// The bundle's random id: never written to any output (see `ResponseKey`).
    public let id: String
    /// The opaque response key (`ResponseKeyer`): the same for this response on every run with
    /// this analysis key, and the only name for it that an output may carry.
    public let key: String
    /// The day the server received it (`YYYY-MM-DD`), as the bundle line gives it.
    public let day: String
    public let document: ResponseDocument
    public let survey: Survey
}
