/// The seven strategic priorities a partnership's strategy is built around (004: 40-46), so every
/// finding can be read against the plan it should change.
public enum StrategicPriority: String, Sendable, CaseIterable, Codable {
    case access
    case response
    case community
    case practitioners
    case childrenYoungPeople = "children_young_people"
    case perpetrators
    case justiceProtection = "justice_protection"

    /// As the strategy names it.
    public var label: String {
        switch self {
        case .access: "Access"
        case .response: "Response"
        case .community: "Community"
        case .practitioners: "Practitioners"
        case .childrenYoungPeople: "Children and Young People"
        case .perpetrators: "Perpetrators"
        case .justiceProtection: "Justice and Protection"
        }
    }
}
