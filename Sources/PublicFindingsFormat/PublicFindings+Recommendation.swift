extension PublicFindings {
    /// One recommendation and its "you said, we did" status (000: 261-313; 001: 236-238).
    public struct Recommendation: Sendable, Equatable {
        /// A short reference such as "R1": letters, digits, `.`, `-` or `_`, unique in the file.
        public var id: String
        /// What should change.
        public var text: String
        public var audience: Audience
        /// Who is responsible, by role ("Detective Inspector, public protection"), not by name.
        public var owner: String
        public var status: Status
        public var due: Day
        /// What has been done so far, or nil when nothing yet.
        public var update: String?
        /// What people said that this answers, in the lead's words: the "you said".
        public var youSaid: [String]

        public init(id: String, text: String, audience: Audience, owner: String, status: Status, due: Day, update: String?, youSaid: [String] = []) {
            self.id = id
            self.text = text
            self.audience = audience
            self.owner = owner
            self.status = status
            self.due = due
            self.update = update
            self.youSaid = youSaid
        }
    }

    /// Who a recommendation is for: the partnership or one kind of service.
    public enum Audience: String, Sendable, Equatable, CaseIterable {
        case partnership
        case police
        case housing
        case health
        case childrensServices = "childrens_services"
        case specialistServices = "specialist_services"
    }

    /// Red, amber or green, as partnership action plans report progress.
    public enum Status: String, Sendable, Equatable, CaseIterable {
        case red
        case amber
        case green
    }
}
