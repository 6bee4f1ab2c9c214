/// One category of the forum. Spaces come from configuration (`ForumConfiguration`); the
/// defaults come from the reports.
public struct ForumSpace: Sendable, Hashable, Identifiable {
    /// Lowercase letters, digits and hyphens: it appears in addresses and invite batches.
    public let id: String
    public let name: String
    public let description: String
    /// Only members whose invite opened it can see or post in it: a language or community group.
    public let restricted: Bool
    /// A space where leads post a topic or a draft for survivors' views (Authentic Voice, 004: 592-600).
    public let consultation: Bool

    public init(id: String, name: String, description: String, restricted: Bool = false, consultation: Bool = false) {
        self.id = id
        self.name = name
        self.description = description
        self.restricted = restricted
        self.consultation = consultation
    }

    /// Whether `id` is a usable space id.
    public static func isValidID(_ id: String) -> Bool {
        (1...40).contains(id.count) && id.first != "-"
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Whether a member who holds `openedSpaces` (from her invites) may see this space.
    public func isOpen(to openedSpaces: [String]) -> Bool {
        !restricted || openedSpaces.contains(id)
    }

    /// The defaults, from the reports: what survivors said they needed to talk about (Turning
    /// Points 000: 753-780; Lancashire 002: 83, 297; Authentic Voice 004: 592-600).
    public static let defaults: [ForumSpace] = [
        ForumSpace(id: "introductions", name: "Introductions",
                   description: "Say hello, if you want to. There is no need to say more than you are comfortable with."),
        ForumSpace(id: "housing", name: "Housing",
                   description: "Refuges, moving, councils, landlords and staying safe at home."),
        ForumSpace(id: "police-and-courts", name: "Police and courts",
                   description: "Reporting, protective orders, court and what helped."),
        ForumSpace(id: "children-and-family", name: "Children and family",
                   description: "Children, contact arrangements, schools and family."),
        ForumSpace(id: "health-and-wellbeing", name: "Health and wellbeing",
                   description: "Mental and physical health, sleep, and looking after yourself."),
        ForumSpace(id: "recovery", name: "Recovery",
                   description: "Rebuilding, moving on, and what has helped you."),
        ForumSpace(id: "consultations", name: "Consultations",
                   description: "The partnership's lead asks for your views on a topic or a draft. You choose what to share.",
                   consultation: true),
    ]
}
