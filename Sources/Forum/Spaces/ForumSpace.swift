import SurveyKit

/// One category of the forum. Spaces come from configuration (`ForumConfiguration`); the
/// defaults come from the reports.
public struct ForumSpace: Sendable, Hashable, Identifiable {
    /// Lowercase letters, digits and hyphens: it appears in addresses and invite batches.
    public let id: String
    /// Its name and description in each language the deployment gave (English always): members
    /// read them in theirs, staff in English.
    public let names: LocalizedText
    public let descriptions: LocalizedText
    public var name: String { names.english }
    public var description: String { descriptions.english }
    /// Only members whose invite opened it can see or post in it: a language or community group.
    public let restricted: Bool
    /// A space where leads post a topic or a draft for survivors' views (Authentic Voice, 004: 592-600).
    public let consultation: Bool

    public init(id: String, name: String, description: String, restricted: Bool = false, consultation: Bool = false) {
        self.init(id: id, names: LocalizedText(name), descriptions: LocalizedText(description), restricted: restricted, consultation: consultation)
    }

    public init(id: String, names: LocalizedText, descriptions: LocalizedText, restricted: Bool = false, consultation: Bool = false) {
        self.id = id
        self.names = names
        self.descriptions = descriptions
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
    /// Welsh and Urdu are machine-drafted and not yet checked by a native speaker, like the
    /// interface's (docs/translations.md).
    public static let defaults: [ForumSpace] = [
        space("introductions",
              ["en": "Introductions", "cy": "Cyflwyniadau", "ur": "تعارف"],
              ["en": "Say hello, if you want to. There is no need to say more than you are comfortable with.",
               "cy": "Dywedwch helo, os hoffech chi. Does dim angen dweud mwy nag rydych chi'n gyfforddus ag ef.",
               "ur": "اگر آپ چاہیں تو سلام کہیں۔ جتنا آپ آرام سے بتا سکیں، اس سے زیادہ بتانے کی ضرورت نہیں۔"]),
        space("housing",
              ["en": "Housing", "cy": "Tai", "ur": "رہائش"],
              ["en": "Refuges, moving, councils, landlords and staying safe at home.",
               "cy": "Lloches, symud tŷ, cynghorau, landlordiaid a chadw'n ddiogel gartref.",
               "ur": "پناہ گاہیں، گھر بدلنا، کونسلیں، مالک مکان، اور گھر میں محفوظ رہنا۔"]),
        space("police-and-courts",
              ["en": "Police and courts", "cy": "Yr heddlu a'r llysoedd", "ur": "پولیس اور عدالتیں"],
              ["en": "Reporting, protective orders, court and what helped.",
               "cy": "Rhoi gwybod i'r heddlu, gorchmynion amddiffyn, y llys a beth wnaeth helpu.",
               "ur": "پولیس کو بتانا، حفاظتی حکم، عدالت، اور کس چیز سے مدد ملی۔"]),
        space("children-and-family",
              ["en": "Children and family", "cy": "Plant a theulu", "ur": "بچے اور خاندان"],
              ["en": "Children, contact arrangements, schools and family.",
               "cy": "Plant, trefniadau cyswllt, ysgolion a theulu.",
               "ur": "بچے، بچوں سے ملنے کے انتظامات، اسکول اور خاندان۔"]),
        space("health-and-wellbeing",
              ["en": "Health and wellbeing", "cy": "Iechyd a lles", "ur": "صحت اور خیریت"],
              ["en": "Mental and physical health, sleep, and looking after yourself.",
               "cy": "Iechyd meddwl a chorfforol, cwsg, a gofalu amdanoch chi eich hun.",
               "ur": "ذہنی اور جسمانی صحت، نیند، اور اپنا خیال رکھنا۔"]),
        space("recovery",
              ["en": "Recovery", "cy": "Adfer", "ur": "بحالی"],
              ["en": "Rebuilding, moving on, and what has helped you.",
               "cy": "Ailadeiladu, symud ymlaen, a beth sydd wedi eich helpu chi.",
               "ur": "زندگی دوبارہ بنانا، آگے بڑھنا، اور کس چیز سے آپ کو مدد ملی ہے۔"]),
        space("consultations",
              ["en": "Consultations", "cy": "Ymgynghoriadau", "ur": "مشاورت"],
              ["en": "The partnership's lead asks for your views on a topic or a draft. You choose what to share.",
               "cy": "Mae arweinydd y bartneriaeth yn gofyn am eich barn ar bwnc neu ddrafft. Chi sy'n dewis beth i'w rannu.",
               "ur": "شراکت داری کے سربراہ کسی موضوع یا مسودے پر آپ کی رائے پوچھتے ہیں۔ آپ خود چنتے ہیں کہ کیا بتانا ہے۔"],
              consultation: true),
    ]

    private static func space(_ id: String, _ names: [String: String], _ descriptions: [String: String], consultation: Bool = false) -> ForumSpace {
        ForumSpace(id: id, names: LocalizedText(byLanguage: names), descriptions: LocalizedText(byLanguage: descriptions), consultation: consultation)
    }
}
