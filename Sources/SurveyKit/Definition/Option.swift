/// One answer a choice question offers.
public struct Option: Sendable, Hashable {
    public let id: String
    public let label: LocalizedText

    public init(id: String, label: LocalizedText) {
        self.id = id
        self.label = label
    }
}
